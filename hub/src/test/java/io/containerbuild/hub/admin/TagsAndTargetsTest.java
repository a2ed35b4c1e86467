package io.containerbuild.hub.admin;

import static io.containerbuild.hub.admin.AdminHub.assertFault;
import static io.containerbuild.hub.admin.AdminHub.call;
import static io.containerbuild.hub.admin.AdminHub.list;
import static io.containerbuild.hub.admin.AdminHub.listOf;
import static io.containerbuild.hub.admin.AdminHub.mapOf;
import static io.containerbuild.hub.admin.AdminHub.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.containerbuild.wire.KojiSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags, their build configs and build targets through the Java client. */
class TagsAndTargetsTest {
    @TempDir
    static Path dataDir;

    private static AdminHub hub;
    private static KojiSession admin;

    @BeforeAll
    static void start() throws Exception {
        hub = AdminHub.start(dataDir);
        admin = hub.admin();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void createTagAnswersTheIdAndGetTagAnswersKojisRecord() {
        Object id = call(admin, "createTag", List.of("f40-build"), "arches", "x86_64,aarch64", "locked", true,
                "extra", mapOf("mock.package_manager", "dnf", "rpm.macro.dist", ".fc40"));

        assertInstanceOf(Integer.class, id);
        Map<String, Object> record = mapOf("id", id, "name", "f40-build", "perm_id", null, "perm", null,
                "arches", "x86_64 aarch64", "locked", true, "maven_support", false, "maven_include_all", false,
                "extra", mapOf("mock.package_manager", "dnf", "rpm.macro.dist", ".fc40"));
        assertEquals(record, hub.anonymous().call("getTag", "f40-build"));
        assertEquals(record, admin.call("getTag", id));
        assertEquals(record, admin.call("getTag", mapOf("id", id)));
        assertEquals(record, admin.call("getTag", mapOf("name", "f40-build")));
    }

    @Test
    void createTagTakesAPermissionByNameOrIdAndDefaultsToAnUnlockedTagWithoutArches() {
        admin.call("createTag", "plain");
        call(admin, "createTag", List.of("guarded"), "perm", "admin");
        call(admin, "createTag", List.of("guarded-by-id"), "perm", 11);

        Map<String, Object> plain = struct(admin.call("getTag", "plain"));
        assertNull(plain.get("arches"));
        assertEquals(false, plain.get("locked"));
        assertEquals(Map.of(), plain.get("extra"));
        assertEquals(listOf(1, "admin"), listOf(struct(admin.call("getTag", "guarded")).get("perm_id"),
                struct(admin.call("getTag", "guarded")).get("perm")));
        assertEquals("tag", struct(admin.call("getTag", "guarded-by-id")).get("perm"));
    }

    @Test
    void createTagRefusesDuplicatesParentsMavenBadArchesAndUnknownPermissions() {
        admin.call("createTag", "taken");

        assertFault(1000, "A tag with the name 'taken' already exists", () -> admin.call("createTag", "taken"));
        assertFault(1000, "this hub has no tag inheritance: create child without a parent",
                () -> admin.call("createTag", "child", "taken"));
        assertFault(1000, "Parent tag 'nosuch' could not be found", () -> admin.call("createTag", "orphan", "nosuch"));
        assertFault(1000, "Maven support not enabled",
                () -> call(admin, "createTag", List.of("mvn"), "maven_support", true));
        assertFault(1000, "Architecture can be only [a-zA-Z0-9_-]",
                () -> call(admin, "createTag", List.of("weird"), "arches", "x86_64;ppc"));
        assertFault(1000, "No such entry in table permissions: nosuch",
                () -> call(admin, "createTag", List.of("unguarded"), "perm", "nosuch"));
        assertFault(1000, "Name bad tag does not match RegexNameInternal value", () -> admin.call("createTag", "bad tag"));
        assertNull(admin.call("getTag", "child"));
        assertNull(admin.call("getTag", "weird"));
    }

    @Test
    void tagChangesNeedTheTagPermissionOrAdmin() {
        hub.person("tagger", "pw", "tag");
        hub.person("builder", "pw", "target", "host");
        KojiSession tagger = hub.login("tagger", "pw");

        assertInstanceOf(Integer.class, tagger.call("createTag", "taggers-own"));
        assertNull(call(tagger, "editTag2", List.of("taggers-own"), "locked", true));
        assertFault(1004, "tag permission required (logged in as builder)",
                () -> hub.login("builder", "pw").call("createTag", "nope"));
        assertFault(1004, "tag permission required (logged in as builder)",
                () -> call(hub.login("builder", "pw"), "editTag2", List.of("taggers-own"), "locked", false));
        assertFault(1004, "tag permission required (user not logged in)",
                () -> hub.anonymous().call("createTag", "nope"));
        assertEquals(true, struct(admin.call("getTag", "taggers-own")).get("locked"));
    }

    @Test
    void getTagAnswersNilOrFaultsForUnknownTagsAndEchoesTheEvent() {
        admin.call("createTag", "echoed");
        Object lastEvent = struct(admin.call("getLastEvent")).get("id");

        assertNull(admin.call("getTag", "nosuch"));
        assertNull(admin.call("getTag", 99999));
        assertFault(1000, "No such tagInfo: 'nosuch'", () -> call(admin, "getTag", List.of("nosuch"), "strict", true));
        assertFault(1000, "No such tagInfo: 99999", () -> call(admin, "getTag", List.of(99999), "strict", true));
        assertEquals(lastEvent, struct(call(admin, "getTag", List.of("echoed"), "event", lastEvent)).get("query_event"));
        assertFault(1019, "Invalid name or id value: 1.5", () -> admin.call("getTag", 1.5));
    }

    @Test
    void getTagWithBlockedAnswersExtraAsBlockedValuePairs() {
        call(admin, "createTag", List.of("pairs"), "extra", mapOf("a", 1));

        assertEquals(mapOf("a", listOf(false, 1)), struct(call(admin, "getTag", List.of("pairs"), "blocked", true))
                .get("extra"));
    }

    @Test
    void editTag2LocksAndUnlocksAndChangesOnlyWhatIsGiven() {
        call(admin, "createTag", List.of("lockable"), "arches", "x86_64", "extra", mapOf("keep", "me"));

        assertNull(call(admin, "editTag2", List.of("lockable"), "locked", true));
        Map<String, Object> locked = struct(admin.call("getTag", "lockable"));
        assertEquals(true, locked.get("locked"));
        assertEquals("x86_64", locked.get("arches"));
        assertEquals(mapOf("keep", "me"), locked.get("extra"));

        call(admin, "editTag2", List.of("lockable"), "locked", false);
        assertEquals(false, struct(admin.call("getTag", "lockable")).get("locked"));
    }

    @Test
    void editTag2RenamesChangesArchesPermissionsAndExtra() {
        call(admin, "createTag", List.of("before"), "extra", mapOf("old", 1, "gone", 2));
        Object id = struct(admin.call("getTag", "before")).get("id");

        call(admin, "editTag2", List.of(id), "name", "after", "arches", "x86_64, ppc64le", "perm", "tag",
                "extra", mapOf("new", mapOf("nested", true)), "remove_extra", List.of("gone"));

        assertEquals(mapOf("id", id, "name", "after", "perm_id", 11, "perm", "tag", "arches", "x86_64 ppc64le",
                "locked", false, "maven_support", false, "maven_include_all", false,
                "extra", mapOf("old", 1, "new", mapOf("nested", true))), admin.call("getTag", id));
        call(admin, "editTag2", List.of("after"), "perm", null, "block_extra", List.of("old"));
        Map<String, Object> after = struct(admin.call("getTag", "after"));
        assertNull(after.get("perm"));
        assertEquals(mapOf("new", mapOf("nested", true)), after.get("extra"));
    }

    @Test
    void editTag2RefusesConflictsMissingExtrasMavenAndUnknownKeywords() {
        admin.call("createTag", "edited");
        admin.call("createTag", "occupied");

        assertFault(1000, "Name occupied already taken by tag " + struct(admin.call("getTag", "occupied")).get("id"),
                () -> call(admin, "editTag2", List.of("edited"), "name", "occupied"));
        assertFault(1000, "Tag: edited doesn't have extra: a, b",
                () -> call(admin, "editTag2", List.of("edited"), "remove_extra", List.of("a", "b")));
        assertFault(1000, "Can not both add/update and remove tag-extra: 'x'",
                () -> call(admin, "editTag2", List.of("edited"), "extra", mapOf("x", 1), "remove_extra", List.of("x")));
        assertFault(1000, "Maven support not enabled",
                () -> call(admin, "editTag2", List.of("edited"), "maven_support", false));
        assertFault(1019, "editTag2() got an unexpected keyword argument 'lock'",
                () -> call(admin, "editTag2", List.of("edited"), "lock", true));
        assertFault(1000, "No such tagInfo: 'nosuch'", () -> call(admin, "editTag2", List.of("nosuch"), "locked", true));
        assertEquals(false, struct(admin.call("getTag", "edited")).get("locked"));
    }

    @Test
    void editTagWritesEverySettingPositionally() {
        call(admin, "createTag", List.of("legacy"), "arches", "x86_64", "perm", "admin");

        assertNull(admin.call("editTag", "legacy", "legacy2", "aarch64", true, null));

        Map<String, Object> record = struct(admin.call("getTag", "legacy2"));
        assertEquals(listOf("aarch64", true, null), listOf(record.get("arches"), record.get("locked"), record.get("perm")));
        assertFault(1019, "editTag() missing 1 required positional argument: 'permissionID'",
                () -> admin.call("editTag", "legacy2", "legacy2", "aarch64", true));
    }

    @Test
    void getBuildConfigIsTheTagItselfWithoutInheritance() {
        call(admin, "createTag", List.of("configured"), "arches", "i686 x86_64", "extra", mapOf("k", "v"));
        Object lastEvent = struct(admin.call("getLastEvent")).get("id");

        Map<String, Object> config = struct(hub.anonymous().call("getBuildConfig", "configured"));
        assertEquals("i686 x86_64", config.get("arches"));
        assertEquals(mapOf("k", "v"), config.get("extra"));
        assertEquals(mapOf("extra", Map.of(), "arches", null), config.get("config_inheritance"));
        assertEquals(lastEvent, struct(admin.call("getBuildConfig", "configured", lastEvent)).get("query_event"));
        assertFault(1000, "No such tagInfo: 'nosuch'", () -> admin.call("getBuildConfig", "nosuch"));
    }

    @Test
    void createBuildTargetLinksABuildTagAndADestinationTag() {
        Object build = admin.call("createTag", "c-build");
        Object dest = admin.call("createTag", "c-candidate");

        assertNull(admin.call("createBuildTarget", "c-target", "c-build", dest));

        Map<String, Object> target = struct(hub.anonymous().call("getBuildTarget", "c-target"));
        assertEquals(mapOf("id", target.get("id"), "name", "c-target", "build_tag", build, "build_tag_name", "c-build",
                "dest_tag", dest, "dest_tag_name", "c-candidate"), target);
        assertEquals(target, admin.call("getBuildTarget", target.get("id")));
        assertEquals(target, admin.call("getBuildTarget", mapOf("name", "c-target")));
        assertEquals(List.of(target), call(admin, "getBuildTargets", List.of(), "buildTagID", "c-build"));
        assertEquals(List.of(target), call(admin, "getBuildTargets", List.of(), "destTagID", dest));
        assertEquals(List.of(), call(admin, "getBuildTargets", List.of(), "destTagID", "nosuch"));
        assertEquals(List.of(target), admin.call("getBuildTargets", "c-target"));
    }

    @Test
    void createBuildTargetRefusesDuplicatesAndMissingTags() {
        admin.call("createTag", "d-build");
        admin.call("createTag", "d-dest");
        admin.call("createBuildTarget", "d-target", "d-build", "d-dest");

        assertFault(1000, "A build target with the name 'd-target' already exists",
                () -> admin.call("createBuildTarget", "d-target", "d-build", "d-dest"));
        assertFault(1000, "build tag 'nosuch' does not exist",
                () -> admin.call("createBuildTarget", "d-other", "nosuch", "d-dest"));
        assertFault(1000, "destination tag 'nosuch' does not exist",
                () -> admin.call("createBuildTarget", "d-other", "d-build", "nosuch"));
        assertNull(admin.call("getBuildTarget", "d-other"));
    }

    @Test
    void buildTargetsNeedTheTargetPermissionOrAdmin() {
        admin.call("createTag", "e-build");
        hub.person("targeteer", "pw", "target");
        hub.person("tagonly", "pw", "tag");

        assertNull(hub.login("targeteer", "pw").call("createBuildTarget", "e-target", "e-build", "e-build"));
        assertFault(1004, "target permission required (logged in as tagonly)",
                () -> hub.login("tagonly", "pw").call("createBuildTarget", "e-other", "e-build", "e-build"));
    }

    @Test
    void getBuildTargetAnswersNilOrFaultsForUnknownTargets() {
        assertNull(admin.call("getBuildTarget", "nosuch"));
        assertFault(1000, "No such build target: nosuch",
                () -> call(admin, "getBuildTarget", List.of("nosuch"), "strict", true));
        assertNull(call(admin, "getBuildTarget", List.of("nosuch"), "event", 1));
    }

    @Test
    void getBuildTargetsListsEveryTargetAndTakesQueryOptions() {
        admin.call("createTag", "g-tag");
        admin.call("createBuildTarget", "g-one", "g-tag", "g-tag");
        admin.call("createBuildTarget", "g-two", "g-tag", "g-tag");

        List<Object> names = list(admin.call("getBuildTargets")).stream().map(t -> struct(t).get("name")).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(2, call(admin, "getBuildTargets", List.of(), "buildTagID", "g-tag", "queryOpts",
                mapOf("countOnly", true)));
        assertEquals("g-two", struct(list(call(admin, "getBuildTargets", List.of(), "buildTagID", "g-tag",
                "queryOpts", mapOf("order", "-name"))).get(0)).get("name"));
    }
}
