package io.containerbuild.it.hub;

import static io.containerbuild.it.hub.ContainerBuildSetup.HOST;
import static io.containerbuild.it.hub.ContainerBuildSetup.HOST_PASSWORD;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER_PASSWORD;
import static io.containerbuild.it.hub.ContainerBuildSetup.SRC;
import static io.containerbuild.it.hub.ContainerBuildSetup.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.containerbuild.wire.KojiSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hub issue's second "Must show": bad input from a Koji-speaking Python client, each answered with
 * Koji's fault code and text (or the HTTP status a Koji hub gives), and each followed by a normal call
 * that is answered, so the hub kept serving. Refused submissions create no task. On both stores.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HubBadInputIT {
    private static final String OTHER_HOST = "builder2.example.com";
    private static final String OTHER_HOST_PASSWORD = "builder2-secret";
    private static final String MAINTAINER_NAME = "'" + MAINTAINER + "'";

    // one hub per store for all the tests of the class: JUnit runs the class once per store, and the
    // lifecycle methods of a parameterized class invocation are static
    private static RunningHub hub;
    private static ContainerBuildSetup setup;

    @Parameter
    Backend backend;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        hub = RunningHub.start(backend);
        setup = ContainerBuildSetup.make(hub);
        KojiSession admin = hub.admin();
        ContainerBuildSetup.addHost(admin, OTHER_HOST, OTHER_HOST_PASSWORD, "container-binary");
        admin.logout();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (hub != null) {
            hub.close();
            hub = null;
        }
    }

    @Test
    void buildContainerWithoutALoginHasNoOwner() {
        int tasks = taskCount();
        Map<String, String> result = badInput("anonymous_build");

        assertEquals("FAULT 1000 task must have an owner", result.get("answer"));
        assertEquals("1", result.get("then"));
        assertEquals(tasks, taskCount(), "no task created");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        int tasks = taskCount();
        Map<String, String> result = badInput("unknown_opt");

        // the text of the builder's jsonschema check, which upstream's builder would fail the task with
        assertEquals("FAULT 1019 Invalid options for buildContainer: opts: Additional properties are not allowed "
                + "('no_such_option' was unexpected)", result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
        assertEquals(tasks, taskCount(), "no task created");
    }

    @Test
    void everyProblemOfTheOptionsIsListedInOneFault() {
        int tasks = taskCount();
        Map<String, String> result = badInput("several_bad_opts");

        // scratch 'yes' is not a boolean, so the scratch-and-isolated rule is not judged on it
        assertEquals("FAULT 1019 Invalid options for buildContainer: "
                + "opts: Additional properties are not allowed ('no_such_option' was unexpected); "
                + "opts.scratch: 'yes' is not of type 'boolean'; Git branch must be specified", result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
        assertEquals(tasks, taskCount(), "no task created");
    }

    @Test
    void aNegativePriorityNeedsAnAdmin() {
        int tasks = taskCount();
        Map<String, String> result = badInput("negative_priority");

        assertEquals("FAULT 1004 only admins may create high-priority tasks", result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
        assertEquals(tasks, taskCount(), "no task created");
    }

    @Test
    void anUnknownKeywordIsAParameterError() {
        int tasks = taskCount();
        Map<String, String> result = badInput("bad_keyword");

        assertEquals("FAULT 1019 buildContainer() got an unexpected keyword argument 'bogus'", result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
        assertEquals(tasks, taskCount(), "no task created");
    }

    @Test
    void anUnknownMethodIsInvalid() {
        Map<String, String> result = badInput("unknown_method");

        assertEquals("FAULT 1000 Invalid method: noSuchMethod", result.get("answer"));
        assertEquals("1", result.get("then"));
    }

    @Test
    void hostCallsFromAUserSessionAreRefused() {
        Map<String, String> result = badInput("host_call_from_user");

        assertEquals("FAULT 1002 User " + setup.maintainer() + " is not a host", result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
    }

    @Test
    void aHostCannotFinishAnotherHostsTask() {
        Map<String, String> result = badInput("other_hosts_task");
        String task = result.get("task");
        String notOwner = "FAULT 1004 host " + result.get("intruder") + " does not own task " + task;

        assertEquals(notOwner, result.get("answer"));
        assertEquals(notOwner, result.get("fail_answer"));
        assertEquals(result.get("intruder"), result.get("then"));
        // the host that runs the task still closes it
        assertEquals("None", result.get("owner_closes"));
        assertEquals("2", result.get("state"));
    }

    @Test
    void aReplayedCallNumberIsNotRunAgain() {
        int tasks = taskCount();
        Map<String, String> result = badInput("replayed_callnum");

        assertEquals("FAULT 1009 unable to retry call 0 (method buildContainer) for session " + result.get("session"),
                result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
        assertEquals(tasks + 1, taskCount(), "only the first submission made a task");
    }

    @Test
    void aLowerCallNumberIsOutOfSequence() {
        Map<String, String> result = badInput("lower_callnum");

        assertEquals("FAULT 1008 2 > 1 (session " + result.get("session") + ")", result.get("answer"));
        assertEquals(MAINTAINER_NAME, result.get("then"));
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        Map<String, String> result = badInput("malformed_body");

        assertEquals("'HTTP 400 invalid XML-RPC message: XML document structures must start and end within the "
                + "same entity.'", result.get("answer"));
        assertEquals("['1.35.3']", result.get("koji_versions"));
        assertEquals("1", result.get("then"));
    }

    @Test
    void anOversizedBodyIsTooLarge() {
        Map<String, String> result = badInput("oversized_body");

        assertEquals("'HTTP 413 Request Entity Too Large'", result.get("answer"));
        assertEquals("['1.35.3']", result.get("koji_versions"));
        assertEquals("1", result.get("then"));
    }

    @Test
    void onlyPostIsAccepted() {
        Map<String, String> result = badInput("get_request");

        assertEquals("'HTTP 405 Method Not Allowed'", result.get("answer"));
        assertEquals("'POST'", result.get("allow"));
        assertEquals("1", result.get("then"));
    }

    private Map<String, String> badInput(String scenario) {
        return PythonKoji.run("bad_input.py", hub.url(), scenario, MAINTAINER, MAINTAINER_PASSWORD, SRC, TARGET,
                HOST, HOST_PASSWORD, OTHER_HOST, OTHER_HOST_PASSWORD);
    }

    private int taskCount() {
        return (Integer) hub.anonymous().call("listTasks", List.of(), Map.of("queryOpts", Map.of("countOnly", true)));
    }
}
