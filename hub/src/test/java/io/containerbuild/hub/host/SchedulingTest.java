package io.containerbuild.hub.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.HostChanges;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.task.TaskHub;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulingTest {
    @TempDir
    Path dir;

    private TaskHub hub;
    private User alice;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void start() throws Exception {
        hub = TaskHub.start(dir);
        alice = hub.user("alice");
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        hub.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> struct(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Object> offeredIds(XmlRpcKojiSession builder) {
        return list(builder.call("host.getTasks")).stream().map(task -> struct(task).get("id")).toList();
    }

    /** A ready builder, as kojid is after its first heartbeat. */
    private XmlRpcKojiSession readyBuilder(String name, Map<String, Object> data) {
        XmlRpcKojiSession builder = hub.builder(name);
        builder.call("host.updateHost", List.of(0.0, true), data == null ? Map.of() : Map.of("data", data));
        return builder;
    }

    private int task(String method, String arch, int priority, Optional<String> channel) {
        return hub.task(alice, new NewTask(method, List.of("src"), channel, priority, arch));
    }

    @Test
    void tasksGoOutMostUrgentFirstThenOldestOnePerCall() {
        hub.host("builder1", "x86_64");
        int late = task("buildContainer", "noarch", 20, Optional.empty());
        int urgent = task("buildContainer", "noarch", 10, Optional.empty());
        int later = task("buildContainer", "noarch", 20, Optional.empty());
        XmlRpcKojiSession builder = readyBuilder("builder1", null);

        assertEquals(List.of(urgent), offeredIds(builder));
        assertEquals(List.of(urgent), offeredIds(builder), "an assigned task is offered until it is opened");
        builder.call("host.openTask", urgent);
        assertEquals(List.of(late), offeredIds(builder));
        builder.call("host.openTask", late);
        assertEquals(List.of(), offeredIds(builder), "capacity 2.0 is used up by two tasks of weight 1.0");
        assertEquals(TaskState.FREE.code(), struct(hub.anonymous().call("getTaskInfo", later)).get("state"));
    }

    @Test
    void aHostIsOfferedOnlyItsChannelsItsArchesAndMethodsItHandles() {
        hub.host("builder1", "x86_64");
        Channel containers = hub.channel("container-binary");
        int otherChannel = task("buildContainer", "noarch", 20, Optional.of("container-binary"));
        int otherArch = task("buildContainer", "s390x", 20, Optional.empty());
        int otherMethod = task("createrepo", "noarch", 20, Optional.empty());
        int ownArch = task("buildContainer", "x86_64", 30, Optional.empty());
        XmlRpcKojiSession builder = readyBuilder("builder1", Map.of("methods", List.of("buildContainer")));

        assertEquals(List.of(ownArch), offeredIds(builder));
        builder.call("host.openTask", ownArch);
        assertEquals(List.of(), offeredIds(builder));

        Host host = hub.store().hosts().getByName("builder1").orElseThrow();
        hub.store().hosts().addToChannel(host.id(), containers.id(), null);
        assertEquals(List.of(otherChannel), offeredIds(builder));
        for (int id : List.of(otherArch, otherMethod)) {
            assertEquals(TaskState.FREE.code(), struct(hub.anonymous().call("getTaskInfo", id)).get("state"));
        }
    }

    @Test
    void busyNotReadyOrDisabledHostsAreOfferedNothing() {
        Host host = hub.host("builder1", "x86_64");
        int heavy = task("buildContainer", "noarch", 20, Optional.empty());
        int next = task("buildContainer", "noarch", 20, Optional.empty());
        XmlRpcKojiSession builder = hub.builder("builder1");

        assertEquals(List.of(), offeredIds(builder), "a host is not ready before its first heartbeat");
        builder.call("host.updateHost", List.of(0.0, true), Map.of("data", Map.of("maxjobs", 1)));
        assertEquals(List.of(heavy), offeredIds(builder));
        builder.call("host.openTask", heavy);
        assertEquals(List.of(), offeredIds(builder), "maxjobs 1 is reached");

        builder.call("host.updateHost", List.of(1.0, true), Map.of("data", Map.of("maxjobs", 5)));
        builder.call("host.setTaskWeight", heavy, 2.0);
        assertEquals(List.of(), offeredIds(builder), "no capacity left beside a task of weight 2.0");
        builder.call("host.setTaskWeight", heavy, 1.0);

        hub.store().hosts().edit(host.id(), new HostChanges(null, null, null, null, false));
        assertEquals(List.of(), offeredIds(builder), "a disabled host takes nothing");
        hub.store().hosts().edit(host.id(), new HostChanges(null, null, null, null, true));
        builder.call("host.updateHost", 1.0, false);
        assertEquals(List.of(), offeredIds(builder), "a host that says it is not ready takes nothing");
        builder.call("host.updateHost", 1.0, true);
        assertEquals(List.of(next), offeredIds(builder));
    }

    @Test
    void twoHostsRacingForOneTaskNeverBothGetIt() throws Exception {
        hub.host("builder1", "x86_64");
        hub.host("builder2", "x86_64");
        XmlRpcKojiSession one = readyBuilder("builder1", null);
        XmlRpcKojiSession two = readyBuilder("builder2", null);
        for (int round = 0; round < 5; round++) {
            int id = task("buildContainer", "noarch", 20, Optional.empty());
            List<List<Object>> offers = race(() -> offeredIds(one), () -> offeredIds(two));
            assertEquals(1, offers.get(0).size() + offers.get(1).size(), "exactly one host is offered " + id);

            hub.store().tasks().free(id);
            List<Object> opened = race(() -> one.call("host.openTask", id), () -> two.call("host.openTask", id));
            assertEquals(1, opened.stream().filter(answer -> answer != null).count(), "exactly one host opens " + id);
            hub.store().tasks().cancel(id, false);
        }
    }

    private <T> List<T> race(java.util.concurrent.Callable<T> first, java.util.concurrent.Callable<T> second)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (java.util.concurrent.Callable<T> racer : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                go.await();
                return racer.call();
            }));
        }
        go.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    @Test
    void aWaitingBuilderIsHandedANewTaskWithoutWaitingOutItsTimeout() throws Exception {
        hub.host("builder1", "x86_64");
        XmlRpcKojiSession builder = readyBuilder("builder1", null);
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(
                () -> builder.call("host.getTasks", List.of(), Map.of("wait_seconds", 30)), threads);
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "with nothing to do, the call waits");

        int id = task("buildContainer", "noarch", 20, Optional.empty());

        // well before the 30 s the builder asked for, or this fails with a timeout
        List<Object> offered = list(waiting.get(20, TimeUnit.SECONDS));
        assertEquals(List.of(id), offered.stream().map(task -> struct(task).get("id")).toList());
    }

    @Test
    void theTasksOfAHostThatFellSilentAreFreedAndItIsNoLongerReady() {
        Host host = hub.host("builder1", "x86_64");
        int id = task("buildContainer", "noarch", 20, Optional.empty());
        XmlRpcKojiSession builder = readyBuilder("builder1", null);
        builder.call("host.openTask", id);
        TaskHousekeeper housekeeper = hub.instance(TaskHousekeeper.class);

        TaskHousekeeper.Sweep soon = housekeeper.sweep(Instant.now().plus(Duration.ofSeconds(60)));
        assertEquals(new TaskHousekeeper.Sweep(0, 0, 0), soon);
        assertEquals(TaskState.OPEN.code(), struct(hub.anonymous().call("getTaskInfo", id)).get("state"));

        TaskHousekeeper.Sweep later = housekeeper.sweep(Instant.now().plus(Duration.ofMinutes(20)));

        assertEquals(1, later.hostsNoLongerReady());
        assertEquals(1, later.tasksFreed());
        Map<String, Object> freed = struct(hub.anonymous().call("getTaskInfo", id));
        assertEquals(TaskState.FREE.code(), freed.get("state"));
        assertNull(freed.get("host_id"));
        assertFalse(hub.store().hosts().get(host.id()).orElseThrow().ready());
    }
}
