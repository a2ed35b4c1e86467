package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.BuildState;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CGInitBuild, CGImport and CGRefundBuild over the wire, and who may call them. */
class CgImportTest extends HubTestBase {

    @Test
    void aReservedImportCompletesTheBuildWithItsArchivesAndFiles() throws Exception {
        ImageImport image = new ImageImport("app-container", "1.0", "1").arches("x86_64", "aarch64").ownedBy("alice");
        Map<String, Object> reservation = reserve(image);
        int buildId = (Integer) reservation.get("build_id");
        String token = (String) reservation.get("token");
        assertTrue(token.matches("[0-9a-f]{64}"), token);
        Map<String, Object> reserved = record(osbs.call("getBuild", buildId));
        assertEquals(BuildState.BUILDING.code(), reserved.get("state"));
        assertEquals("osbs", reserved.get("owner_name"));

        image.reservedAs(buildId).uploadWithMetadataFile(hub);
        Map<String, Object> build = record(osbs.call("CGImport", List.of("metadata.json", image.directory),
                kwargs("token", token)));

        assertEquals(buildId, build.get("id"));
        assertEquals(BuildState.COMPLETE.code(), build.get("state"));
        assertEquals("alice", build.get("owner_name"), "the metadata's owner owns the build");
        assertEquals(TestHub.CG, build.get("cg_name"));
        assertEquals("git://git.example/containers/app-container#0123456789abcdef0123456789abcdef01234567",
                build.get("source"));
        assertEquals(build, record(hub.anonymous().call("getBuild", "app-container-1.0-1")));

        List<Map<String, Object>> archives = records(hub.anonymous().call("listArchives", List.of(),
                kwargs("buildID", buildId)));
        assertEquals(List.of(ImageImport.imageFile("x86_64"), ImageImport.imageFile("aarch64")),
                archives.stream().map(archive -> archive.get("filename")).toList(), "logs are no archives");
        Map<String, Object> first = archives.get(0);
        assertEquals("image", first.get("btype"));
        assertEquals("tar", first.get("type_name"));
        assertEquals(0, first.get("checksum_type"));
        assertEquals(false, first.get("metadata_only"));
        assertFalse(first.containsKey("arch"), "Koji adds arch only for type='image' listings");
        Map<String, Object> extra = record(first.get("extra"));
        assertEquals(List.of("unique-x86_64"), record(extra.get("docker")).get("tags"));
        assertEquals(Map.of("arch", "x86_64"), extra.get("image"));
        assertEquals("bash", records(extra.get("components")).get(0).get("name"));

        List<Map<String, Object>> images = records(hub.anonymous().call("listArchives", List.of(),
                kwargs("buildID", buildId, "type", "image", "typeInfo", Map.of("arch", "aarch64"))));
        assertEquals(1, images.size());
        assertEquals("aarch64", images.get(0).get("arch"));

        Path buildDir = hub.filesRoot().resolve("packages/app-container/1.0/1");
        assertTrue(Files.readString(buildDir.resolve("images").resolve(ImageImport.imageFile("aarch64")),
                StandardCharsets.UTF_8).contains("for aarch64"));
        assertTrue(Files.isRegularFile(buildDir.resolve("data/logs/osbs-build.log")));
        assertTrue(Files.readString(buildDir.resolve("metadata.json")).contains("\"metadata_version\""));

        assertFault(FaultCode.GENERIC_ERROR, "Token doesn't match build ID " + buildId,
                () -> osbs.call("CGImport", List.of("metadata.json", image.directory), kwargs("token", token)));
        assertEquals("2", hub.anonymous().call("getNextRelease", Map.of("name", "app-container", "version", "1.0")));
    }

    @Test
    void badMetadataIsRefusedNamingEveryProblemAndLeavesNothingBehind() throws Exception {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> metadata = image.upload(hub);
        output(metadata, 0).put("checksum_type", "sha1");
        output(metadata, 1).put("filesize", "big");
        buildroot(metadata, 0).remove("container");
        record(metadata.get("build")).put("start_time", "yesterday");

        KojiFault fault = assertThrows(KojiFault.class, () -> osbs.call("CGImport", metadata, image.directory));

        assertEquals(FaultCode.PARAMETER_ERROR.code(), fault.faultCode());
        for (String problem : List.of("metadata.output[0].checksum_type: unsupported 'sha1'",
                "metadata.output[1].filesize: must be a size in bytes, not 'big'",
                "metadata.buildroots[0].container: missing",
                "metadata.build.start_time: must be seconds since the epoch, not 'yesterday'")) {
            assertTrue(fault.getMessage().contains(problem), fault.getMessage());
        }
        assertNothingImported();
    }

