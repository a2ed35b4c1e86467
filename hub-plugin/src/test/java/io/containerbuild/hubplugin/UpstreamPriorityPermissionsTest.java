package io.containerbuild.hubplugin;

import static io.containerbuild.hubplugin.ContainerExport.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.plugin.hub.TaskCreator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Upstream's {@code test_priority_permissions} (tests/test_hub_containerbuild.py): both methods, admin or
 * not, priority 1, 0, None and -1, with the default channel. Upstream calls without opts and expects
 * {@code {}} in the request; this hub refuses those opts (no git branch, no source build), so the
 * matrix sends the smallest valid opts instead and expects them stored.
 */
@ExtendWith(MockitoExtension.class)
class UpstreamPriorityPermissionsTest {

    @Mock
    private Caller caller;

    @Mock
    private TaskCreator taskCreator;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (ContainerExport export : ContainerExport.values()) {
            for (boolean admin : new boolean[] {true, false}) {
                for (Integer priority : new Integer[] {1, 0, null, -1}) {
                    cases.add(Arguments.of(export, admin, priority));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} admin={1} priority={2}")
    @MethodSource("matrix")
    void priorityPermissions(ContainerExport kind, boolean admin, Integer priority) {
        lenient().when(caller.hasPerm("admin")).thenReturn(admin);
        HubExport export = kind.create(taskCreator);
        Map<String, Object> opts = kind.validOpts();
        Map<String, Object> keywords = struct("opts", opts, "priority", priority);
        boolean shouldSucceed = priority == null || priority >= 0 || admin;

        if (shouldSucceed) {
            when(taskCreator.createTask(any(), any())).thenReturn(7);
            assertEquals(7, export.call(caller, ContainerExport.bind(export, kind.leading, keywords)));
            int expectedPriority = priority == null || priority == 0 ? 20 : 20 + priority;
            verify(taskCreator).createTask(caller, new NewTask(kind.method.methodName(), kind.request(opts),
                    Optional.of(kind.method.defaultChannel()), expectedPriority, "noarch"));
        } else {
            ActionNotAllowed refused = assertThrows(ActionNotAllowed.class,
                    () -> export.call(caller, ContainerExport.bind(export, kind.leading, keywords)));
            assertEquals("only admins may create high-priority tasks", refused.getMessage());
            assertEquals(1004, refused.faultCode());
            verify(taskCreator, never()).createTask(any(), any());
        }
    }
}
