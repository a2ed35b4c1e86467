package io.containerbuild.hub.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.task.TaskHub;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.WireCodec;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.WireFault;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostApiTest {
    private static final WireCodec CODEC = WireCodec.withDefaults();

    @TempDir
    Path dir;

    private TaskHub hub;
    private User alice;
    private Host host;

    @BeforeEach
    void start() throws Exception {
        hub = TaskHub.start(dir);
        alice = hub.user("alice");
        host = hub.host("builder1", "x86_64 aarch64");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> struct(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private Map<String, Object> info(int taskId) {
        return struct(hub.anonymous().call("getTaskInfo", taskId));
    }

    private static String response(Object value) {
        return new String(CODEC.encodeResult(value), StandardCharsets.UTF_8);
    }

    @Test
    void theKojidSequenceRunsATaskFromAssignmentToItsResult() {
        int id = hub.task(alice, "buildContainer", List.of("git://example.com/hello#abc", "candidate"));
        XmlRpcKojiSession builder = hub.builder("builder1");

        assertEquals(host.id(), builder.call("host.getID"));
        assertEquals("builder1", struct(builder.call("host.getHost")).get("name"));
        builder.call("host.updateHost", List.of(0.0, true),
                Map.of("data", Map.of("methods", List.of("buildContainer"), "maxjobs", 2)));
        assertEquals(true, struct(builder.call("host.getHost")).get("ready"));

        List<Object> offered = list(builder.call("host.getTasks"));
        assertEquals(1, offered.size());
        Map<String, Object> entry = struct(offered.get(0));
        assertEquals(List.of("id", "state", "channel_id", "host_id", "arch", "method", "priority", "create_ts"),
                List.copyOf(entry.keySet()));
        assertEquals(id, entry.get("id"));
        assertEquals(TaskState.ASSIGNED.code(), entry.get("state"));
        assertEquals(host.id(), entry.get("host_id"));
        assertEquals(List.of("git://example.com/hello#abc", "candidate"),
                struct(builder.call("getTaskInfo", List.of(id), Map.of("request", true))).get("request"));

        Map<String, Object> opened = struct(builder.call("host.openTask", id));
        assertEquals(TaskState.OPEN.code(), opened.get("state"));
        assertInstanceOf(Double.class, opened.get("start_ts"));
        String request = (String) opened.get("request");
        assertTrue(request.startsWith("<?xml") && request.contains("<methodName>buildContainer</methodName>"),
                request);
        builder.call("host.setTaskWeight", id, 2.0);
        assertEquals(2.0, info(id).get("weight"));
        assertEquals(List.of(Map.of("id", id, "weight", 2.0)), stripNulls(builder.call("host.getHostTasks")));
        assertEquals(List.of(), builder.call("host.getTasks"), "an opened task is no longer offered");

        builder.call("host.closeTask", id, response(Map.of("koji_builds", List.of(7))));

        assertEquals(TaskState.CLOSED.code(), info(id).get("state"));
        assertEquals(Map.of("koji_builds", List.of(7)), hub.anonymous().call("getTaskResult", id));
        assertEquals(List.of(), builder.call("host.getHostTasks"));
    }

    private static List<Object> stripNulls(Object tasks) {
        return list(tasks).stream().map(task -> (Object) struct(task).entrySet().stream()
                .filter(member -> member.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).toList();
    }

    @Test
    void onlyAHostInAnExclusiveSessionMayCallTheHostApi() {
        XmlRpcKojiSession user = hub.login("alice");
        AuthError notHost = assertThrows(AuthError.class, () -> user.call("host.getID"));
        assertEquals("User " + alice.id() + " is not a host", notHost.getMessage());

        XmlRpcKojiSession shared = hub.login("builder1");
        AuthError notExclusive = assertThrows(AuthError.class, () -> shared.call("host.getTasks"));
        assertEquals("This method requires an exclusive session", notExclusive.getMessage());

        assertThrows(ActionNotAllowed.class, () -> hub.anonymous().call("host.updateHost", 0.0, true));
    }

    @Test
    void aSubsessionOfTheExclusiveSessionFinishesTheTaskAsKojidsForkedChildDoes() {
        int id = hub.task(alice, "buildContainer", List.of("src"));
        XmlRpcKojiSession builder = hub.builder("builder1");
        builder.call("host.openTask", id);

        KojiSession child = builder.subsession();
        child.call("host.closeTask", id, response("done"));

        assertEquals(TaskState.CLOSED.code(), info(id).get("state"));
        KojiSession unrelated = hub.login("builder1").subsession();
        assertThrows(AuthError.class, () -> unrelated.call("host.getID"),
                "a subsession of a session without the lock is not exclusive");
    }

    @Test
    void aHostMayNotTouchAnotherHostsTask() {
        Host other = hub.host("builder2", "x86_64");
        int id = hub.task(alice, "buildContainer", List.of("src"));
        XmlRpcKojiSession mine = hub.builder("builder1");
        XmlRpcKojiSession theirs = hub.builder("builder2");
        mine.call("host.openTask", id);

        String expected = "host " + other.id() + " does not own task " + id;
        assertEquals(expected, assertThrows(ActionNotAllowed.class,
                () -> theirs.call("host.closeTask", id, response(1))).getMessage());
        assertEquals(expected, assertThrows(ActionNotAllowed.class,
                () -> theirs.call("host.failTask", id, response(1))).getMessage());
        assertEquals(expected, assertThrows(ActionNotAllowed.class,
                () -> theirs.call("host.setTaskWeight", id, 1.5)).getMessage());
        assertNull(theirs.call("host.openTask", id), "an open task cannot be opened again");
        theirs.call("host.freeTasks", List.of(id));
        theirs.call("host.refuseTask", id);

        assertEquals(TaskState.OPEN.code(), info(id).get("state"));
        assertEquals(host.id(), info(id).get("host_id"));
    }

    @Test
    void resultsMustBeTheRightKindOfXmlRpcDocument() {
        int id = hub.task(alice, "buildContainer", List.of("src"));
        XmlRpcKojiSession builder = hub.builder("builder1");
        builder.call("host.openTask", id);
        String fault = new String(CODEC.encodeFault(new WireFault(1005, "failed")), StandardCharsets.UTF_8);

        assertThrows(ParameterError.class, () -> builder.call("host.closeTask", id, "done"));
        assertThrows(ParameterError.class, () -> builder.call("host.closeTask", id, "          <?xml version='1.0'?>"));
        assertThrows(ParameterError.class, () -> builder.call("host.closeTask", id, fault));
        assertThrows(ParameterError.class, () -> builder.call("host.failTask", id, response("fine")));
        assertEquals(TaskState.OPEN.code(), info(id).get("state"));

        builder.call("host.failTask", id, fault);
        assertEquals(TaskState.FAILED.code(), info(id).get("state"));
        assertEquals("failed", assertThrows(KojiFault.class, () -> hub.anonymous().call("getTaskResult", id))
                .getMessage());
    }

    @Test
    void freeingAndRefusingGiveTheTaskBackWithoutOfferingARefusedTaskAgain() {
        int id = hub.task(alice, "buildContainer", List.of("src"));
        XmlRpcKojiSession builder = hub.builder("builder1");
        builder.call("host.updateHost", 0.0, true);
        builder.call("host.openTask", id);

        builder.call("host.freeTasks", List.of(id));
        assertEquals(TaskState.FREE.code(), info(id).get("state"));
        assertNull(info(id).get("host_id"));

        assertEquals(id, struct(list(builder.call("host.getTasks")).get(0)).get("id"));
        builder.call("host.refuseTask", List.of(id), Map.of("soft", false, "msg", "no handler for method"));
        assertEquals(TaskState.FREE.code(), info(id).get("state"));
        assertEquals(List.of(), builder.call("host.getTasks"));
        assertEquals(1, hub.store().tasks().refusals(id).size());
    }

    @Test
    void getTasksWithoutTheWaitKeywordAnswersAtOnceForPlainPolling() {
        XmlRpcKojiSession builder = hub.builder("builder1");
        builder.call("host.updateHost", 0.0, true);

        assertEquals(List.of(), builder.call("host.getTasks"));
        assertEquals(List.of(), builder.call("host.getTasks", List.of(), Map.of("wait_seconds", 0.2)));
    }
}