    @Test
    void anOutputWhoseFileDoesNotMatchRefusesTheWholeImport() throws Exception {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> reservation = reserve(image);
        int buildId = (Integer) reservation.get("build_id");
        Map<String, Object> metadata = image.reservedAs(buildId).upload(hub);
        hub.upload(image.directory, "x86_64.log", "something else entirely\n".getBytes(StandardCharsets.UTF_8));

        KojiFault fault = assertThrows(KojiFault.class, () -> osbs.call("CGImport", List.of(metadata, image.directory),
                kwargs("token", reservation.get("token"))));

        assertEquals(FaultCode.BUILD_ERROR.code(), fault.faultCode());
        assertTrue(fault.getMessage().startsWith("metadata.output[1] (x86_64.log): file size 24 doesn't match"),
                fault.getMessage());
        assertEquals(BuildState.BUILDING.code(), record(osbs.call("getBuild", buildId)).get("state"),
                "the reservation is untouched");
        assertEquals(0, hub.anonymous().call("listArchives", List.of(), kwargs("queryOpts", Map.of("countOnly", true))));
        assertEquals(0, count("SELECT COUNT(*) FROM buildroots"));

        byte[] log = ("Step 1/2 : FROM scratch on x86_64\n").getBytes(StandardCharsets.UTF_8);
        hub.upload(image.directory, "x86_64.log", log);
        Map<String, Object> build = record(osbs.call("CGImport", List.of(metadata, image.directory),
                kwargs("token", reservation.get("token"))));
        assertEquals(BuildState.COMPLETE.code(), build.get("state"), "the same reservation imports once fixed");
    }

    @Test
    void missingAndCorruptUploadsAreNamed() {
        ImageImport missing = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> metadata = missing.upload(hub);
        output(metadata, 0).put("filename", "docker-image-elsewhere.x86_64.tar.gz");
        assertFault(FaultCode.BUILD_ERROR, "metadata.output[0] (docker-image-elsewhere.x86_64.tar.gz): no such file "
                + "uploaded: " + missing.directory + "/docker-image-elsewhere.x86_64.tar.gz",
                () -> osbs.call("CGImport", metadata, missing.directory));

        ImageImport corrupt = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> corruptMetadata = corrupt.upload(hub);
        String realChecksum = (String) output(corruptMetadata, 0).get("checksum");
        output(corruptMetadata, 0).put("checksum", "0".repeat(32));
        assertFault(FaultCode.BUILD_ERROR, "metadata.output[0] (" + ImageImport.imageFile("x86_64")
                + "): file checksum mismatch: md5 " + "0".repeat(32) + " != " + realChecksum,
                () -> osbs.call("CGImport", corruptMetadata, corrupt.directory));
        assertNull(osbs.call("getBuild", "app-container-1.0-1"));
    }

    @Test
    void aMetadataOnlyOutputNeedsNoUploadedFile() {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> metadata = image.upload(hub);
        Map<String, Object> registryOnly = new LinkedHashMap<>(output(metadata, 0));
        registryOnly.put("filename", "docker-image-in-registry.x86_64.tar.gz");
        registryOnly.put("metadata_only", true);
        outputs(metadata).add(registryOnly);

        int buildId = (Integer) record(osbs.call("CGImport", metadata, image.directory)).get("id");

        List<Map<String, Object>> archives = records(osbs.call("listArchives", List.of(),
                kwargs("buildID", buildId, "filename", "docker-image-in-registry.x86_64.tar.gz")));
        assertEquals(1, archives.size());
        assertEquals(true, archives.get(0).get("metadata_only"));
    }

    @Test
    void namesCannotLeaveTheUploadArea() throws Exception {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> metadata = image.upload(hub);
        Path secret = Files.writeString(dataDir.resolve("secret.txt"), "not for clients");

        assertFault(FaultCode.PARAMETER_ERROR, "CGImport(): directory '../..' must be a relative path inside the "
                + "upload area", () -> osbs.call("CGImport", metadata, "../.."));
        assertFault(FaultCode.PARAMETER_ERROR, "CGImport(): directory '/etc' must be a relative path inside the "
                + "upload area", () -> osbs.call("CGImport", metadata, "/etc"));
        output(metadata, 0).put("relpath", "../../..");
        KojiFault relpath = assertThrows(KojiFault.class, () -> osbs.call("CGImport", metadata, image.directory));
        assertTrue(relpath.getMessage().contains("metadata.output[0].relpath: '../../..' must stay below the upload "
                + "directory"), relpath.getMessage());

        output(metadata, 0).remove("relpath");
        Path link = hub.filesRoot().resolve("work").resolve(image.directory).resolve(ImageImport.imageFile("x86_64"));
        Files.delete(link);
        Files.createSymbolicLink(link, secret);
        KojiFault symlink = assertThrows(KojiFault.class, () -> osbs.call("CGImport", metadata, image.directory));
        assertTrue(symlink.getMessage().contains("no such file uploaded"), symlink.getMessage());
        assertNothingImported();
    }

