package io.containerbuild.hub.admin;

import static io.containerbuild.hub.admin.AdminHub.assertFault;
import static io.containerbuild.hub.admin.AdminHub.call;
import static io.containerbuild.hub.admin.AdminHub.list;
import static io.containerbuild.hub.admin.AdminHub.mapOf;
import static io.containerbuild.hub.admin.AdminHub.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.containerbuild.wire.KojiSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package lists through the Java client, with the answers the builder's whitelist check reads from
 * {@code getPackageConfig}: nil for a package not on the list, {@code blocked} for a blocked one.
 */
class PackageListsTest {
    @TempDir
    static Path dataDir;

    private static AdminHub hub;
    private static KojiSession admin;
    private static Object adminId;

    @BeforeAll
    static void start() throws Exception {
        hub = AdminHub.start(dataDir);
        admin = hub.admin();
        adminId = struct(admin.call("getLoggedInUser")).get("id");
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void anAddedPackageHasItsConfigInTheTag() {
        Object tagId = admin.call("createTag", "a-candidate");

        assertNull(call(admin, "packageListAdd", List.of("a-candidate", "hello-container"), "owner", "kojiadmin"));

        Map<String, Object> config = struct(hub.anonymous().call("getPackageConfig", "a-candidate", "hello-container"));
        assertEquals(mapOf("package_id", config.get("package_id"), "package_name", "hello-container",
                "tag_id", tagId, "tag_name", "a-candidate", "extra_arches", null, "blocked", false,
                "owner_id", adminId, "owner_name", "kojiadmin"), config);
        assertEquals(config, admin.call("getPackageConfig", tagId, config.get("package_id")));
        assertEquals(config, call(admin, "getPackageConfig", List.of("a-candidate", "hello-container"), "event",
                struct(admin.call("getLastEvent")).get("id")));
        assertEquals(List.of(config), call(admin, "listPackages", List.of(), "tagID", "a-candidate"));
    }

    @Test
    void getPackageConfigAnswersNilForAnUnlistedPackageOrAnUnknownTag() {
        admin.call("createTag", "b-candidate");
        admin.call("createTag", "b-other");
        call(admin, "packageListAdd", List.of("b-other", "listed-elsewhere"), "owner", "kojiadmin");

        assertNull(admin.call("getPackageConfig", "b-candidate", "listed-elsewhere"));
        assertNull(admin.call("getPackageConfig", "b-candidate", "never-heard-of"));
        assertNull(admin.call("getPackageConfig", "nosuch-tag", "listed-elsewhere"));
    }

    @Test
    void aBlockedPackageStaysListedAsBlocked() {
        admin.call("createTag", "c-candidate");
        call(admin, "packageListAdd", List.of("c-candidate", "blocked-container"), "owner", "kojiadmin");

        assertNull(admin.call("packageListBlock", "c-candidate", "blocked-container"));

        assertEquals(true, struct(admin.call("getPackageConfig", "c-candidate", "blocked-container")).get("blocked"));
        assertFault(1000, "package blocked-container is blocked in tag c-candidate",
                () -> call(admin, "packageListAdd", List.of("c-candidate", "blocked-container"), "block", false));
        assertNull(call(admin, "packageListAdd", List.of("c-candidate", "blocked-container"), "block", false,
                "force", true));
        assertEquals(false, struct(admin.call("getPackageConfig", "c-candidate", "blocked-container")).get("blocked"));
    }

    @Test
    void aPackageCanBeAddedBlockedRightAway() {
        admin.call("createTag", "d-candidate");

        call(admin, "packageListAdd", List.of("d-candidate", "never-allowed"), "owner", "kojiadmin", "block", true);

        assertEquals(true, struct(admin.call("getPackageConfig", "d-candidate", "never-allowed")).get("blocked"));
    }

    @Test
    void packageListAddNeedsAnOwnerUnlessForcedAndKeepsTheEntryOtherwise() {
        admin.call("createTag", "e-candidate");
        hub.person("packager", "pw");

        assertFault(1000, "owner not specified", () -> admin.call("packageListAdd", "e-candidate", "ownerless"));
        call(admin, "packageListAdd", List.of("e-candidate", "ownerless"), "force", true);
        assertEquals("kojiadmin", struct(admin.call("getPackageConfig", "e-candidate", "ownerless")).get("owner_name"));

        call(admin, "packageListAdd", List.of("e-candidate", "ownerless"), "owner", "packager", "extra_arches", "noarch");
        Map<String, Object> changed = struct(admin.call("getPackageConfig", "e-candidate", "ownerless"));
        assertEquals(List.of("packager", "noarch", false), List.of(changed.get("owner_name"), changed.get("extra_arches"),
                changed.get("blocked")));
        assertNull(admin.call("packageListAdd", "e-candidate", "ownerless"));
        assertEquals(changed, admin.call("getPackageConfig", "e-candidate", "ownerless"));
    }

    @Test
    void packageListAddRefusesUnknownTagsOwnersPackageIdsAndUpdatesOfNothing() {
        admin.call("createTag", "f-candidate");

        assertFault(1000, "No such tagInfo: 'nosuch'",
                () -> call(admin, "packageListAdd", List.of("nosuch", "pkg"), "owner", "kojiadmin"));
        assertFault(1000, "No such user: 'ghost'",
                () -> call(admin, "packageListAdd", List.of("f-candidate", "pkg"), "owner", "ghost"));
        assertFault(1000, "No such package: 99999",
                () -> call(admin, "packageListAdd", List.of("f-candidate", 99999), "owner", "kojiadmin"));
        assertFault(1000, "cannot update: tag f-candidate has no data for package pkg",
                () -> call(admin, "packageListAdd", List.of("f-candidate", "pkg"), "owner", "kojiadmin",
                        "update", true));
        assertNull(admin.call("getPackageConfig", "f-candidate", "pkg"));
    }

    @Test
    void packageListBlockNeedsAPackageTheTagLists() {
        admin.call("createTag", "g-candidate");
        admin.call("createTag", "g-other");
        call(admin, "packageListAdd", List.of("g-other", "elsewhere"), "owner", "kojiadmin");

        assertFault(1000, "Package elsewhere is not in tag listing for g-candidate",
                () -> admin.call("packageListBlock", "g-candidate", "elsewhere"));
        assertFault(1000, "No such entry in table package: nosuch",
                () -> admin.call("packageListBlock", "g-candidate", "nosuch"));
        assertFault(1000, "No such tagInfo: 'nosuch'", () -> admin.call("packageListBlock", "nosuch", "elsewhere"));
    }

    @Test
    void thePackageListPolicyLetsAdminsAndTaggersChangeLists() {
        admin.call("createTag", "h-candidate");
        hub.person("tagger", "pw", "tag");
        hub.person("outsider", "pw", "target");

        assertNull(call(hub.login("tagger", "pw"), "packageListAdd", List.of("h-candidate", "by-tagger"),
                "owner", "tagger"));
        assertFault(1004, "policy violation (package_list)", () -> call(hub.login("outsider", "pw"),
                "packageListAdd", List.of("h-candidate", "by-outsider"), "owner", "outsider"));
        assertFault(1004, "policy violation (package_list)",
                () -> hub.login("outsider", "pw").call("packageListBlock", "h-candidate", "by-tagger"));
        assertFault(1004, "you must be logged in for this operation", () -> call(hub.anonymous(),
                "packageListAdd", List.of("h-candidate", "by-nobody"), "owner", "kojiadmin"));
        assertNull(admin.call("getPackageConfig", "h-candidate", "by-outsider"));
        assertEquals(false, struct(admin.call("getPackageConfig", "h-candidate", "by-tagger")).get("blocked"));
    }

    @Test
    void listPackagesFiltersByTagOwnerPackagePrefixAndBlocked() {
        admin.call("createTag", "i-one");
        admin.call("createTag", "i-two");
        hub.person("owner-i", "pw");
        call(admin, "packageListAdd", List.of("i-one", "iapp"), "owner", "owner-i");
        call(admin, "packageListAdd", List.of("i-one", "ilib"), "owner", "kojiadmin", "block", true);
        call(admin, "packageListAdd", List.of("i-two", "iapp"), "owner", "owner-i");

        assertEquals(List.of("iapp", "ilib"), names(call(admin, "listPackages", List.of(), "tagID", "i-one")));
        assertEquals(List.of("iapp"), names(call(admin, "listPackages", List.of(), "tagID", "i-one",
                "with_blocked", false)));
        assertEquals(List.of("i-one", "i-two"), list(call(admin, "listPackages", List.of(), "pkgID", "iapp"))
                .stream().map(entry -> struct(entry).get("tag_name")).toList());
        assertEquals(2, list(call(admin, "listPackages", List.of(), "userID", "owner-i")).size());
        assertEquals(List.of("package_id", "package_name", "tag_id", "tag_name", "extra_arches", "blocked"),
                List.copyOf(struct(list(call(admin, "listPackages", List.of(), "tagID", "i-two", "with_owners",
                        false)).get(0)).keySet()));
        assertEquals(List.of("ilib"), names(call(admin, "listPackages", List.of(), "tagID", "i-one", "prefix", "IL")));
        assertEquals(1, call(admin, "listPackages", List.of(), "tagID", "i-two", "queryOpts", mapOf("countOnly", true)));

        assertFault(1000, "No such entry in table tag: nosuch",
                () -> call(admin, "listPackages", List.of(), "tagID", "nosuch"));
        assertFault(1000, "No such entry in table package: nosuch",
                () -> call(admin, "listPackages", List.of(), "pkgID", "nosuch"));
        assertFault(1000, "userID and with_owners=False can't be used together",
                () -> call(admin, "listPackages", List.of(), "userID", "owner-i", "with_owners", false));
    }

    @Test
    void listPackagesWithoutAFilterListsEveryPackageName() {
        admin.call("createTag", "j-candidate");
        call(admin, "packageListAdd", List.of("j-candidate", "jpkg"), "owner", "kojiadmin");

        List<Object> all = list(call(admin, "listPackages", List.of(), "prefix", "jp"));
        assertEquals(List.of(mapOf("package_id", struct(all.get(0)).get("package_id"), "package_name", "jpkg")), all);
    }

    @Test
    void getPackageIdAnswersTheIdOfANameOrNil() {
        admin.call("createTag", "k-candidate");
        call(admin, "packageListAdd", List.of("k-candidate", "kpkg"), "owner", "kojiadmin");
        Object id = struct(hub.anonymous().call("getPackageConfig", "k-candidate", "kpkg")).get("package_id");

        assertEquals(id, hub.anonymous().call("getPackageID", "kpkg"));
        assertNull(hub.anonymous().call("getPackageID", "nosuch"));
        assertFault(1000, "No such package name: nosuch",
                () -> call(hub.anonymous(), "getPackageID", List.of("nosuch"), "strict", true));
    }

    private static List<Object> names(Object records) {
        return list(records).stream().map(record -> struct(record).get("package_name")).toList();
    }
}
