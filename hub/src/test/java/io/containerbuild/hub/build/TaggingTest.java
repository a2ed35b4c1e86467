package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.BuildState;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.NewBuild;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.store.User;
import io.containerbuild.task.TaskState;
import io.containerbuild.wire.KojiSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** tagBuild and listTagged over the wire. */
class TaggingTest extends HubTestBase {
    private Tag candidate;
    private User osbsUser;

    @BeforeEach
    void tagWithPackageList() {
        osbsUser = hub.user("osbs", "tag");
        candidate = hub.tag("containers-candidate");
        hub.listPackage(candidate, "app-container", osbsUser, false);
    }

    private Build storedBuild(String name, String release, User owner) {
        Build build = hub.store().builds().create(NewBuild.building(name, "1.0", release, owner.id()));
        hub.store().builds().finish(build.id(), BuildState.COMPLETE, null, null);
        return build;
    }

    @Test
    void tagBuildTagsAtOnceAndAnswersAnAlreadyClosedTask() {
        int buildId = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");

        int taskId = (Integer) osbs.call("tagBuild", "containers-candidate", buildId);

        Task task = hub.store().tasks().get(taskId).orElseThrow();
        assertEquals("tagBuild", task.method());
        assertEquals(TaskState.CLOSED, task.state());
        assertEquals(osbsUser.id(), task.owner());
        assertEquals(10, task.priority());
        String result = hub.store().tasks().result(taskId).orElseThrow().result();
        assertTrue(result.contains("<nil/>"), result);
        assertTrue(hub.store().tasks().request(taskId).orElseThrow().contains("<methodName>tagBuild</methodName>"));
        List<Map<String, Object>> tagged = records(hub.anonymous().call("listTagged", "containers-candidate"));
        assertEquals(List.of("app-container-1.0-1"), tagged.stream().map(build -> build.get("nvr")).toList());
        assertFault(FaultCode.TAG_ERROR, "build app-container-1.0-1 already tagged (containers-candidate)",
                () -> osbs.call("tagBuild", "containers-candidate", buildId));
    }

    @Test
    void listTagsAnswersTheTagsOfABuildOrPackage() {
        int buildId = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");
        hub.tag("other-tag");
        assertEquals(List.of(), records(hub.anonymous().call("listTags", buildId)));

        osbs.call("tagBuild", "containers-candidate", buildId);

        List<Map<String, Object>> tags = records(hub.anonymous().call("listTags", "app-container-1.0-1"));
        assertEquals(List.of("containers-candidate"), tags.stream().map(tag -> tag.get("name")).toList());
        assertEquals(List.of("arches", "id", "locked", "maven_include_all", "maven_support", "name", "perm",
                "perm_id"), tags.get(0).keySet().stream().sorted().toList());
        List<Map<String, Object>> listing = records(hub.anonymous().call("listTags", List.of(),
                kwargs("package", "app-container")));
        assertEquals(List.of("containers-candidate"), listing.stream().map(tag -> tag.get("name")).toList());
        assertEquals("osbs", listing.get(0).get("owner_name"));
        assertEquals(List.of("containers-candidate", "other-tag"),
                records(hub.anonymous().call("listTags")).stream().map(tag -> tag.get("name")).toList());
        assertFault(FaultCode.GENERIC_ERROR, "No such build: 'nosuch-1-1'",
                () -> hub.anonymous().call("listTags", "nosuch-1-1"));
    }