    @Test
    void aLiveNvrIsRefusedWithKojisText() {
        int buildId = (Integer) importImage(new ImageImport("app-container", "1.0", "1")).get("id");

        assertFault(FaultCode.GENERIC_ERROR, "Build already exists (id=" + buildId
                + ", state=COMPLETE): app-container-1.0-1", () -> importImage(new ImageImport("app-container", "1.0", "1")));
        assertFault(FaultCode.GENERIC_ERROR, "Build already exists (id=" + buildId
                + ", state=COMPLETE): app-container-1.0-1", () -> reserve(new ImageImport("app-container", "1.0", "1")));
        reserve(new ImageImport("app-container", "1.0", "2"));
        assertFault(FaultCode.GENERIC_ERROR, "Build already in progress (task None)",
                () -> reserve(new ImageImport("app-container", "1.0", "2")));
    }

    @Test
    void aRefundedBuildFailsAndItsNvrIsTakenAgain() {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> first = reserve(image);
        int buildId = (Integer) first.get("build_id");

        assertFault(FaultCode.GENERIC_ERROR, "Only FAILED/CANCELED build states are allowed",
                () -> osbs.call("CGRefundBuild", TestHub.CG, buildId, first.get("token"), BuildState.COMPLETE.code()));
        assertFault(FaultCode.GENERIC_ERROR, "Token doesn't match build ID " + buildId,
                () -> osbs.call("CGRefundBuild", TestHub.CG, buildId, "f".repeat(64)));
        assertNull(osbs.call("CGRefundBuild", TestHub.CG, buildId, first.get("token")));
        assertEquals(BuildState.FAILED.code(), record(osbs.call("getBuild", buildId)).get("state"));
        assertFault(FaultCode.GENERIC_ERROR, "Build ID " + buildId + " is not in BUILDING state",
                () -> osbs.call("CGRefundBuild", TestHub.CG, buildId, first.get("token")));
        assertEquals("1", osbs.call("getNextRelease", Map.of("name", "app-container", "version", "1.0")));

        Map<String, Object> second = reserve(image);
        assertEquals(buildId, second.get("build_id"), "the failed build's row is recycled");
        image.reservedAs(buildId).uploadWithMetadataFile(hub);
        Map<String, Object> build = record(osbs.call("CGImport", List.of("metadata.json", image.directory),
                kwargs("token", second.get("token"))));
        assertEquals(BuildState.COMPLETE.code(), build.get("state"));
    }

    @Test
    void anImportWithoutReservationTakesOverACanceledNvr() {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> reservation = reserve(image);
        osbs.call("CGRefundBuild", List.of(TestHub.CG, reservation.get("build_id"), reservation.get("token")),
                kwargs("state", BuildState.CANCELED.code()));

        Map<String, Object> build = importImage(image);

        assertEquals(reservation.get("build_id"), build.get("id"));
        assertEquals(BuildState.COMPLETE.code(), build.get("state"));
    }

    @Test
    void reservationsAreCheckedAsKojiChecksThem() {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> reservation = reserve(image);
        int buildId = (Integer) reservation.get("build_id");
        Map<String, Object> reservedMetadata = image.reservedAs(buildId).upload(hub);

        assertFault(FaultCode.GENERIC_ERROR, "Token doesn't match build ID " + buildId,
                () -> osbs.call("CGImport", reservedMetadata, image.directory));
        ImageImport unreserved = new ImageImport("app-container", "1.0", "2");
        assertFault(FaultCode.GENERIC_ERROR, "Reservation token given, but no build_id in metadata",
                () -> osbs.call("CGImport", List.of(unreserved.upload(hub), unreserved.directory),
                        kwargs("token", reservation.get("token"))));
        ImageImport otherNvr = new ImageImport("app-container", "1.0", "9").reservedAs(buildId);
        assertFault(FaultCode.GENERIC_ERROR, "Build (" + buildId + ") NVR is different",
                () -> osbs.call("CGImport", List.of(otherNvr.upload(hub), otherNvr.directory),
                        kwargs("token", reservation.get("token"))));

        hub.store().contentGenerators().ensure("other-cg");
        hub.user("other");
        hub.store().contentGenerators().grant(hub.store().contentGenerators().get("other-cg").orElseThrow().id(),
                hub.user("other").id());
        Map<String, Object> otherMetadata = image.upload(hub);
        buildroot(otherMetadata, 0).put("content_generator", Map.of("name", "other-cg", "version", "1"));
        assertFault(FaultCode.GENERIC_ERROR, "Build ID " + buildId + " is not reserved by this CG",
                () -> hub.login("other").call("CGImport", List.of(otherMetadata, image.directory),
                        kwargs("token", reservation.get("token"))));
    }

