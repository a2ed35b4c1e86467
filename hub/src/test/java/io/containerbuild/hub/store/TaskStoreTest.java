package io.containerbuild.hub.store;

import io.containerbuild.task.TaskState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ParameterError;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskStoreTest extends StoreTestBase {
    private static final String REQUEST = """
            <?xml version='1.0'?>
            <methodCall>
            <methodName>buildContainer</methodName>
            <params>
            <param>
            <value><string>git://example.com/containers/hello-container#abc123</string></value>
            </param>
            </params>
            </methodCall>
            """;

    private User alice;
    private Channel binary;
    private Host builder1;
    private Host builder2;

    @BeforeEach
    void setUpHostsAndChannel() {
        alice = user("alice");
        binary = store.channels().create("container-binary", "container builds");
        builder1 = store.hosts().create("builder1", "x86_64", null, null);
        builder2 = store.hosts().create("builder2", "x86_64 aarch64", null, null);
        store.hosts().addToChannel(builder1.id(), binary.id(), null);
        store.hosts().addToChannel(builder2.id(), binary.id(), null);
    }

    private Task newTask() {
        return store.tasks().create(NewTask.of("buildContainer", REQUEST, alice.id(), binary.id()));
    }

    @Test
    void createsWithKojisDefaultsAndReadsBack() {
        Task task = newTask();
        assertEquals(TaskState.FREE, task.state());
        assertEquals("noarch", task.arch());
        assertEquals(20, task.priority());
        assertEquals(1.0, task.weight());
        assertNull(task.parent());
        assertNull(task.hostId());
        assertNull(task.waiting());
        assertNotNull(task.createTime());
        assertEquals(task, store.tasks().get(task.id()).orElseThrow());
        TaskWithRequest withRequest = store.tasks().getWithRequest(task.id()).orElseThrow();
        assertEquals(task, withRequest.task());
        assertEquals(REQUEST, withRequest.request());
        assertEquals(REQUEST, store.tasks().request(task.id()).orElseThrow());
        assertTrue(store.tasks().get(999_999).isEmpty());
    }

    @Test
    void aSubtaskWithALabelIsCreatedOnce() {
        Task parent = newTask();
        NewTask child = NewTask.of("createContainer", REQUEST, alice.id(), binary.id()).withParent(parent.id(), "x86_64")
                .withArch("x86_64").withPriority(19);
        Task first = store.tasks().create(child);
        Task again = store.tasks().create(child);
        assertEquals(first.id(), again.id());
        assertEquals(parent.id(), first.parent());
        assertEquals("x86_64", first.label());
        store.tasks().create(NewTask.of("other", REQUEST, alice.id(), binary.id()).withParent(parent.id(), null));
        assertEquals(2, store.tasks().children(parent.id()).size());
        assertThrows(IllegalArgumentException.class, () -> new NewTask("m", REQUEST, alice.id(), 1, "noarch", 20,
                null, "a label without a parent", null));
    }

    @Test
    void listsByFiltersOrderAndPages() {
        Task a = newTask();
        Task b = store.tasks().create(NewTask.of("buildSourceContainer", REQUEST, alice.id(), 1).withPriority(10));
        User bob = user("bob");
        Task c = store.tasks().create(NewTask.of("buildContainer", REQUEST, bob.id(), binary.id()).withPriority(30));
        Task child = store.tasks().create(NewTask.of("createContainer", REQUEST, alice.id(), binary.id())
                .withParent(a.id(), "x86_64"));
        store.tasks().cancel(c.id(), false);

        assertEquals(List.of(a.id(), b.id(), c.id(), child.id()), ids(TaskQuery.all()));
        assertEquals(List.of(a.id(), c.id()), ids(TaskQuery.all().withMethod("buildContainer")));
        assertEquals(List.of(c.id()), ids(TaskQuery.all().withOwner(bob.id())));
        assertEquals(List.of(c.id()), ids(TaskQuery.all().withStates(TaskState.CANCELED)));
        assertEquals(List.of(a.id(), b.id(), child.id()), ids(TaskQuery.all().withStates(TaskState.FREE, TaskState.OPEN)));
        assertEquals(List.of(child.id()), ids(TaskQuery.all().withParent(a.id())));
        assertEquals(List.of(a.id(), b.id(), c.id()), ids(TaskQuery.all().topLevel()));
        assertEquals(List.of(b.id()), ids(TaskQuery.all().withChannel(1)));
        assertEquals(List.of(b.id(), a.id(), child.id(), c.id()), ids(TaskQuery.all().orderBy("priority")));
        assertEquals(List.of(child.id(), c.id(), b.id(), a.id()), ids(TaskQuery.all().orderBy("-id")));
        assertEquals(List.of(b.id(), c.id()), ids(TaskQuery.all().page(1, 2)));
        assertEquals(4, store.tasks().count(TaskQuery.all().page(1, 2)));
        assertEquals(2, store.tasks().count(TaskQuery.all().withMethod("buildContainer")));
        ParameterError bad = assertThrows(ParameterError.class,
                () -> store.tasks().list(TaskQuery.all().orderBy("request; DROP TABLE tasks")));
        assertEquals("Invalid order term: request; DROP TABLE tasks", bad.getMessage());
    }

    private List<Integer> ids(TaskQuery query) {
        return store.tasks().list(query).stream().map(Task::id).toList();
    }

    @Test
    void opensOnlyFreeTasksOrTasksAssignedToThisHost() {
        Task free = newTask();
        TaskWithRequest opened = store.tasks().open(free.id(), builder1.id()).orElseThrow();
        assertEquals(TaskState.OPEN, opened.task().state());
        assertEquals(builder1.id(), opened.task().hostId());
        assertNotNull(opened.task().startTime());
        assertEquals(REQUEST, opened.request());
        assertTrue(store.tasks().open(free.id(), builder2.id()).isEmpty(), "already open");

        Task assigned = newTask();
        assertTrue(store.tasks().assign(assigned.id(), builder2.id()));
        assertFalse(store.tasks().assign(assigned.id(), builder1.id()), "only FREE tasks are assigned");
        assertTrue(store.tasks().open(assigned.id(), builder1.id()).isEmpty(), "assigned to another host");
        assertTrue(store.tasks().open(assigned.id(), builder2.id()).isPresent());

        Task createdAssigned = store.tasks().create(NewTask.of("buildContainer", REQUEST, alice.id(), binary.id())
                .assignedTo(builder1.id()));
        assertEquals(TaskState.ASSIGNED, createdAssigned.state());
        assertEquals(List.of(createdAssigned), store.tasks().assignedTo(builder1.id()));
    }

    @Test
    void ofTwoHostsOpeningOneTaskExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Task task = newTask();
            List<Integer> hosts = List.of(builder1.id(), builder2.id());
            AtomicInteger next = new AtomicInteger();
            List<Race.Outcome<Optional<TaskWithRequest>>> outcomes =
                    Race.run(2, () -> store.tasks().open(task.id(), hosts.get(next.getAndIncrement())));
            List<TaskWithRequest> winners = outcomes.stream().map(Race.Outcome::value).flatMap(Optional::stream).toList();
            assertEquals(1, winners.size());
            assertEquals(winners.get(0).task().hostId(), store.tasks().get(task.id()).orElseThrow().hostId());
        }
    }

    @Test
    void closeAndFailOnlyByTheHostHoldingTheOpenTask() {
        Task task = newTask();
        assertFalse(store.tasks().close(task.id(), builder1.id(), "<methodResponse/>"), "not open");
        store.tasks().open(task.id(), builder1.id());
        assertFalse(store.tasks().close(task.id(), builder2.id(), "<methodResponse/>"), "another host's task");
        assertTrue(store.tasks().setWeight(task.id(), builder1.id(), 2.0));
        assertFalse(store.tasks().setWeight(task.id(), builder2.id(), 3.0));
        assertEquals(2.0, store.tasks().load(builder1.id()));
        assertTrue(store.tasks().close(task.id(), builder1.id(), "<?xml version='1.0'?><methodResponse/>"));
        assertFalse(store.tasks().fail(task.id(), builder1.id(), "<fault/>"), "already closed");
        TaskResult result = store.tasks().result(task.id()).orElseThrow();
        assertEquals(TaskState.CLOSED, result.state());
        assertEquals("<?xml version='1.0'?><methodResponse/>", result.result());
        assertNotNull(store.tasks().get(task.id()).orElseThrow().completionTime());
        assertEquals(0.0, store.tasks().load(builder1.id()));

        Task failing = newTask();
        store.tasks().open(failing.id(), builder2.id());
        assertTrue(store.tasks().fail(failing.id(), builder2.id(), "<?xml version='1.0'?><methodResponse><fault/>"));
        assertEquals(TaskState.FAILED, store.tasks().result(failing.id()).orElseThrow().state());
        assertEquals(List.of(), store.tasks().cancel(failing.id(), true), "finished tasks stay");
    }

    @Test
    void ofACloseAndACancelRacingExactlyOneWins() throws Exception {
        Task task = newTask();
        store.tasks().open(task.id(), builder1.id());
        AtomicInteger turn = new AtomicInteger();
        List<Race.Outcome<Boolean>> outcomes = Race.run(2, () -> turn.getAndIncrement() == 0
                ? store.tasks().close(task.id(), builder1.id(), "<methodResponse/>")
                : !store.tasks().cancel(task.id(), false).isEmpty());
        assertEquals(1, outcomes.stream().filter(outcome -> outcome.value()).count());
        assertTrue(store.tasks().get(task.id()).orElseThrow().state().isFinished());
    }

    @Test
    void cancelReachesUnfinishedDescendants() {
        Task parent = newTask();
        store.tasks().open(parent.id(), builder1.id());
        Task child = store.tasks().create(NewTask.of("createContainer", REQUEST, alice.id(), binary.id())
                .withParent(parent.id(), "a"));
        Task grandchild = store.tasks().create(NewTask.of("x", REQUEST, alice.id(), binary.id())
                .withParent(child.id(), "b"));
        Task done = store.tasks().create(NewTask.of("y", REQUEST, alice.id(), binary.id()).withParent(parent.id(), "c"));
        store.tasks().open(done.id(), builder2.id());
        store.tasks().close(done.id(), builder2.id(), "<methodResponse/>");
        assertEquals(List.of(parent.id(), child.id(), grandchild.id()), store.tasks().cancel(parent.id(), true));
        assertEquals(TaskState.CLOSED, store.tasks().get(done.id()).orElseThrow().state());
        assertEquals(TaskState.CANCELED, store.tasks().get(grandchild.id()).orElseThrow().state());
        assertEquals(List.of(), store.tasks().cancel(parent.id(), true));

        Task lone = newTask();
        Task loneChild = store.tasks().create(NewTask.of("z", REQUEST, alice.id(), binary.id()).withParent(lone.id(), null));
        assertEquals(List.of(lone.id()), store.tasks().cancel(lone.id(), false));
        assertEquals(TaskState.FREE, store.tasks().get(loneChild.id()).orElseThrow().state());
    }

    @Test
    void freeingPutsTasksBackWithoutAHost() {
        Task one = newTask();
        Task two = newTask();
        Task three = newTask();
        store.tasks().open(one.id(), builder1.id());
        store.tasks().assign(two.id(), builder1.id());
        store.tasks().open(three.id(), builder2.id());
        assertEquals(List.of(one.id()), store.tasks().freeOwn(builder1.id(), List.of(one.id(), three.id())));
        assertEquals(1, store.tasks().freeAllOfHost(builder1.id()));
        Task freed = store.tasks().get(two.id()).orElseThrow();
        assertEquals(TaskState.FREE, freed.state());
        assertNull(freed.hostId());
        assertTrue(store.tasks().free(three.id()));
        assertFalse(store.tasks().free(three.id()));
    }

    @Test
    void nextFreeTasksFollowChannelsArchesPriorityAndRefusals() {
        Task normal = newTask();
        Task urgent = store.tasks().create(NewTask.of("buildContainer", REQUEST, alice.id(), binary.id()).withPriority(5));
        Task aarch = store.tasks().create(NewTask.of("createContainer", REQUEST, alice.id(), binary.id())
                .withArch("aarch64"));
        Task elsewhere = store.tasks().create(NewTask.of("createrepo", REQUEST, alice.id(), 2));
        assertEquals(List.of(urgent.id(), normal.id()), freeIds(builder1));
        assertEquals(List.of(urgent.id(), normal.id(), aarch.id()), freeIds(builder2));
        assertEquals(1, store.tasks().nextFreeFor(builder2.id(), 1).size());

        assertTrue(store.tasks().assign(urgent.id(), builder1.id()));
        assertFalse(store.tasks().refuse(normal.id(), builder1.id(), true, "busy"), "not held, nothing freed");
        assertEquals(List.of(), freeIds(builder1));
        assertTrue(store.tasks().refuse(urgent.id(), builder1.id(), false, "no handler"));
        assertEquals(TaskState.FREE, store.tasks().get(urgent.id()).orElseThrow().state());
        assertEquals(List.of(urgent.id(), normal.id(), aarch.id()), freeIds(builder2));
        assertEquals(1, store.tasks().refusals(urgent.id()).size());
        assertEquals(1, store.tasks().expireSoftRefusals(Instant.now().plusSeconds(60)));
        assertEquals(List.of(normal.id()), freeIds(builder1));
        assertTrue(elsewhere.channelId() != binary.id());
    }

    private List<Integer> freeIds(Host host) {
        return store.tasks().nextFreeFor(host.id(), 10).stream().map(Task::id).toList();
    }

    @Test
    void waitingAndAwaitedFlags() {
        Task parent = newTask();
        store.tasks().open(parent.id(), builder1.id());
        store.tasks().setWeight(parent.id(), builder1.id(), 0.5);
        Task a = store.tasks().create(NewTask.of("a", REQUEST, alice.id(), binary.id()).withParent(parent.id(), "a"));
        Task b = store.tasks().create(NewTask.of("b", REQUEST, alice.id(), binary.id()).withParent(parent.id(), "b"));
        store.tasks().setWait(parent.id(), List.of(a.id()));
        assertEquals(Boolean.TRUE, store.tasks().get(parent.id()).orElseThrow().waiting());
        assertEquals(Boolean.TRUE, store.tasks().get(a.id()).orElseThrow().awaited());
        assertNull(store.tasks().get(b.id()).orElseThrow().awaited());
        assertEquals(0.0, store.tasks().load(builder1.id()), "a waiting task does not load its host");
        store.tasks().setWait(parent.id(), null);
        assertEquals(Boolean.TRUE, store.tasks().get(b.id()).orElseThrow().awaited());
        store.tasks().clearWait(parent.id());
        assertEquals(Boolean.FALSE, store.tasks().get(parent.id()).orElseThrow().waiting());
        assertEquals(Boolean.FALSE, store.tasks().get(a.id()).orElseThrow().awaited());
        assertEquals(0.5, store.tasks().load(builder1.id()));
        assertEquals(List.of(parent.id()), store.tasks().openOn(builder1.id()).stream().map(Task::id).toList());
        assertEquals(3, store.tasks().setPriority(parent.id(), 10, true));
    }
}
