package io.containerbuild.hub.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.User;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.WireCodec;
import io.containerbuild.wire.WireFault;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskApiTest {
    private static final WireCodec CODEC = WireCodec.withDefaults();

    @TempDir
    Path dir;

    private TaskHub hub;
    private User alice;
    private XmlRpcKojiSession anonymous;

    @BeforeEach
    void start() throws Exception {
        hub = TaskHub.start(dir);
        alice = hub.user("alice");
        anonymous = hub.anonymous();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private static Map<String, Object> opts(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> struct(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** Runs a task through a builder to its end, with the given stored result. */
    private void finish(int taskId, String hostName, boolean success, String document) {
        XmlRpcKojiSession builder = hub.builder(hostName);
        builder.call("host.updateHost", 0.0, true);
        assertTrue(builder.call("host.openTask", taskId) instanceof Map<?, ?>, "the builder opens the task");
        builder.call(success ? "host.closeTask" : "host.failTask", taskId, document);
    }

    @Test
    void getTaskInfoAnswersTheColumnsAlphabeticallyWithTheDecodedRequestLast() {
        List<Object> arguments = Arrays.asList("git://example.com/hello#abc", "candidate", opts("git_branch", "main"));
        int id = hub.task(alice, "buildContainer", arguments);

        Map<String, Object> info = struct(anonymous.call("getTaskInfo", List.of(id), Map.of("request", true)));

        assertEquals(List.of("arch", "awaited", "channel_id", "completion_time", "completion_ts", "create_time",
                "create_ts", "host_id", "id", "label", "method", "owner", "parent", "priority", "start_time",
                "start_ts", "state", "waiting", "weight", "request"), new ArrayList<>(info.keySet()));
        assertEquals(id, info.get("id"));
        assertEquals("noarch", info.get("arch"));
        assertEquals(TaskState.FREE.code(), info.get("state"));
        assertEquals(alice.id(), info.get("owner"));
        assertEquals(20, info.get("priority"));
        assertEquals(1.0, info.get("weight"));
        assertInstanceOf(String.class, info.get("create_time"));
        assertInstanceOf(Double.class, info.get("create_ts"));
        assertNull(info.get("start_time"));
        assertEquals(arguments, info.get("request"));
        assertFalse(struct(anonymous.call("getTaskInfo", id)).containsKey("request"));
    }

    @Test
    void unknownTasksAreNilUnlessStrictAndAListOfIdsAnswersAList() {
        int id = hub.task(alice, "buildContainer", List.of("src"));

        assertNull(anonymous.call("getTaskInfo", 999));
        KojiFault strict = assertThrows(KojiFault.class,
                () -> anonymous.call("getTaskInfo", List.of(999), Map.of("strict", true)));
        assertEquals("No such task: 999", strict.getMessage());
        List<Object> both = list(anonymous.call("getTaskInfo", List.of(List.of(id, 999)), Map.of("request", true)));
        assertEquals(2, both.size());
        assertEquals(List.of("src"), struct(both.get(0)).get("request"));
        assertNull(both.get(1));
    }

    @Test
    void unknownKeywordsAreParameterErrorsInPythonsWords() {
        ParameterError error = assertThrows(ParameterError.class,
                () -> anonymous.call("getTaskInfo", List.of(1), Map.of("foo", 1)));
        assertEquals("getTaskInfo() got an unexpected keyword argument 'foo'", error.getMessage());
    }

    @Test
    void getTaskRequestAnswersTheDecodedParameters() {
        List<Object> arguments = Arrays.asList("src", null, opts("scratch", true));
        int id = hub.task(alice, "buildContainer", arguments);

        assertEquals(arguments, anonymous.call("getTaskRequest", id));
        assertEquals("No such task: 4242",
                assertThrows(KojiFault.class, () -> anonymous.call("getTaskRequest", 4242)).getMessage());
    }

    @Test
    void getTaskResultAnswersTheValueOfAClosedTask() {
        hub.host("builder1", "x86_64");
        int id = hub.task(alice, "buildContainer", List.of("src"));
        assertEquals("Task " + id + " is not finished",
                assertThrows(KojiFault.class, () -> anonymous.call("getTaskResult", id)).getMessage());

        String response = new String(CODEC.encodeResult(opts("repositories", List.of("registry/hello:1"))),
                StandardCharsets.UTF_8);
        finish(id, "builder1", true, response);

        assertEquals(opts("repositories", List.of("registry/hello:1")), anonymous.call("getTaskResult", id));
        assertEquals(true, anonymous.call("taskFinished", id));
        assertEquals(TaskState.CLOSED.code(), struct(anonymous.call("getTaskInfo", id)).get("state"));
        assertEquals("No such task", assertThrows(KojiFault.class,
                () -> anonymous.call("getTaskResult", 4242)).getMessage());
    }

    @Test
    void getTaskResultRaisesTheStoredFaultOfAFailedTaskOrAnswersItWhenAsked() {
        hub.host("builder1", "x86_64");
        int id = hub.task(alice, "buildContainer", List.of("src"));
        String fault = new String(CODEC.encodeFault(new WireFault(2001, "image build failed: exit 1")),
                StandardCharsets.UTF_8);
        finish(id, "builder1", false, fault);

        KojiFault raised = assertThrows(KojiFault.class, () -> anonymous.call("getTaskResult", id));
        assertEquals(2001, raised.faultCode());
        assertEquals("image build failed: exit 1", raised.getMessage());
        assertEquals(opts("faultCode", 2001, "faultString", "image build failed: exit 1"),
                anonymous.call("getTaskResult", List.of(id), Map.of("raise_fault", false)));
        assertEquals(TaskState.FAILED.code(), struct(anonymous.call("getTaskInfo", id)).get("state"));
    }

    @Test
    void theOwnerMayCancelAndTheChildrenGoToo() {
        int parent = hub.task(alice, "buildContainer", List.of("src"));
        int child = hub.store().tasks().create(io.containerbuild.hub.store.NewTask.of("createContainer",
                "<?xml version='1.0'?><methodCall><methodName>createContainer</methodName><params/></methodCall>",
                alice.id(), hub.channel("default").id()).withParent(parent, "x86_64")).id();

        hub.login("alice").call("cancelTask", parent);

        assertEquals(TaskState.CANCELED.code(), struct(anonymous.call("getTaskInfo", parent)).get("state"));
        assertEquals(TaskState.CANCELED.code(), struct(anonymous.call("getTaskInfo", child)).get("state"));
        assertEquals("Task " + parent + " is canceled",
                assertThrows(KojiFault.class, () -> anonymous.call("getTaskResult", parent)).getMessage());
        List<Object> children = list(anonymous.call("getTaskChildren", List.of(parent), Map.of("request", true)));
        assertEquals(1, children.size());
        assertEquals(child, struct(children.get(0)).get("id"));
        assertEquals(List.of(), struct(children.get(0)).get("request"));
    }

    @Test
    void othersMayNotCancelButAnAdminAndTheRunningHostMay() {
        hub.user("bob");
        hub.admin("root");
        Host host = hub.host("builder1", "x86_64");
        int first = hub.task(alice, "buildContainer", List.of("src"));
        int second = hub.task(alice, "buildContainer", List.of("src"));

        ActionNotAllowed bob = assertThrows(ActionNotAllowed.class, () -> hub.login("bob").call("cancelTask", first));
        assertEquals("admin permission required (logged in as bob)", bob.getMessage());
        assertThrows(ActionNotAllowed.class, () -> anonymous.call("cancelTask", first));
        assertEquals(TaskState.FREE.code(), struct(anonymous.call("getTaskInfo", first)).get("state"));

        hub.login("root").call("cancelTask", first);
        assertEquals(TaskState.CANCELED.code(), struct(anonymous.call("getTaskInfo", first)).get("state"));

        XmlRpcKojiSession builder = hub.builder("builder1");
        builder.call("host.openTask", second);
        builder.call("cancelTask", second);
        Map<String, Object> canceled = struct(anonymous.call("getTaskInfo", second));
        assertEquals(TaskState.CANCELED.code(), canceled.get("state"));
        assertEquals(host.id(), canceled.get("host_id"));
        assertInstanceOf(Double.class, canceled.get("completion_ts"));
    }

    @Test
    void listTasksFiltersOrdersPagesAndCounts() {
        User bob = hub.user("bob");
        int a = hub.task(alice, "buildContainer", List.of("a"));
        int b = hub.task(bob, "buildSourceContainer", List.of("b"));
        int c = hub.task(alice, new io.containerbuild.plugin.hub.NewTask("buildContainer", List.of("c"),
                java.util.Optional.empty(), 10, "noarch"));
        hub.login("alice").call("cancelTask", a);

        assertEquals(List.of(b, c), ids(anonymous.call("listTasks", opts("state", List.of(0, 1, 4)))));
        assertEquals(List.of(b), ids(anonymous.call("listTasks", opts("method", "buildSourceContainer"))));
        assertEquals(List.of(a, c), ids(anonymous.call("listTasks", opts("owner", alice.id()))));
        assertEquals(List.of(a, b, c), ids(anonymous.call("listTasks", opts("parent", null))));
        assertEquals(List.of(a, b, c), ids(anonymous.call("listTasks", opts("channel_id", hub.channel("default").id()))));
        assertEquals(List.of(), ids(anonymous.call("listTasks", opts("state", List.of()))));
        assertEquals(List.of(c, b, a), ids(anonymous.call("listTasks", opts(), opts("order", "-id"))));
        assertEquals(List.of(c, a, b), ids(anonymous.call("listTasks", opts(),
                opts("order", "priority,create_time"))));
        assertEquals(List.of(a, b), ids(anonymous.call("listTasks", opts(),
                opts("order", "-priority,id", "limit", 2))));
        assertEquals(List.of(b), ids(anonymous.call("listTasks", opts(), opts("offset", 1, "limit", 1))));
        assertEquals(2, anonymous.call("listTasks", opts("owner", alice.id()), opts("countOnly", true)));
    }

    @Test
    void listTasksCarriesRequestResultAndOwnerDecodedWhenAsked() {
        int id = hub.task(alice, "buildContainer", List.of("src"));

        Map<String, Object> raw = struct(list(anonymous.call("listTasks", opts("owner", alice.id()))).get(0));
        Map<String, Object> decoded = struct(list(anonymous.call("listTasks",
                opts("owner", alice.id(), "decode", true))).get(0));

        assertEquals(id, raw.get("id"));
        assertTrue(((String) raw.get("request")).startsWith("<?xml"), "undecoded, the request is the stored XML");
        assertEquals(List.of("src"), decoded.get("request"));
        assertNull(decoded.get("result"));
        assertEquals("alice", decoded.get("owner_name"));
        assertEquals(0, decoded.get("owner_type"));
        List<Object> row = list(list(anonymous.call("listTasks", opts(), opts("asList", true))).get(0));
        assertEquals(new ArrayList<>(raw.values()), row);
    }

    @Test
    void listTasksRefusesFiltersItCannotApply() {
        ParameterError arch = assertThrows(ParameterError.class,
                () -> anonymous.call("listTasks", opts("arch", List.of("x86_64"))));
        assertTrue(arch.getMessage().contains("'arch' is not supported"), arch.getMessage());
        assertThrows(ParameterError.class, () -> anonymous.call("listTasks", opts("owner", List.of(1, 2))));
        ParameterError order = assertThrows(ParameterError.class,
                () -> anonymous.call("listTasks", opts(), opts("order", "priority,nosuch")));
        assertEquals("Invalid order term: nosuch", order.getMessage());
    }

    private static List<Object> ids(Object tasks) {
        return list(tasks).stream().map(task -> struct(task).get("id")).toList();
    }
}
