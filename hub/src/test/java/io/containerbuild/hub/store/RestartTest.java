package io.containerbuild.hub.store;

import io.containerbuild.build.BuildState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing is lost when the hub stops and starts again on the same database. */
class RestartTest extends StoreTestBase {

    @Test
    void everythingWrittenIsThereAfterARestart() {
        User alice = store.users().create("alice", UserType.NORMAL, "hash");
        store.permissions().grant(alice.id(), store.permissions().get("admin").orElseThrow().id(), null);
        Channel binary = store.channels().create("container-binary", null);
        Host host = store.hosts().create("builder1", "x86_64", "hosthash", alice.id());
        store.hosts().addToChannel(host.id(), binary.id(), alice.id());
        Tag dest = store.tags().create("container-candidate", "x86_64", false, null, null);
        BuildTarget target = store.targets().create("container-candidate", dest.id(), dest.id());
        store.packageLists().set(dest.id(), "hello-container", alice.id(), false, null, alice.id());
        Task task = store.tasks().create(NewTask.of("buildContainer", "<methodCall/>", alice.id(), binary.id()));
        store.tasks().open(task.id(), host.id());
        Build build = store.builds().create(NewBuild.building("hello-container", "1.0", "1", alice.id())
                .withTask(task.id()));
        store.builds().finish(build.id(), BuildState.COMPLETE, null, "{\"image\": {}}");
        store.tagging().tag(dest.id(), build.id(), alice.id());
        Session session = store.sessions().create(alice.id(), "key", AuthType.NORMAL, "127.0.0.1", null);
        store.sessions().advanceCallnum(session.id(), 3);
        Event lastEvent = store.events().last();
        Task openTask = store.tasks().get(task.id()).orElseThrow();
        Build completeBuild = store.builds().get(build.id()).orElseThrow();

        Store restarted = restart();

        assertEquals(alice, restarted.users().getByName("alice").orElseThrow());
        assertTrue(restarted.permissions().has(alice.id(), "admin"));
        assertEquals(List.of(1, binary.id()), restarted.hosts().channelIds(host.id()));
        assertEquals(host, restarted.hosts().get(host.id()).orElseThrow());
        assertEquals(target, restarted.targets().getByName("container-candidate").orElseThrow());
        assertTrue(restarted.packageLists().get(dest.id(), "hello-container").isPresent());
        assertEquals(openTask, restarted.tasks().get(task.id()).orElseThrow());
        assertEquals("<methodCall/>", restarted.tasks().request(task.id()).orElseThrow());
        assertEquals(completeBuild, restarted.builds().get(build.id()).orElseThrow());
        assertEquals(List.of(build.id()), restarted.tagging().listTagged(dest.id(), null, false).stream()
                .map(tagged -> tagged.build().id()).toList());
        assertEquals(3, restarted.sessions().get(session.id()).orElseThrow().callnum());
        assertEquals(lastEvent, restarted.events().last());
        Task next = restarted.tasks().create(NewTask.of("buildContainer", "<methodCall/>", alice.id(), binary.id()));
        assertTrue(next.id() > task.id(), "ids keep counting up after a restart");
    }
}