    @Test
    void onlyGrantedAccountsActAsTheContentGenerator() {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> metadata = image.upload(hub);
        KojiSession alice = hub.login("alice");
        KojiSession admin = hub.login("admin");

        assertFault(FaultCode.AUTH_ERROR, "Not logged-in",
                () -> hub.anonymous().call("CGImport", metadata, image.directory));
        assertFault(FaultCode.AUTH_ERROR, "Content generator access required (atomic-reactor)",
                () -> alice.call("CGImport", metadata, image.directory));
        assertFault(FaultCode.AUTH_ERROR, "Content generator access required (atomic-reactor)",
                () -> admin.call("CGInitBuild", TestHub.CG, Map.of("name", "a", "version", "1", "release", "1")));
        assertFault(FaultCode.GENERIC_ERROR, "No such entry in table content_generator: nosuch",
                () -> osbs.call("CGInitBuild", "nosuch", Map.of("name", "a", "version", "1", "release", "1")));
        assertFault(FaultCode.ACTION_NOT_ALLOWED, "admin permission required (logged in as alice)",
                () -> alice.call("grantCGAccess", "alice", TestHub.CG));

        assertNull(admin.call("grantCGAccess", "alice", TestHub.CG));
        assertFault(FaultCode.GENERIC_ERROR, "User already has access to content generator atomic-reactor",
                () -> admin.call("grantCGAccess", "alice", TestHub.CG));
        assertEquals("alice", record(alice.call("CGImport", metadata, image.directory)).get("owner_name"));

        assertNull(admin.call("revokeCGAccess", "alice", TestHub.CG));
        assertFault(FaultCode.AUTH_ERROR, "Content generator access required (atomic-reactor)",
                () -> alice.call("CGInitBuild", TestHub.CG, Map.of("name", "a", "version", "1", "release", "1")));

        assertFault(FaultCode.GENERIC_ERROR, "No such entry in table content_generator: osbs-go",
                () -> admin.call("grantCGAccess", "alice", "osbs-go"));
        assertNull(admin.call("grantCGAccess", List.of("alice", "osbs-go"), kwargs("create", true)));
        assertTrue(hub.store().contentGenerators().get("osbs-go").isPresent());
        assertFault(FaultCode.GENERIC_ERROR, "No such user: 'nobody'",
                () -> admin.call("grantCGAccess", "nobody", TestHub.CG));
    }

    @Test
    void theMetadataMayComeAsJsonTextAndNameItsOwner() {
        ImageImport image = new ImageImport("app-container", "1.0", "1").ownedBy("nobody");
        String json = ImageImport.json(image.upload(hub));

        assertFault(FaultCode.GENERIC_ERROR, "No such user: 'nobody'",
                () -> osbs.call("CGImport", json, image.directory));
        ImageImport owned = new ImageImport("app-container", "1.0", "1").ownedBy("alice");
        String ownedJson = ImageImport.json(owned.upload(hub));
        assertEquals("alice", record(osbs.call("CGImport", ownedJson, owned.directory)).get("owner_name"));
        KojiFault notJson = assertThrows(KojiFault.class, () -> osbs.call("CGImport", "not json", owned.directory));
        assertEquals(FaultCode.PARAMETER_ERROR.code(), notJson.faultCode());
        assertTrue(notJson.getMessage().startsWith("CGImport metadata is not valid JSON: "), notJson.getMessage());
        assertFault(FaultCode.GENERIC_ERROR, "No such file: other.json",
                () -> osbs.call("CGImport", "other.json", owned.directory));
    }

    private void assertNothingImported() throws Exception {
        KojiSession anonymous = hub.anonymous();
        assertNull(anonymous.call("getBuild", "app-container-1.0-1"));
        assertEquals(List.of(), anonymous.call("listBuilds"));
        assertEquals(0, anonymous.call("listArchives", List.of(), kwargs("queryOpts", Map.of("countOnly", true))));
        assertEquals(0, count("SELECT COUNT(*) FROM buildroots"));
        assertFalse(Files.exists(hub.filesRoot().resolve("packages")), "no build files were written");
    }

    private int count(String sql) {
        return hub.store().database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> outputs(Map<String, Object> metadata) {
        List<Object> outputs = new ArrayList<>((List<Object>) metadata.get("output"));
        metadata.put("output", outputs);
        return outputs;
    }

    private static Map<String, Object> output(Map<String, Object> metadata, int index) {
        return record(outputs(metadata).get(index));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> buildroot(Map<String, Object> metadata, int index) {
        List<Object> buildroots = new ArrayList<>((List<Object>) metadata.get("buildroots"));
        Map<String, Object> copy = new LinkedHashMap<>(record(buildroots.get(index)));
        buildroots.set(index, copy);
        metadata.put("buildroots", buildroots);
        return copy;
    }
}