    @Test
    void taggingNeedsPermissionAndAListedUnblockedPackage() {
        int buildId = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");
        Build unlisted = storedBuild("unlisted", "1", osbsUser);
        Build building = hub.store().builds().create(NewBuild.building("app-container", "1.0", "9", osbsUser.id()));
        KojiSession alice = hub.login("alice");
        KojiSession admin = hub.login("admin");

        assertFault(FaultCode.ACTION_NOT_ALLOWED, "you must be logged in for this operation",
                () -> hub.anonymous().call("tagBuild", "containers-candidate", buildId));
        assertFault(FaultCode.ACTION_NOT_ALLOWED, "tag permission required (logged in as alice)",
                () -> alice.call("tagBuild", "containers-candidate", buildId));
        assertFault(FaultCode.GENERIC_ERROR, "No such tagInfo: 'nosuch'", () -> osbs.call("tagBuild", "nosuch", buildId));
        assertFault(FaultCode.TAG_ERROR, "build app-container-1.0-9 not complete: state BUILDING",
                () -> osbs.call("tagBuild", "containers-candidate", building.id()));
        assertFault(FaultCode.TAG_ERROR, "Package unlisted not in list for containers-candidate",
                () -> osbs.call("tagBuild", "containers-candidate", unlisted.id()));
        hub.listPackage(candidate, "unlisted", osbsUser, true);
        assertFault(FaultCode.TAG_ERROR, "Package unlisted blocked in containers-candidate",
                () -> osbs.call("tagBuild", "containers-candidate", unlisted.id()));
        assertFault(FaultCode.TAG_ERROR, "Package unlisted blocked in containers-candidate",
                () -> osbs.call("tagBuild", List.of("containers-candidate", unlisted.id()), kwargs("force", true)),
                "force is for admins only");

        admin.call("tagBuild", List.of("containers-candidate", unlisted.id()), kwargs("force", true));
        assertFalse(hub.store().packageLists().get(candidate.id(), "unlisted").orElseThrow().blocked(),
                "an admin's force unblocks the package");

        Tag guarded = hub.tag("guarded", "image", false);
        hub.listPackage(guarded, "app-container", osbsUser, false);
        assertFault(FaultCode.ACTION_NOT_ALLOWED, "tag requires image permission",
                () -> osbs.call("tagBuild", "guarded", buildId));
        assertFault(FaultCode.ACTION_NOT_ALLOWED, "tag requires image permission",
                () -> admin.call("tagBuild", "guarded", buildId), "as in Koji, an admin must force");
        hub.user("osbs", "image");
        osbs.call("tagBuild", "guarded", buildId);

        Tag locked = hub.tag("locked", null, true);
        hub.listPackage(locked, "app-container", osbsUser, false);
        assertFault(FaultCode.ACTION_NOT_ALLOWED, "tag is locked", () -> osbs.call("tagBuild", "locked", buildId));
        admin.call("tagBuild", List.of("locked", buildId), kwargs("force", true));
        assertEquals(1, records(osbs.call("listTagged", "locked")).size());
    }

    @Test
    void fromtagMovesTheBuild() {
        int buildId = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");
        Tag released = hub.tag("containers-released");
        hub.listPackage(released, "app-container", osbsUser, false);
        osbs.call("tagBuild", "containers-candidate", buildId);

        osbs.call("tagBuild", List.of("containers-released", "app-container-1.0-1"),
                kwargs("fromtag", "containers-candidate"));

        assertEquals(List.of(), osbs.call("listTagged", "containers-candidate"));
        assertEquals(1, records(osbs.call("listTagged", released.id())).size());
    }

