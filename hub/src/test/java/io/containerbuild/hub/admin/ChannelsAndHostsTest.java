package io.containerbuild.hub.admin;

import static io.containerbuild.hub.admin.AdminHub.assertFault;
import static io.containerbuild.hub.admin.AdminHub.call;
import static io.containerbuild.hub.admin.AdminHub.list;
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

/** Channels and build hosts through the Java client. */
class ChannelsAndHostsTest {
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
    void addChannelAnswersTheIdAndGetChannelFindsItByNameIdAndStruct() {
        Object id = call(admin, "addChannel", List.of("container-binary"), "description", "binary container builds");

        assertInstanceOf(Integer.class, id);
        Map<String, Object> record = mapOf("id", id, "name", "container-binary", "description",
                "binary container builds", "enabled", true, "comment", null);
        assertEquals(record, hub.anonymous().call("getChannel", "container-binary"));
        assertEquals(record, admin.call("getChannel", id));
        assertEquals(record, admin.call("getChannel", mapOf("name", "container-binary")));
        assertFault(1000, "channel container-binary already exists (id=" + id + ")",
                () -> admin.call("addChannel", "container-binary"));
    }

    @Test
    void addChannelNeedsAdminEvenForHostAdministrators() {
        hub.person("hostadmin", "pw", "host");

        assertFault(1004, "admin permission required (logged in as hostadmin)",
                () -> hub.login("hostadmin", "pw").call("addChannel", "nope"));
        assertFault(1000, "Name bad/name! does not match RegexNameInternal value",
                () -> admin.call("addChannel", "bad/name!"));
        assertFault(1019, "Channel description must be a string",
                () -> call(admin, "addChannel", List.of("numbered"), "description", 5));
        assertNull(admin.call("getChannel", "nope"));
    }

    @Test
    void getChannelAnswersNilForUnknownChannelsOrFaultsWhenStrict() {
        assertNull(admin.call("getChannel", "nosuch"));
        assertNull(admin.call("getChannel", 9999));
        assertFault(1000, "query returned no rows", () -> call(admin, "getChannel", List.of("nosuch"), "strict", true));
        assertFault(1019, "Invalid name or id value: [1]", () -> admin.call("getChannel", List.of(1)));
        assertFault(1019, "Invalid name or id value: {'neither': 1}",
                () -> admin.call("getChannel", mapOf("neither", 1)));
    }

    @Test
    void listChannelsListsAllOrAHostsOrTheEnabledOnes() {
        List<Object> all = list(hub.anonymous().call("listChannels"));
        assertEquals(mapOf("id", 1, "name", "default", "description", null, "enabled", true, "comment", null),
                all.get(0));
        assertTrue(names(all).containsAll(List.of("default", "createrepo", "maven", "livecd", "appliance", "vm",
                "image", "livemedia")), all.toString());
        assertEquals(names(all), names(call(admin, "listChannels", List.of(), "enabled", true)));
        assertEquals(List.of(), call(admin, "listChannels", List.of(), "enabled", false));

        call(admin, "addHost", List.of("lister.example.com", List.of("x86_64")));
        assertEquals(List.of("default"), names(call(admin, "listChannels", List.of(), "hostID", "lister.example.com")));
        Object hostId = struct(admin.call("getHost", "lister.example.com")).get("id");
        assertEquals(List.of("default"), names(admin.call("listChannels", hostId)));
        assertEquals(List.of(), admin.call("listChannels", 9999));
        assertFault(1000, "Invalid hostInfo: ghost.example.com",
                () -> admin.call("listChannels", "ghost.example.com"));
        assertFault(1000, "list_channels with event and not host is not allowed.",
                () -> call(admin, "listChannels", List.of(), "event", 1));
    }

    @Test
    void addHostMakesAHostAccountInTheDefaultChannelThatLogsInWithItsPassword() {
        Object id = call(admin, "addHost", List.of("builder1.example.com", List.of("x86_64", "aarch64")),
                "password", "builder-pw");

        assertInstanceOf(Integer.class, id);
        Map<String, Object> host = struct(admin.call("getHost", "builder1.example.com"));
        assertEquals(List.of("arches", "capacity", "comment", "description", "enabled", "id", "name", "ready",
                "task_load", "update_time", "update_ts", "user_id"), host.keySet().stream().sorted().toList());
        assertEquals(id, host.get("id"));
        assertEquals("x86_64 aarch64", host.get("arches"));
        assertEquals(2.0, host.get("capacity"));
        assertEquals(true, host.get("enabled"));
        assertEquals(false, host.get("ready"));
        assertNull(host.get("update_ts"));
        assertEquals(host, hub.anonymous().call("getHost", id));
        Map<String, Object> account = struct(admin.call("getUser", "builder1.example.com"));
        assertEquals(host.get("user_id"), account.get("id"));
        assertEquals(1, account.get("usertype"));

        KojiSession builder = hub.login("builder1.example.com", "builder-pw");
        builder.call("exclusiveSession");
        assertEquals(1, struct(builder.call("getLoggedInUser")).get("usertype"));
        assertEquals(List.of("default"), names(builder.call("listChannels", "builder1.example.com")));
    }

