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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.wire.KojiSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code createUser}, {@code getUser}, grants and permission queries through the Java client. */
class UsersAndPermissionsTest {
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
    void createUserAnswersTheIdAndTheUserCanLogInWithThePassword() {
        Object id = call(admin, "createUser", List.of("alice"), "password", "alice-pw");

        assertInstanceOf(Integer.class, id);
        assertEquals(mapOf("id", id, "name", "alice", "status", 0, "usertype", 0, "krb_principals", List.of()),
                admin.call("getUser", "alice"));
        KojiSession alice = hub.login("alice", "alice-pw");
        assertEquals("alice", struct(alice.call("getLoggedInUser")).get("name"));
        assertEquals(struct(admin.call("getUser", id)), alice.call("getUser"));
    }

    @Test
    void aUserCreatedBlockedCannotLogIn() {
        call(admin, "createUser", List.of("mallory"), "status", 1, "password", "pw");

        assertEquals(1, struct(admin.call("getUser", "mallory")).get("status"));
        assertFault(1002, "invalid username or password", () -> hub.login("mallory", "pw"));
    }

    @Test
    void aUserWithoutAPasswordExistsButCannotLogIn() {
        admin.call("createUser", "nopass");

        assertEquals("nopass", struct(admin.call("getUser", "nopass")).get("name"));
        assertFault(1002, "invalid username or password", () -> hub.login("nopass", ""));
    }

    @Test
    void createUserRefusesDuplicatesBadNamesStatusesAndPrincipals() {
        admin.call("createUser", "dup");

        assertFault(1000, "user already exists: dup", () -> admin.call("createUser", "dup"));
        assertFault(1000, "user already exists: kojiadmin", () -> admin.call("createUser", "kojiadmin"));
        assertFault(1000, "Name no spaces does not match RegexUserName value",
                () -> admin.call("createUser", "no spaces"));
        assertFault(1000, "Name should be string", () -> admin.call("createUser", 42));
        assertFault(1000, "invalid status: 7", () -> call(admin, "createUser", List.of("x1"), "status", 7));
        assertFault(1000, "this hub has no Kerberos logins; create x2 without a principal and give it a password",
                () -> call(admin, "createUser", List.of("x2"), "krb_principal", "x2@EXAMPLE.COM"));
        assertNull(admin.call("getUser", "x1"));
    }

    @Test
    void onlyAdminsCreateUsers() {
        hub.person("carol", "carol-pw", "tag", "host", "target");
        KojiSession carol = hub.login("carol", "carol-pw");

        assertFault(1004, "admin permission required (logged in as carol)", () -> carol.call("createUser", "x3"));
        assertFault(1004, "admin permission required (user not logged in)",
                () -> hub.anonymous().call("createUser", "x3"));
        assertNull(admin.call("getUser", "x3"));
    }

    @Test
    void getUserFindsByIdNameAndStructAndAnswersNilOrFaultsForUnknownOnes() {
        Object id = admin.call("createUser", "dave");
        Map<String, Object> dave = struct(admin.call("getUser", "dave"));

        assertEquals(dave, admin.call("getUser", id));
        assertEquals(dave, admin.call("getUser", mapOf("name", "dave")));
        assertEquals(dave, admin.call("getUser", mapOf("id", id, "name", "dave")));
        assertNull(admin.call("getUser", mapOf("id", id, "name", "someone-else")));
        assertNull(admin.call("getUser", "nobody"));
        assertNull(admin.call("getUser", 99999));
        assertFault(1000, "No such user: 'nobody'", () -> call(admin, "getUser", List.of("nobody"), "strict", true));
        assertFault(1000, "No such user: 99999", () -> call(admin, "getUser", List.of(99999), "strict", true));
        assertFault(1000, "Invalid type for userInfo: <class 'list'>", () -> admin.call("getUser", List.of("dave")));
        assertFault(1000, "Invalid type for userid: <class 'float'>",
                () -> admin.call("getUser", mapOf("id", 1.5)));
    }

    @Test
    void getUserOptionsShapeTheRecordAndAnonymousCallersMustNameSomeone() {
        admin.call("createUser", "erin");

        assertEquals(List.of("id", "name", "status", "usertype"),
                List.copyOf(struct(call(admin, "getUser", List.of("erin"), "krb_princs", false)).keySet()));
        assertEquals(List.of(), struct(call(admin, "getUser", List.of("erin"), "groups", true)).get("groups"));
        assertEquals("erin", struct(hub.anonymous().call("getUser", "erin")).get("name"));
        assertFault(1000, "No user provided", () -> hub.anonymous().call("getUser"));
    }