    @Test
    void listTaggedShowsCompleteBuildsOfListedPackagesNewestFirst() {
        User alice = hub.user("alice");
        hub.listPackage(candidate, "tools", osbsUser, false);
        hub.listPackage(candidate, "retired", osbsUser, false);
        int app1 = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");
        int app2 = (Integer) importImage(new ImageImport("app-container", "1.0", "2")).get("id");
        Build tools = storedBuild("tools", "1", alice);
        Build retired = storedBuild("retired", "1", alice);
        for (int buildId : List.of(app1, tools.id(), app2, retired.id())) {
            osbs.call("tagBuild", "containers-candidate", buildId);
        }
        hub.listPackage(candidate, "retired", osbsUser, true);
        KojiSession anonymous = hub.anonymous();

        assertEquals(List.of(app2, tools.id(), app1), ids(anonymous.call("listTagged", "containers-candidate")),
                "a blocked package's builds are not listed");
        assertEquals(List.of(app2, tools.id()), ids(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("latest", true))));
        assertEquals(List.of(app2, app1), ids(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("package", "app-container"))));
        assertEquals(List.of(app2), ids(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("package", "app-container", "latest", 1))));
        assertEquals(List.of(app2, app1), ids(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("type", "image"))));
        assertEquals(List.of(tools.id()), ids(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("owner", "alice"))));
        assertEquals(List.of(app2, app1), ids(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("prefix", "APP"))));

        Map<String, Object> newest = records(anonymous.call("listTagged", "containers-candidate")).get(0);
        assertEquals("containers-candidate", newest.get("tag_name"));
        assertEquals(candidate.id(), newest.get("tag_id"));
        assertEquals("app-container-1.0-2", newest.get("nvr"));
        assertFalse(newest.containsKey("extra"));
        Map<String, Object> withExtra = records(anonymous.call("listTagged", List.of("containers-candidate"),
                kwargs("extra", true))).get(0);
        assertTrue(record(withExtra.get("extra")).containsKey("image"));
    }

    @Test
    void aMissingTagIsAnErrorUnlessNotStrict() {
        KojiSession anonymous = hub.anonymous();

        assertFault(FaultCode.GENERIC_ERROR, "No such tagInfo: 'nosuch'", () -> anonymous.call("listTagged", "nosuch"));
        assertEquals(List.of(), anonymous.call("listTagged", List.of("nosuch"), kwargs("strict", false)));
        assertFault(FaultCode.PARAMETER_ERROR, "listTagged(): event is not supported by this hub (no tag history "
                + "queries)", () -> anonymous.call("listTagged", List.of("containers-candidate"), kwargs("event", 3)));
    }

    private static List<Object> ids(Object builds) {
        return records(builds).stream().map(build -> build.get("build_id")).toList();
    }

    @Test
    void listTagsAnswersATagsBuildOrPackageAndEveryTagWithoutAFilter() {
        int buildId = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");
        Tag other = hub.tag("containers-other");
        hub.listPackage(other, "app-container", osbsUser, true);
        osbs.call("tagBuild", "containers-candidate", buildId);
        KojiSession anonymous = hub.anonymous();

        List<Map<String, Object>> ofBuild = records(anonymous.call("listTags", buildId));
        assertEquals(List.of("containers-candidate"), ofBuild.stream().map(tag -> tag.get("name")).toList());
        assertEquals(List.of("id", "name", "perm_id", "perm", "arches", "locked", "maven_support", "maven_include_all"),
                List.copyOf(ofBuild.get(0).keySet()));
        assertEquals(ofBuild, records(anonymous.call("listTags", "app-container-1.0-1")));
        List<Map<String, Object>> ofPackage = records(anonymous.call("listTags", List.of(), kwargs("package",
                "app-container")));
        assertEquals(List.of("containers-candidate false", "containers-other true"), ofPackage.stream()
                .map(tag -> tag.get("name") + " " + tag.get("blocked")).toList());
        assertEquals("osbs", ofPackage.get(0).get("owner_name"));
        assertEquals(List.of("containers-candidate", "containers-other"),
                records(anonymous.call("listTags", List.of(), kwargs("pattern", "CONTAINERS-*"))).stream()
                        .map(tag -> tag.get("name")).toList());
        assertEquals(2, anonymous.call("listTags", List.of(), kwargs("queryOpts", Map.of("countOnly", true))));
        assertFault(FaultCode.GENERIC_ERROR, "No such build: 'nosuch-1-1'", () -> anonymous.call("listTags", "nosuch-1-1"));
        assertFault(FaultCode.GENERIC_ERROR, "only one of build and package may be specified",
                () -> anonymous.call("listTags", buildId, "app-container"));
    }
}
