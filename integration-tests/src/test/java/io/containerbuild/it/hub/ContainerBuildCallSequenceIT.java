package io.containerbuild.it.hub;

import static io.containerbuild.it.hub.ContainerBuildSetup.DEST_TAG;
import static io.containerbuild.it.hub.ContainerBuildSetup.HOST;
import static io.containerbuild.it.hub.ContainerBuildSetup.HOST_PASSWORD;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER;
import static io.containerbuild.it.hub.ContainerBuildSetup.MAINTAINER_PASSWORD;
import static io.containerbuild.it.hub.ContainerBuildSetup.SRC;
import static io.containerbuild.it.hub.ContainerBuildSetup.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The hub issue's first "Must show": Python's xmlrpc.client, speaking as koji.ClientSession does, drives a
 * running hub through exactly the calls of {@code koji container-build} (koji-plugin-api.md §7) and gets
 * upstream's answers; then a builder runs the task through the host API and the result comes back.
 * On the embedded store and on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ContainerBuildCallSequenceIT {

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
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (hub != null) {
            hub.close();
            hub = null;
        }
    }

    @Test
    void containerBuildSequenceIsAnsweredAsUpstreamAndABuilderClosesTheTask() {
        Map<String, String> client = PythonKoji.run("koji_container_build.py", hub.url(), MAINTAINER,
                MAINTAINER_PASSWORD, TARGET, SRC);
        String taskId = client.get("task_id");

        // the wire: a login without session headers, then call numbers 0..4, then anonymous polls
        assertEquals("[('login', None), ('getAPIVersion', 0), ('getBuildTarget', 1), ('getTag', 2), "
                + "('buildContainer', 3), ('logout', 4), ('getTaskInfo', None), ('getTaskChildren', None), "
                + "('getTaskInfo', None)]", client.get("sent"));
        assertEquals("[" + q(SRC) + ", " + q(TARGET) + ", {'git_branch': 'main'}, {'priority': None, '__starstar': True}]",
                client.get("build_params"));
        assertEquals("[{'session_id': None, '__starstar': True}]", client.get("logout_params"));
        assertEquals("['1.35.3']", client.get("koji_versions"), "every answer carries Koji-Version");

        // login, getAPIVersion, getBuildTarget, getTag: upstream's shapes
        assertEquals("['header-auth', 'session-id', 'session-key']", client.get("login_keys"));
        assertEquals("['int', 'str', True]", client.get("login_types"));
        assertEquals("1", client.get("api_version"));
        assertEquals("['build_tag', 'build_tag_name', 'dest_tag', 'dest_tag_name', 'id', 'name']",
                client.get("target_keys"));
        assertEquals("[" + q(TARGET) + ", " + q(ContainerBuildSetup.BUILD_TAG) + ", " + q(DEST_TAG) + "]",
                client.get("target"));
        assertEquals("[" + setup.buildTag() + ", " + setup.destTag() + "]", client.get("target_tag_ids"));
        assertEquals("[" + setup.destTag() + ", " + q(DEST_TAG) + ", False, None]", client.get("dest_tag"));

        // buildContainer answers the new task's id; logout answers None
        assertEquals("'int'", client.get("task_id_type"));
        assertEquals("None", client.get("logout"));

        // the task as watch_tasks first sees it: FREE, noarch, the submitter's, in container-binary, priority 20
        assertEquals("['arch', 'awaited', 'channel_id', 'completion_time', 'completion_ts', 'create_time', "
                + "'create_ts', 'host_id', 'id', 'label', 'method', 'owner', 'parent', 'priority', 'request', "
                + "'start_time', 'start_ts', 'state', 'waiting', 'weight']", client.get("task_keys"));
        assertEquals(taskId, client.get("task.id"));
        assertEquals("0", client.get("task.state"));
        assertEquals("'buildContainer'", client.get("task.method"));
        assertEquals("'noarch'", client.get("task.arch"));
        assertEquals(Integer.toString(setup.maintainer()), client.get("task.owner"));
        assertEquals(Integer.toString(setup.binaryChannel()), client.get("task.channel_id"));
        assertEquals("20", client.get("task.priority"));
        assertEquals("1.0", client.get("task.weight"));
        for (String unset : new String[] {"host_id", "parent", "label", "waiting", "awaited", "start_time",
                "completion_time", "completion_ts"}) {
            assertEquals("None", client.get("task." + unset), unset);
        }
        assertEquals("[" + q(SRC) + ", " + q(TARGET) + ", {'git_branch': 'main'}]", client.get("task.request"));
        assertEquals("'str'", client.get("task.create_time_type"));
        assertEquals("'float'", client.get("task.create_ts_type"));
        assertEquals("[]", client.get("children"));
        assertEquals("None", client.get("missing_task"));

        // a builder takes the task and closes it with a result; anyone can read the result
        Map<String, String> builder = PythonKoji.run("koji_builder.py", hub.url(), HOST, HOST_PASSWORD, taskId,
                "close", "{\"repositories\": [\"registry.example.com/hello:1.0-1\"], \"koji_builds\": [\"1\"]}");
        assertEquals(Integer.toString(setup.host()), builder.get("host_id"));
        assertEquals("[(" + taskId + ", 4)]", builder.get("offered"), "offered ASSIGNED");
        assertEquals("1", builder.get("opened_state"));
        assertEquals("True", builder.get("opened_request_is_xml"));
        assertEquals("[1, " + setup.host() + ", 'float']", builder.get("open_task"));
        assertEquals("[" + taskId + "]", builder.get("host_tasks"));
        assertEquals("None", builder.get("close"));
        assertEquals("{'repositories': ['registry.example.com/hello:1.0-1'], 'koji_builds': ['1']}",
                builder.get("result"));
        assertEquals("[2, " + setup.host() + ", 'float']", builder.get("finished"));
    }

    /** A Python string literal, as repr() prints it. */
    private static String q(String text) {
        return "'" + text + "'";
    }
}