    @Test
    void grantAndRevokeChangeWhatHasPermAndGetPermsAnswer() {
        hub.person("frank", "frank-pw");
        KojiSession frank = hub.login("frank", "frank-pw");

        assertNull(admin.call("grantPermission", "frank", "tag"));
        assertEquals(true, frank.call("hasPerm", "tag"));
        assertEquals(List.of("tag"), frank.call("getPerms"));
        assertFault(1000, "user frank already has permission: tag", () -> admin.call("grantPermission", "frank", "tag"));

        assertNull(admin.call("revokePermission", "frank", "tag"));
        assertEquals(false, frank.call("hasPerm", "tag"));
        assertEquals(List.of(), frank.call("getPerms"));
        assertFault(1000, "user frank does not have permission: tag",
                () -> admin.call("revokePermission", "frank", "tag"));
    }

    @Test
    void grantPermissionCanCreateAPermissionWithADescription() {
        hub.person("grace", "grace-pw");

        assertNull(call(admin, "grantPermission", List.of("grace", "runroot"), "create", true,
                "description", "Run tasks in buildroots."));

        Map<String, Object> runroot = list(admin.call("getAllPerms")).stream().map(AdminHub::struct)
                .filter(perm -> "runroot".equals(perm.get("name"))).findFirst().orElseThrow();
        assertEquals("Run tasks in buildroots.", runroot.get("description"));
        assertEquals(true, hub.login("grace", "grace-pw").call("hasPerm", "runroot"));
    }

    @Test
    void grantPermissionRefusesUnknownUsersAndPermissionsAndStrayDescriptions() {
        hub.person("heidi", "heidi-pw");

        assertFault(1000, "No such entry in table permissions: nosuch",
                () -> admin.call("grantPermission", "heidi", "nosuch"));
        assertFault(1000, "No such user: 'ghost'", () -> admin.call("grantPermission", "ghost", "tag"));
        assertFault(1000, "Description should be specified only with create.",
                () -> call(admin, "grantPermission", List.of("heidi", "tag"), "description", "x"));
        assertFault(1000, "Name bad perm does not match RegexNameInternal value",
                () -> call(admin, "grantPermission", List.of("heidi", "bad perm"), "create", true));
        assertFault(1000, "No such entry in table permissions: nosuch",
                () -> admin.call("revokePermission", "heidi", "nosuch"));
    }

    @Test
    void onlyAdminsGrantAndRevoke() {
        hub.person("ivan", "ivan-pw", "tag");
        KojiSession ivan = hub.login("ivan", "ivan-pw");

        assertFault(1004, "admin permission required (logged in as ivan)",
                () -> ivan.call("grantPermission", "ivan", "host"));
        assertFault(1004, "admin permission required (logged in as ivan)",
                () -> ivan.call("revokePermission", "ivan", "tag"));
        assertEquals(false, ivan.call("hasPerm", "host"));
    }

    @Test
    void hasPermIsExactMembershipAndStrictChecksThePermissionExists() {
        assertEquals(true, admin.call("hasPerm", "admin"));
        assertEquals(false, admin.call("hasPerm", "tag"));
        assertEquals(false, admin.call("hasPerm", "nosuch"));
        assertEquals(false, hub.anonymous().call("hasPerm", "admin"));
        assertFault(1000, "No such permission nosuch defined", () -> call(admin, "hasPerm", List.of("nosuch"),
                "strict", true));
    }

    @Test
    void getPermsIsTheCallersOwnAndGetAllPermsListsTheSeededOnes() {
        assertEquals(List.of("admin"), admin.call("getPerms"));
        assertEquals(List.of(), hub.anonymous().call("getPerms"));

        List<Object> all = list(hub.anonymous().call("getAllPerms"));
        assertEquals(mapOf("id", 1, "name", "admin", "description", "Full administrator access. Perform all actions."),
                all.get(0));
        List<Object> names = all.stream().map(perm -> struct(perm).get("name")).toList();
        assertTrue(names.containsAll(listOf("admin", "appliance", "dist-repo", "host", "image", "image-import",
                "livecd", "maven-import", "repo", "sign", "tag", "target", "win-admin", "win-import",
                "draft-promoter")), names.toString());
    }
}
