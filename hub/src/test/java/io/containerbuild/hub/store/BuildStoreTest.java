package io.containerbuild.hub.store;

import io.containerbuild.build.BuildState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildStoreTest extends StoreTestBase {

    private NewBuild hello(String release, int ownerId) {
        return NewBuild.building("hello-container", "1.0", release, ownerId);
    }

    @Test
    void createsAndReadsABuildAndRecordsAnEvent() {
        User alice = user("alice");
        int before = store.events().last().id();
        Build build = store.builds().create(hello("1", alice.id()).withSource("git://example.com/hello#abc")
                .withExtra("{\"container_koji_task_id\": 7}"));
        assertEquals("hello-container-1.0-1", build.nvr());
        assertEquals(BuildState.BUILDING, build.state());
        assertEquals("alice", build.ownerName());
        assertNull(build.completionTime());
        assertTrue(build.createEventId() > before);
        assertEquals(store.events().last().id(), build.createEventId());
        assertEquals(build, store.builds().get(build.id()).orElseThrow());
        assertEquals(build, store.builds().getByNvr("hello-container", "1.0", "1").orElseThrow());
        assertEquals("{\"container_koji_task_id\": 7}", build.extra());
    }

    @Test
    void aCompleteNvrCannotBeBuiltAgain() {
        User alice = user("alice");
        Build build = store.builds().create(hello("1", alice.id()));
        assertTrue(store.builds().finish(build.id(), BuildState.COMPLETE, null, null));
        KojiFault fault = assertThrows(KojiFault.class, () -> store.builds().create(hello("1", alice.id())));
        assertEquals(FaultCode.GENERIC_ERROR.code(), fault.faultCode());
        assertEquals("Build already exists (id=" + build.id() + ", state=COMPLETE): hello-container-1.0-1",
                fault.getMessage());
    }

    @Test
    void aBuildingNvrIsInProgressExceptForItsOwnTask() {
        User alice = user("alice");
        int taskId = store.tasks().create(NewTask.of("buildContainer", "<methodCall/>", alice.id(), 1)).id();
        Build build = store.builds().create(hello("1", alice.id()).withTask(taskId));
        assertEquals(build.id(), store.builds().create(hello("1", alice.id()).withTask(taskId)).id());
        KojiFault fault = assertThrows(KojiFault.class, () -> store.builds().create(hello("1", alice.id())));
        assertEquals("Build already in progress (task " + taskId + ")", fault.getMessage());
    }

    @Test
    void failedAndCanceledBuildsGiveTheirNvrToTheNextBuildKeepingTheId() {
        User alice = user("alice");
        User bob = user("bob");
        Build failed = store.builds().create(hello("1", alice.id()));
        store.builds().finish(failed.id(), BuildState.FAILED, null, null);
        Build again = store.builds().create(hello("1", bob.id()));
        assertEquals(failed.id(), again.id());
        assertEquals(BuildState.BUILDING, again.state());
        assertEquals("bob", again.ownerName());
        assertTrue(again.createEventId() > failed.createEventId());

        store.builds().finish(again.id(), BuildState.CANCELED, null, null);
        assertEquals(failed.id(), store.builds().create(hello("1", alice.id())).id());
    }

    @Test
    void aTaggedFailedBuildIsNotRecycled() {
        User alice = user("alice");
        Tag tag = store.tags().create("dest", null, false, null, null);
        Build build = store.builds().create(hello("1", alice.id()));
        store.tagging().tag(tag.id(), build.id(), alice.id());
        store.tagging().untag(tag.id(), build.id(), alice.id());
        store.builds().finish(build.id(), BuildState.FAILED, null, null);
        KojiFault fault = assertThrows(KojiFault.class, () -> store.builds().create(hello("1", alice.id())));
        assertEquals("Build already exists. Unable to recycle, has tag history", fault.getMessage());
    }

    @Test
    void ofConcurrentCreatorsOfOneNvrExactlyOneWins() throws Exception {
        User alice = user("alice");
        List<Race.Outcome<Build>> outcomes = Race.run(6, () -> store.builds().create(hello("7", alice.id())));
        assertEquals(1, outcomes.stream().filter(Race.Outcome::won).count());
        for (Race.Outcome<Build> outcome : outcomes) {
            if (!outcome.won()) {
                KojiFault fault = assertInstanceOf(KojiFault.class, outcome.error());
                assertTrue(fault.getMessage().startsWith("Build already in progress"), fault.getMessage());
            }
        }
        assertEquals(1, store.builds().list(BuildQuery.all().withPackage("hello-container")).size());
    }

    @Test
    void ofConcurrentRecyclersOfOneFailedNvrExactlyOneWins() throws Exception {
        User alice = user("alice");
        Build failed = store.builds().create(hello("1", alice.id()));
        store.builds().finish(failed.id(), BuildState.FAILED, null, null);
        List<Race.Outcome<Build>> outcomes = Race.run(4, () -> store.builds().create(hello("1", alice.id())));
        assertEquals(1, outcomes.stream().filter(Race.Outcome::won).count());
        outcomes.stream().filter(outcome -> !outcome.won())
                .forEach(outcome -> assertInstanceOf(KojiFault.class, outcome.error()));
    }

    @Test
    void finishingIsOnlyFromBuilding() {
        User alice = user("alice");
        Build build = store.builds().create(hello("1", alice.id()));
        assertTrue(store.builds().finish(build.id(), BuildState.COMPLETE, "git://x#1", "{\"a\": 1}"));
        assertFalse(store.builds().finish(build.id(), BuildState.FAILED, null, null));
        Build complete = store.builds().get(build.id()).orElseThrow();
        assertEquals(BuildState.COMPLETE, complete.state());
        assertEquals("git://x#1", complete.source());
        assertNotNull(complete.completionTime());
        assertTrue(store.builds().markDeleted(build.id()));
        assertEquals(BuildState.DELETED, store.builds().get(build.id()).orElseThrow().state());
    }

    @Test
    void aBuildCanBeImportedComplete() {
        User alice = user("alice");
        ContentGenerator reactor = store.contentGenerators().ensure("atomic-reactor");
        Build build = store.builds().create(hello("3", alice.id()).withState(BuildState.COMPLETE)
                .withContentGenerator(reactor.id()));
        assertEquals(BuildState.COMPLETE, build.state());
        assertEquals("atomic-reactor", build.cgName());
        assertNotNull(build.completionTime());
    }

    @Test
    void nextReleaseFollowsKojisRules() {
        User alice = user("alice");
        assertEquals("1", store.builds().nextRelease("hello-container", "1.0", 1));
        store.builds().create(hello("1", alice.id()));
        assertEquals("2", store.builds().nextRelease("hello-container", "1.0", 1));
        assertEquals("4", store.builds().nextRelease("hello-container", "1.0", 3));
        Build dist = store.builds().create(hello("5.el9", alice.id()));
        assertEquals("6.el9", store.builds().nextRelease("hello-container", "1.0", 1));
        store.builds().finish(dist.id(), BuildState.FAILED, null, null);
        assertEquals("2", store.builds().nextRelease("hello-container", "1.0", 1), "failed builds do not count");
        store.builds().create(hello("20211105.nightly.7", alice.id()));
        assertEquals("20211105.nightly.8", store.builds().nextRelease("hello-container", "1.0", 1));
        store.builds().create(hello("1.2.fc23", alice.id()));
        BuildError error = assertThrows(BuildError.class,
                () -> store.builds().nextRelease("hello-container", "1.0", 1));
        assertEquals("Unable to increment release value: 1.2.fc23", error.getMessage());
    }

    @Test
    void reservationsHoldOneTokenPerBuild() {
        User alice = user("alice");
        Build build = store.builds().create(hello("1", alice.id()));
        assertTrue(store.builds().reserve(build.id(), "token-1"));
        assertFalse(store.builds().reserve(build.id(), "token-2"));
        assertEquals("token-1", store.builds().reservationToken(build.id()).orElseThrow());
        assertTrue(store.builds().dropReservation(build.id()));
        assertTrue(store.builds().reservationToken(build.id()).isEmpty());
    }

    @Test
    void listsBuildsByFilters() {
        User alice = user("alice");
        User bob = user("bob");
        Build first = store.builds().create(hello("1", alice.id()));
        Build second = store.builds().create(hello("2", bob.id()));
        store.builds().create(NewBuild.building("other", "1", "1", bob.id()));
        store.builds().finish(first.id(), BuildState.COMPLETE, null, null);
        assertEquals(List.of(first, store.builds().get(second.id()).orElseThrow()).stream().map(Build::id).toList(),
                store.builds().list(BuildQuery.all().withPackage("hello-container")).stream().map(Build::id).toList());
        assertEquals(List.of(second.id()), store.builds().list(BuildQuery.all().withPackage("hello-container")
                .withOwner(bob.id())).stream().map(Build::id).toList());
        assertEquals(List.of(first.id()), store.builds().list(BuildQuery.all().withState(BuildState.COMPLETE))
                .stream().map(Build::id).toList());
        assertEquals(1, store.builds().list(BuildQuery.all().page(1, 1)).size());
    }

    @Test
    void archivesBuildrootsAndTypes() {
        User alice = user("alice");
        Build build = store.builds().create(hello("1", alice.id()));
        ContentGenerator reactor = store.contentGenerators().ensure("atomic-reactor");
        Buildroot buildroot = store.buildroots().add(new Buildroot(0, reactor.id(), "2.0", "none", "x86_64", "RHEL",
                "x86_64", "[{\"name\": \"podman\"}]", "[]", null));
        assertEquals(buildroot, store.buildroots().get(buildroot.id()).orElseThrow());
        ArchiveType tar = store.archives().archiveType("tar").orElseThrow();
        BuildType image = store.archives().buildType("image").orElseThrow();
        Archive archive = store.archives().add(new NewArchive(build.id(), buildroot.id(), tar.id(), image.id(),
                "docker-image-sha256:abc.x86_64.tar.gz", 1234L, "d41d8cd98f00b204e9800998ecf8427e", ChecksumType.MD5,
                false, "x86_64", "{\"docker\": {\"id\": \"sha256:abc\"}}"));
        assertEquals("tar", archive.type().name());
        assertEquals("image", archive.btype().name());
        assertEquals(List.of(archive), store.archives().listByBuild(build.id()));
        assertEquals("operator-manifests", store.archives().addBuildType("operator-manifests").name());
        assertThrows(KojiFault.class, () -> store.archives().addBuildType("image"));
        assertTrue(store.archives().buildTypes().size() >= 5);
        store.builds().finish(build.id(), BuildState.FAILED, null, null);
        KojiFault fault = assertThrows(KojiFault.class, () -> store.builds().create(hello("1", alice.id())));
        assertEquals("Build already exists. Unable to recycle, has archive data", fault.getMessage());
    }

    @Test
    void contentGeneratorAccess() {
        User alice = user("alice");
        ContentGenerator reactor = store.contentGenerators().ensure("atomic-reactor");
        assertEquals(reactor, store.contentGenerators().ensure("atomic-reactor"));
        assertFalse(store.contentGenerators().hasAccess(reactor.id(), alice.id()));
        assertTrue(store.contentGenerators().grant(reactor.id(), alice.id()));
        assertFalse(store.contentGenerators().grant(reactor.id(), alice.id()));
        assertTrue(store.contentGenerators().hasAccess(reactor.id(), alice.id()));
        assertTrue(store.contentGenerators().revoke(reactor.id(), alice.id()));
        assertFalse(store.contentGenerators().hasAccess(reactor.id(), alice.id()));
    }

    @Test
    void taggingListsAndUntags() {
        User alice = user("alice");
        Tag dest = store.tags().create("container-candidate", null, false, null, null);
        Build one = store.builds().create(hello("1", alice.id()));
        Build two = store.builds().create(hello("2", alice.id()));
        Build other = store.builds().create(NewBuild.building("other", "1", "1", alice.id()));
        int event = store.tagging().tag(dest.id(), one.id(), alice.id());
        assertEquals(store.events().last().id(), event);
        store.tagging().tag(dest.id(), two.id(), alice.id());
        store.tagging().tag(dest.id(), other.id(), alice.id());

        KojiFault again = assertThrows(KojiFault.class, () -> store.tagging().tag(dest.id(), one.id(), alice.id()));
        assertEquals(FaultCode.TAG_ERROR.code(), again.faultCode());
        assertEquals("build hello-container-1.0-1 already tagged (container-candidate)", again.getMessage());

        assertEquals(List.of(other.id(), two.id(), one.id()), store.tagging().listTagged(dest.id(), null, false)
                .stream().map(tagged -> tagged.build().id()).toList());
        assertEquals(List.of(other.id(), two.id()), store.tagging().listTagged(dest.id(), null, true)
                .stream().map(tagged -> tagged.build().id()).toList());
        assertEquals(List.of(two.id(), one.id()), store.tagging().listTagged(dest.id(), "hello-container", false)
                .stream().map(tagged -> tagged.build().id()).toList());
        assertEquals("container-candidate", store.tagging().listTagged(dest.id(), null, false).get(0).tagName());

        store.tagging().untag(dest.id(), two.id(), alice.id());
        assertEquals(List.of(one.id()), store.tagging().listTagged(dest.id(), "hello-container", true)
                .stream().map(tagged -> tagged.build().id()).toList());
        KojiFault missing = assertThrows(KojiFault.class, () -> store.tagging().untag(dest.id(), two.id(), null));
        assertEquals("build hello-container-1.0-2 not in tag container-candidate", missing.getMessage());
        store.tagging().tag(dest.id(), two.id(), alice.id());
        assertEquals(List.of(dest.id()), store.tagging().tagsOf(two.id()));
    }

    @Test
    void ofConcurrentTaggersExactlyOneWins() throws Exception {
        User alice = user("alice");
        Tag dest = store.tags().create("dest", null, false, null, null);
        Build build = store.builds().create(hello("1", alice.id()));
        List<Race.Outcome<Integer>> outcomes = Race.run(4, () -> store.tagging().tag(dest.id(), build.id(), null));
        assertEquals(1, outcomes.stream().filter(Race.Outcome::won).count());
        outcomes.stream().filter(outcome -> !outcome.won()).forEach(outcome ->
                assertEquals(FaultCode.TAG_ERROR.code(), assertInstanceOf(KojiFault.class, outcome.error()).faultCode()));
    }
}
