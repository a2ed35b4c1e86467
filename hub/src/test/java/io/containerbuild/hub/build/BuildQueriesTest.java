package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.BuildState;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.NewBuild;
import io.containerbuild.hub.store.User;
import io.containerbuild.wire.KojiSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** getBuild, getNextRelease and listBuilds over the wire. */
class BuildQueriesTest extends HubTestBase {

    private Build storedBuild(String name, String version, String release, BuildState state) {
        User alice = hub.user("alice");
        Build build = hub.store().builds().create(NewBuild.building(name, version, release, alice.id()));
        if (state != BuildState.BUILDING) {
            hub.store().builds().finish(build.id(), state, null, null);
        }
        return hub.store().builds().get(build.id()).orElseThrow();
    }

    @Test
    void getBuildFindsABuildByIdNvrAndMap() {
        Map<String, Object> imported = importImage(new ImageImport("app-container", "1.0", "3"));
        int id = (Integer) imported.get("id");
        KojiSession anonymous = hub.anonymous();

        Map<String, Object> byId = record(anonymous.call("getBuild", id));
        Map<String, Object> byNvr = record(anonymous.call("getBuild", "app-container-1.0-3"));
        Map<String, Object> byMap = record(anonymous.call("getBuild",
                Map.of("name", "app-container", "version", "1.0", "release", "3")));

        assertEquals(byId, byNvr);
        assertEquals(byId, byMap);
        assertEquals(id, byId.get("build_id"));
        assertEquals("app-container-1.0-3", byId.get("nvr"));
        assertEquals("app-container", byId.get("package_name"));
        assertEquals(BuildState.COMPLETE.code(), byId.get("state"));
        assertEquals("osbs", byId.get("owner_name"));
        assertEquals(TestHub.CG, byId.get("cg_name"));
        assertEquals(0, byId.get("volume_id"));
        assertEquals("DEFAULT", byId.get("volume_name"));
        assertEquals(false, byId.get("draft"));
        assertEquals(1_700_000_000.0, (Double) byId.get("start_ts"), 0.001);
        assertTrue(((String) byId.get("creation_time")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d.*"),
                (String) byId.get("creation_time"));
        assertNotNull(byId.get("completion_ts"));
        assertTrue(byId.containsKey("promotion_time") && byId.get("promotion_time") == null);
        Map<String, Object> extra = record(byId.get("extra"));
        assertEquals(Set.of("autorebuild", "isolated", "parent_build_id"), record(extra.get("image")).keySet());
        assertEquals(extra.get("image"), record(extra.get("typeinfo")).get("image"),
                "Koji copies extra.image into extra.typeinfo");
    }

    @Test
    void aMissingBuildIsNilUnlessStrict() {
        KojiSession anonymous = hub.anonymous();

        assertNull(anonymous.call("getBuild", "nosuch-1-1"));
        assertNull(anonymous.call("getBuild", 4242));
        assertFault(FaultCode.GENERIC_ERROR, "No such build: 'nosuch-1-1'",
                () -> anonymous.call("getBuild", List.of("nosuch-1-1"), kwargs("strict", true)));
        assertFault(FaultCode.GENERIC_ERROR, "No such build: 4242",
                () -> anonymous.call("getBuild", 4242, true));
        assertFault(FaultCode.GENERIC_ERROR, "invalid format: not-an-nvr-",
                () -> anonymous.call("getBuild", "not-an-nvr-"));
        assertFault(FaultCode.GENERIC_ERROR, "did not provide name, version, and release",
                () -> anonymous.call("getBuild", Map.of("name", "x")));
        assertFault(FaultCode.GENERIC_ERROR, "Invalid type for argument: <class 'list'>",
                () -> anonymous.call("getBuild", List.of(List.of(1)), Map.of()));
    }

    @Test
    void getNextReleaseCountsPastBuildingCompleteAndDeletedBuildsButNotFailedOnes() {
        KojiSession anonymous = hub.anonymous();
        Map<String, Object> app = Map.of("name", "app", "version", "1.0");

        assertEquals("1", anonymous.call("getNextRelease", app));
        storedBuild("app", "1.0", "1", BuildState.COMPLETE);
        assertEquals("2", anonymous.call("getNextRelease", app));
        storedBuild("app", "1.0", "2", BuildState.BUILDING);
        assertEquals("3", anonymous.call("getNextRelease", app));
        assertEquals("4", anonymous.call("getNextRelease", List.of(app), kwargs("incr", 2)));
        storedBuild("app", "1.0", "3", BuildState.FAILED);
        assertEquals("3", anonymous.call("getNextRelease", app), "a failed build gives its release back");
        storedBuild("app", "2.0", "7.el9", BuildState.COMPLETE);
        assertEquals("8.el9", anonymous.call("getNextRelease", Map.of("name", "app", "version", "2.0")));
        storedBuild("app", "3.0", "20240101.nightly.5", BuildState.COMPLETE);
        assertEquals("20240101.nightly.6", anonymous.call("getNextRelease", Map.of("name", "app", "version", "3.0")));
        storedBuild("app", "4.0", "rc1", BuildState.COMPLETE);
        assertFault(FaultCode.BUILD_ERROR, "Unable to increment release value: rc1",
                () -> anonymous.call("getNextRelease", Map.of("name", "app", "version", "4.0")));
        assertFault(FaultCode.PARAMETER_ERROR, "incr parameter must be an integer",
                () -> anonymous.call("getNextRelease", app, "two"));
    }

    @Test
    void listBuildsFiltersByPackageUserStatePrefixPatternAndType() {
        int image = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");
        Build failed = storedBuild("app-container", "1.0", "2", BuildState.FAILED);
        Build other = storedBuild("tools", "2.1", "1", BuildState.COMPLETE);
        KojiSession anonymous = hub.anonymous();

        assertEquals(List.of(image, failed.id(), other.id()), ids(anonymous.call("listBuilds")));
        assertEquals(List.of(image, failed.id()),
                ids(anonymous.call("listBuilds", List.of(), kwargs("packageID", "app-container"))));
        assertEquals(List.of(image, failed.id()),
                ids(anonymous.call("listBuilds", List.of(), kwargs("packageID", failed.packageId()))));
        assertEquals(List.of(failed.id(), other.id()),
                ids(anonymous.call("listBuilds", List.of(), kwargs("userID", "alice"))));
        assertEquals(List.of(), ids(anonymous.call("listBuilds", List.of(), kwargs("userID", "nobody"))));
        assertEquals(List.of(image, other.id()),
                ids(anonymous.call("listBuilds", List.of(), kwargs("state", BuildState.COMPLETE.code()))));
        assertEquals(List.of(other.id()), ids(anonymous.call("listBuilds", List.of(), kwargs("prefix", "TOO"))));
        assertEquals(List.of(failed.id()),
                ids(anonymous.call("listBuilds", List.of(), kwargs("pattern", "app-*-?.0-2"))));
        assertEquals(List.of(), ids(anonymous.call("listBuilds", List.of(), kwargs("pattern", "app_container*"))),
                "_ is no wildcard in a glob");
        assertEquals(List.of(image), ids(anonymous.call("listBuilds", List.of(), kwargs("type", "image"))));
        assertEquals(List.of(image), ids(anonymous.call("listBuilds", List.of(), kwargs("cgID", TestHub.CG))));
        assertEquals(List.of(image), ids(anonymous.call("listBuilds", List.of(),
                kwargs("source", "git://git.example/containers/app-container#*"))));
        assertEquals(List.of(image, failed.id(), other.id()), ids(anonymous.call("listBuilds", List.of(),
                kwargs("createdAfter", 1_000_000_000, "createdBefore", "2999-01-01 00:00:00"))));
        assertEquals(List.of(), ids(anonymous.call("listBuilds", List.of(), kwargs("completeBefore", "2001-01-01"))));
        assertFault(FaultCode.GENERIC_ERROR, "unsupported build type: nosuch",
                () -> anonymous.call("listBuilds", List.of(), kwargs("type", "nosuch")));
    }

    @Test
    void listBuildsOrdersPagesAndCounts() {
        Build b1 = storedBuild("beta", "1", "1", BuildState.COMPLETE);
        Build a1 = storedBuild("alpha", "1", "1", BuildState.COMPLETE);
        Build a2 = storedBuild("alpha", "1", "2", BuildState.COMPLETE);
        KojiSession anonymous = hub.anonymous();

        assertEquals(List.of(a1.id(), a2.id(), b1.id()), ids(anonymous.call("listBuilds", List.of(),
                kwargs("queryOpts", Map.of("order", "nvr")))));
        assertEquals(List.of(a2.id(), a1.id(), b1.id()), ids(anonymous.call("listBuilds", List.of(),
                kwargs("queryOpts", Map.of("order", "-build_id")))));
        assertEquals(List.of(a2.id()), ids(anonymous.call("listBuilds", List.of(),
                kwargs("queryOpts", Map.of("order", "package_name,-release", "offset", 0, "limit", 1)))));
        assertEquals(List.of(b1.id()), ids(anonymous.call("listBuilds", List.of(),
                kwargs("queryOpts", Map.of("order", "package_name,-release", "offset", 2, "limit", 5)))));
        assertEquals(2, anonymous.call("listBuilds", List.of(),
                kwargs("prefix", "alpha", "queryOpts", Map.of("countOnly", true))));
        assertFault(FaultCode.PARAMETER_ERROR, "Invalid order term: owner_password",
                () -> anonymous.call("listBuilds", List.of(), kwargs("queryOpts", Map.of("order", "owner_password"))));
    }

    @Test
    void listBuildsAnswersKojisRecordShape() {
        importImage(new ImageImport("app-container", "1.0", "1"));

        Map<String, Object> listed = records(hub.anonymous().call("listBuilds")).get(0);

        assertEquals(Set.of("build_id", "package_id", "package_name", "name", "version", "release", "epoch", "nvr",
                "state", "task_id", "owner_id", "owner_name", "volume_id", "volume_name", "creation_event_id",
                "creation_time", "creation_ts", "start_time", "start_ts", "completion_time", "completion_ts",
                "source", "extra"), listed.keySet());
        assertEquals("app-container-1.0-1", listed.get("nvr"));
    }

    private static List<Object> ids(Object builds) {
        return records(builds).stream().map(build -> build.get("build_id")).toList();
    }
}
