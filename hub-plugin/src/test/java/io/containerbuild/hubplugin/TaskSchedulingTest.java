package io.containerbuild.hubplugin;

import static io.containerbuild.hubplugin.ContainerExport.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.plugin.hub.TaskCreator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The priority and channel arguments of both exports: upstream's truthiness, the admin rule, the types. */
@ExtendWith(MockitoExtension.class)
class TaskSchedulingTest {

    @Mock
    private Caller caller;

    @Mock
    private TaskCreator taskCreator;

    /** Calls with valid opts and the given keyword arguments; returns the task the hub was asked to create. */
    private NewTask created(ContainerExport kind, Map<String, Object> keywords) {
        when(taskCreator.createTask(any(), any())).thenReturn(1);
        HubExport export = kind.create(taskCreator);
        Map<String, Object> all = struct("opts", kind.validOpts());
        all.putAll(keywords);
        export.call(caller, ContainerExport.bind(export, kind.leading, all));
        ArgumentCaptor<NewTask> task = ArgumentCaptor.forClass(NewTask.class);
        verify(taskCreator).createTask(any(), task.capture());
        return task.getValue();
    }

    private <T extends Throwable> T refused(Class<T> fault, ContainerExport kind, Map<String, Object> keywords) {
        HubExport export = kind.create(taskCreator);
        Map<String, Object> all = struct("opts", kind.validOpts());
        all.putAll(keywords);
        T thrown = assertThrows(fault, () -> export.call(caller, ContainerExport.bind(export, kind.leading, all)));
        verifyNoInteractions(taskCreator);
        return thrown;
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void withoutPriorityTheTaskGetsKojisDefault(ContainerExport kind) {
        assertEquals(20, created(kind, Map.of()).priority());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void priorityZeroIsNoPriority(ContainerExport kind) {
        assertEquals(20, created(kind, struct("priority", 0)).priority());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void aPositivePriorityIsAnOffsetFromTheDefault(ContainerExport kind) {
        assertEquals(25, created(kind, struct("priority", 5)).priority());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void aPriorityMaySendAsI8(ContainerExport kind) {
        assertEquals(25, created(kind, struct("priority", 5L)).priority());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void anAdminMayRaiseThePriority(ContainerExport kind) {
        when(caller.hasPerm("admin")).thenReturn(true);
        assertEquals(19, created(kind, struct("priority", -1)).priority());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void othersMayNot(ContainerExport kind) {
        ActionNotAllowed refused = refused(ActionNotAllowed.class, kind, struct("priority", -1));
        assertEquals("only admins may create high-priority tasks", refused.getMessage());
        verify(caller).hasPerm("admin");
    }

    /** Upstream's only check runs first, so its answer does not depend on the rest of the call. */
    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void theHighPriorityRefusalComesBeforeEveryOtherCheck(ContainerExport kind) {
        HubExport export = kind.create(taskCreator);
        Map<String, Object> keywords = struct("opts", "not a dict", "priority", -5, "channel", 3);
        List<Object> badLeading = kind.leading.stream().map(argument -> (Object) 42).toList();

        ActionNotAllowed refused = assertThrows(ActionNotAllowed.class,
                () -> export.call(caller, ContainerExport.bind(export, badLeading, keywords)));

        assertEquals("only admins may create high-priority tasks", refused.getMessage());
        verifyNoInteractions(taskCreator);
    }

    /** Python's ints do not overflow; here 20 + offset would wrap into the most urgent priority. */
    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void anOffsetBeyondTheRangeOfPrioritiesIsRefused(ContainerExport kind) {
        ParameterError refused = refused(ParameterError.class, kind, struct("priority", Integer.MAX_VALUE));
        assertEquals(kind.method.methodName() + "(): argument 'priority' is out of range: 2147483647",
                refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void theLargestOffsetThatFitsIsKept(ContainerExport kind) {
        assertEquals(Integer.MAX_VALUE, created(kind, struct("priority", Integer.MAX_VALUE - 20)).priority());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void anI8PriorityBeyond32BitsIsRefused(ContainerExport kind) {
        ParameterError refused = refused(ParameterError.class, kind, struct("priority", 1L << 40));
        assertEquals(kind.method.methodName() + "(): argument 'priority' is out of range: 1099511627776",
                refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void aPriorityMustBeAnInt(ContainerExport kind) {
        String name = kind.method.methodName();
        assertEquals(name + "(): argument 'priority' must be int, not str",
                refused(ParameterError.class, kind, struct("priority", "-1")).getMessage());
        assertEquals(name + "(): argument 'priority' must be int, not float",
                refused(ParameterError.class, kind, struct("priority", 1.5)).getMessage());
        assertEquals(name + "(): argument 'priority' must be int, not bool",
                refused(ParameterError.class, kind, struct("priority", true)).getMessage());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void withoutChannelTheMethodsDefaultChannelIsRequested(ContainerExport kind) {
        assertEquals(Optional.of(kind.method.defaultChannel()), created(kind, Map.of()).channel());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void anExplicitChannelIsRequested(ContainerExport kind) {
        assertEquals(Optional.of("fast-lane"), created(kind, struct("channel", "fast-lane")).channel());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void channelNoneRequestsNoChannel(ContainerExport kind) {
        assertEquals(Optional.empty(), created(kind, struct("channel", null)).channel());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void anEmptyChannelRequestsNoChannel(ContainerExport kind) {
        assertEquals(Optional.empty(), created(kind, struct("channel", "")).channel());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void aChannelMustBeAString(ContainerExport kind) {
        ParameterError refused = refused(ParameterError.class, kind, struct("channel", 2));
        assertEquals(kind.method.methodName() + "(): argument 'channel' must be str, not int", refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void priorityAndChannelMayComePositionally(ContainerExport kind) {
        when(taskCreator.createTask(any(), any())).thenReturn(1);
        HubExport export = kind.create(taskCreator);
        List<Object> positional = ContainerExport.array(kind.leading.toArray());
        positional.addAll(ContainerExport.array(kind.validOpts(), 3, "fast-lane"));

        export.call(caller, ContainerExport.bind(export, positional));

        verify(taskCreator).createTask(caller, new NewTask(kind.method.methodName(), kind.request(kind.validOpts()),
                Optional.of("fast-lane"), 23, "noarch"));
    }
}