    @Test
    void addHostRefusesDuplicatesPeoplesNamesBadArchesAndPrincipals() {
        admin.call("addHost", "dup.example.com", List.of("x86_64"));
        hub.person("person", "pw");

        assertFault(1000, "host already exists: dup.example.com",
                () -> admin.call("addHost", "dup.example.com", List.of("x86_64")));
        assertFault(1000, "user person already exists and it is not a host",
                () -> admin.call("addHost", "person", List.of("x86_64")));
        assertFault(1000, "Architecture can be only [a-zA-Z0-9_-]",
                () -> admin.call("addHost", "badarch.example.com", List.of("x86_64;rm")));
        assertFault(1000, "Name bad host does not match RegexUserName value",
                () -> admin.call("addHost", "bad host", List.of("x86_64")));
        assertFault(1000, "this hub has no Kerberos logins; add krb.example.com without a principal and give it a"
                + " password", () -> call(admin, "addHost", List.of("krb.example.com", List.of("x86_64")),
                        "krb_principal", "compile/krb.example.com@EXAMPLE.COM"));
        assertNull(admin.call("getHost", "badarch.example.com"));
        assertNull(admin.call("getUser", "krb.example.com"));
    }

    @Test
    void addingHostsNeedsTheHostPermissionOrAdmin() {
        hub.person("hostkeeper", "pw", "host");
        hub.person("tagger", "pw", "tag");

        assertInstanceOf(Integer.class,
                hub.login("hostkeeper", "pw").call("addHost", "kept.example.com", List.of("x86_64")));
        assertFault(1004, "host permission required (logged in as tagger)",
                () -> hub.login("tagger", "pw").call("addHost", "nope.example.com", List.of("x86_64")));
        assertFault(1004, "host permission required (logged in as tagger)",
                () -> hub.login("tagger", "pw").call("addHostToChannel", "kept.example.com", "default"));
        assertFault(1004, "host permission required (user not logged in)",
                () -> hub.anonymous().call("addHost", "nope.example.com", List.of("x86_64")));
    }

    @Test
    void addHostToChannelSubscribesOnceAndCanCreateTheChannel() {
        admin.call("addHost", "worker.example.com", List.of("x86_64"));
        admin.call("addChannel", "container-source");

        assertNull(admin.call("addHostToChannel", "worker.example.com", "container-source"));
        assertEquals(List.of("default", "container-source"), names(admin.call("listChannels", "worker.example.com")));
        assertFault(1000, "host worker.example.com is already subscribed to the container-source channel",
                () -> admin.call("addHostToChannel", "worker.example.com", "container-source"));
        assertFault(1000, "channel does not exist: runroot",
                () -> admin.call("addHostToChannel", "worker.example.com", "runroot"));
        assertFault(1000, "host does not exist: ghost.example.com",
                () -> admin.call("addHostToChannel", "ghost.example.com", "default"));

        assertNull(call(admin, "addHostToChannel", List.of("worker.example.com", "runroot"), "create", true));
        assertEquals("runroot", struct(admin.call("getChannel", "runroot")).get("name"));
        assertTrue(names(admin.call("listChannels", "worker.example.com")).contains("runroot"));
    }

    @Test
    void getHostAnswersNilForUnknownHostsOrFaultsWhenStrict() {
        assertNull(hub.anonymous().call("getHost", "ghost.example.com"));
        assertNull(admin.call("getHost", 9999));
        assertFault(1000, "Invalid hostInfo: ghost.example.com",
                () -> call(admin, "getHost", List.of("ghost.example.com"), "strict", true));
        assertFault(1000, "Invalid hostInfo: 9999", () -> call(admin, "getHost", List.of(9999), "strict", true));
    }

    @Test
    void listHostsFiltersByChannelArchesUserAndStateAndTakesQueryOptions() {
        admin.call("addChannel", "filters");
        admin.call("addHost", "f1.example.com", List.of("x86_64"));
        admin.call("addHost", "f2.example.com", List.of("ppc64le", "s390x"));
        admin.call("addHostToChannel", "f1.example.com", "filters");
        admin.call("addHostToChannel", "f2.example.com", "filters");

        assertEquals(List.of("f1.example.com", "f2.example.com"),
                names(call(admin, "listHosts", List.of(), "channelID", "filters")));
        assertEquals(List.of("f2.example.com"), names(call(admin, "listHosts", List.of(), "channelID", "filters",
                "arches", List.of("s390x", "i686"))));
        assertEquals(List.of("f1.example.com"), names(call(admin, "listHosts", List.of(), "channelID", "filters",
                "arches", "x86_64")));
        assertEquals(List.of(), call(admin, "listHosts", List.of(), "channelID", "filters", "arches", List.of("x86")));
        assertEquals(List.of(), call(admin, "listHosts", List.of(), "channelID", "filters", "ready", true));
        assertEquals(2, list(call(admin, "listHosts", List.of(), "channelID", "filters", "enabled", true)).size());
        Object f2User = struct(admin.call("getHost", "f2.example.com")).get("user_id");
        assertEquals(List.of("f2.example.com"), names(call(admin, "listHosts", List.of(), "userID", f2User)));
        assertEquals(List.of("f2.example.com", "f1.example.com"), names(call(admin, "listHosts", List.of(),
                "channelID", "filters", "queryOpts", mapOf("order", "-name"))));
        assertEquals(2, call(admin, "listHosts", List.of(), "channelID", "filters", "queryOpts",
                mapOf("countOnly", true)));
        assertEquals(List.of("f1.example.com"), names(call(admin, "listHosts", List.of(), "channelID", "filters",
                "queryOpts", mapOf("order", "name", "limit", 1))));

        assertFault(1000, "No such entry in table channels: nosuch",
                () -> call(admin, "listHosts", List.of(), "channelID", "nosuch"));
        assertFault(1000, "arches option cannot be empty", () -> call(admin, "listHosts", List.of(), "arches", List.of()));
        assertFault(1000, "No such user: 'ghost'", () -> call(admin, "listHosts", List.of(), "userID", "ghost"));
    }

    private static List<Object> names(Object records) {
        return list(records).stream().map(record -> struct(record).get("name")).toList();
    }
}
