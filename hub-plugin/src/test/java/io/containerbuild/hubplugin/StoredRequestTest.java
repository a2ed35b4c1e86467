package io.containerbuild.hubplugin;

import static io.containerbuild.hubplugin.ContainerExport.array;
import static io.containerbuild.hubplugin.ContainerExport.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.plugin.hub.TaskCreator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The task each export asks for, the argument types it accepts, and what it answers. */
@ExtendWith(MockitoExtension.class)
class StoredRequestTest {

    private static final String SRC = "git://example.com/containers/hello#abc123";

    @Mock
    private Caller caller;

    @Mock
    private TaskCreator taskCreator;

    private List<Object> storedRequest(HubExport export, List<Object> positional) {
        when(taskCreator.createTask(any(), any())).thenReturn(1);
        export.call(caller, ContainerExport.bind(export, positional));
        ArgumentCaptor<NewTask> task = ArgumentCaptor.forClass(NewTask.class);
        verify(taskCreator).createTask(eq(caller), task.capture());
        return task.getValue().arguments();
    }

    private ParameterError refused(HubExport export, List<Object> positional) {
        ParameterError refused = assertThrows(ParameterError.class,
                () -> export.call(caller, ContainerExport.bind(export, positional)));
        verifyNoInteractions(taskCreator);
        return refused;
    }

    @Test
    void buildContainerCreatesANoarchTaskWithSrcTargetAndOpts() {
        HubExport export = new BuildContainerExport(taskCreator);
        Map<String, Object> opts = struct("git_branch", "main", "scratch", true);
        when(taskCreator.createTask(any(), any())).thenReturn(42);

        Object taskId = export.call(caller, ContainerExport.bind(export, array(SRC, "candidate", opts)));

        assertEquals(42, taskId);
        verify(taskCreator).createTask(caller, new NewTask("buildContainer", array(SRC, "candidate", opts),
                Optional.of("container-binary"), 20, "noarch"));
    }

    @Test
    void buildSourceContainerCreatesANoarchTaskWithTargetAndOpts() {
        HubExport export = new BuildSourceContainerExport(taskCreator);
        Map<String, Object> opts = struct("koji_build_nvr", "hello-1.0-1", "scratch", true);
        when(taskCreator.createTask(any(), any())).thenReturn(43);

        Object taskId = export.call(caller, ContainerExport.bind(export, array("candidate", opts)));

        assertEquals(43, taskId);
        verify(taskCreator).createTask(caller, new NewTask("buildSourceContainer", array("candidate", opts),
                Optional.of("container-source"), 20, "noarch"));
    }

    /** Not the codec's re-encoding: explicit nulls, key order and the struct itself survive. */
    @Test
    void optsAreStoredAsTheClientSentThem() {
        Map<String, Object> opts = struct("yum_repourls", null, "scratch", false, "git_branch", "main",
                "compose_ids", null, "userdata", struct("b", 1, "a", array(null, 2.5)), "skip_build", false);

        List<Object> request = storedRequest(new BuildContainerExport(taskCreator), array(SRC, "candidate", opts));

        assertSame(opts, request.get(2));
        assertEquals(List.copyOf(opts.keySet()), List.copyOf(((Map<?, ?>) request.get(2)).keySet()));
    }

    @Test
    void sourceOptsAreStoredAsTheClientSentThem() {
        Map<String, Object> opts = struct("signing_intent", "release", "koji_build_id", 0, "userdata", Map.of());

        List<Object> request = storedRequest(new BuildSourceContainerExport(taskCreator), array("candidate", opts));

        assertSame(opts, request.get(1));
    }

    /** Upstream turns None into {}; here {} is then checked, so None is refused for what {} lacks, not for its type. */
    @Test
    void optsNoneIsCheckedAsAnEmptyDict() {
        assertEquals("Invalid options for buildContainer: Git branch must be specified",
                refused(new BuildContainerExport(taskCreator), array(SRC, "candidate", null)).getMessage());
        assertEquals("Invalid options for buildSourceContainer: koji_build_id or koji_build_nvr must be specified",
                refused(new BuildSourceContainerExport(taskCreator), array("candidate")).getMessage());
    }

    @Test
    void optsNoneAndEmptyOptsGetTheSameAnswer() {
        HubExport export = new BuildContainerExport(taskCreator);
        assertEquals(refused(export, array(SRC, "candidate")).getMessage(),
                refused(export, array(SRC, "candidate", Map.of())).getMessage());
    }

    /** Neither is checked beyond its type: the builder resolves the target and parses the SCM URL. */
    @Test
    void srcAndTargetArePassedOnUnchecked() {
        List<Object> request = storedRequest(new BuildContainerExport(taskCreator),
                array("", "no-such-target", struct("git_branch", "main")));

        assertEquals(array("", "no-such-target", struct("git_branch", "main")), request);
    }

    @Test
    void srcMustBeAString() {
        assertEquals("buildContainer(): argument 'src' must be str, not int",
                refused(new BuildContainerExport(taskCreator), array(123, "candidate", struct("git_branch", "main")))
                        .getMessage());
        assertEquals("buildContainer(): argument 'src' must be str, not NoneType",
                refused(new BuildContainerExport(taskCreator), array(null, "candidate", struct("git_branch", "main")))
                        .getMessage());
    }

    @Test
    void targetMustBeAString() {
        assertEquals("buildContainer(): argument 'target' must be str, not list",
                refused(new BuildContainerExport(taskCreator), array(SRC, array("candidate"),
                        struct("git_branch", "main"))).getMessage());
        assertEquals("buildSourceContainer(): argument 'target' must be str, not NoneType",
                refused(new BuildSourceContainerExport(taskCreator), array(null, struct("koji_build_id", 1)))
                        .getMessage());
        assertEquals("buildSourceContainer(): argument 'target' must be str, not dict",
                refused(new BuildSourceContainerExport(taskCreator), array(struct("koji_build_id", 1)))
                        .getMessage());
    }

    /** Arguments fail fast, one at a time; only the options are listed all together. */
    @Test
    void aWrongArgumentTypeIsReportedBeforeTheOptions() {
        ParameterError refused = refused(new BuildContainerExport(taskCreator), array(SRC, 7, struct("scratch", 1)));

        assertEquals("buildContainer(): argument 'target' must be str, not int", refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ContainerExport.class)
    void theHubsTaskCreationFaultsReachTheCaller(ContainerExport kind) {
        KojiFault noOwner = new KojiFault(FaultCode.GENERIC_ERROR, "task must have an owner");
        when(taskCreator.createTask(any(), any())).thenThrow(noOwner);
        HubExport export = kind.create(taskCreator);

        KojiFault thrown = assertThrows(KojiFault.class,
                () -> export.call(caller, ContainerExport.bind(export, kind.request(kind.validOpts()))));

        assertSame(noOwner, thrown);
    }
}
