package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.ChecksumType;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CgMetadataParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MD5 = "0123456789abcdef0123456789abcdef";
    private static final String VALID = """
            {
              "metadata_version": 0,
              "build": {
                "name": "app", "version": "1.0", "release": "3", "source": "git://example/app#abc",
                "start_time": 1700000000, "end_time": 1700000100.25, "owner": "alice", "build_id": 42,
                "extra": {"image": {"isolated": false}, "container_koji_task_id": 7}
              },
              "buildroots": [{
                "id": 1, "host": {"os": "Debian", "arch": "x86_64"},
                "content_generator": {"name": "atomic-reactor", "version": "2.0"},
                "container": {"type": "docker", "arch": "x86_64"},
                "tools": [{"name": "docker", "version": "24"}], "components": []
              }],
              "output": [
                {"buildroot_id": 1, "filename": "image.x86_64.tar.gz", "filesize": 10, "arch": "x86_64",
                 "checksum": "%1$s", "checksum_type": "md5", "type": "docker-image",
                 "components": [{"type": "rpm", "name": "bash"}],
                 "extra": {"image": {"arch": "x86_64"}, "docker": {"id": "sha256:1"}}},
                {"buildroot_id": 1, "filename": "x86_64.log", "filesize": 3, "arch": "noarch",
                 "checksum": "%1$s", "checksum_type": "md5", "type": "log"}
              ]
            }""".formatted(MD5);

    private static CgMetadata parse(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        change.accept(root);
        return CgMetadataParser.parse(root, root.toString());
    }

    private static String problems(Consumer<ObjectNode> change) {
        return assertThrows(ParameterError.class, () -> parse(change)).getMessage();
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    @Test
    void readsTheBuildBuildrootsAndOutputsOnce() throws Exception {
        CgMetadata metadata = parse(root -> { });

        CgBuild build = metadata.build();
        assertEquals("app-1.0-3", build.nvr().toString());
        assertEquals(Instant.ofEpochSecond(1_700_000_000), build.startTime());
        assertEquals(Instant.ofEpochSecond(1_700_000_100, 250_000_000), build.endTime());
        assertEquals(42, build.reservedBuildId());
        assertEquals(7, build.taskId(), "container_koji_task_id stands in for task_id");
        assertEquals(Set.of("image"), build.buildTypes());
        JsonNode extra = JSON.readTree(build.extraJson());
        assertEquals(extra.get("image"), extra.at("/typeinfo/image"), "extra.image is copied into typeinfo");
        assertEquals("atomic-reactor", metadata.contentGenerator());
        assertEquals("[{\"name\":\"docker\",\"version\":\"24\"}]", metadata.buildroots().get(0).toolsJson());

        CgOutput image = metadata.outputs().get(0);
        assertEquals("image", image.btype());
        assertEquals("x86_64", image.imageArch());
        assertEquals(ChecksumType.MD5, image.checksumType());
        assertEquals("bash", JSON.readTree(image.archiveExtraJson()).at("/components/0/name").asText(),
                "the output's components are kept in the archive's extra");
        CgOutput log = metadata.outputs().get(1);
        assertTrue(log.isLog());
        assertNull(log.archiveExtraJson());
    }

    @Test
    void everyProblemIsNamedByItsPath() {
        String message = problems(root -> {
            root.put("metadata_version", 1);
            at(root, "/build").put("version", "1-0");
            at(root, "/output/0").put("checksum_type", "sha1");
            at(root, "/output/1").put("checksum", "xyz");
            at(root, "/output/1").put("buildroot_id", 5);
        });

        assertTrue(message.startsWith("CGImport metadata is invalid: "), message);
        for (String problem : new String[] {
                "metadata.metadata_version: unsupported 1 (only 0 is known)",
                "metadata.build: invalid NVR: version '1-0' contains '-'",
                "metadata.output[0].checksum_type: unsupported 'sha1' (md5 or sha256)",
                "metadata.output[1].checksum: 'xyz' is not a md5 in hex",
                "metadata.output[1].buildroot_id: no buildroot has id 5"}) {
            assertTrue(message.contains(problem), message);
        }
    }

    @Test
    void buildrootsMustBeUniqueUsedAndOfOneContentGenerator() {
        String message = problems(root -> {
            ArrayNode buildroots = (ArrayNode) root.get("buildroots");
            ObjectNode second = ((ObjectNode) buildroots.get(0)).deepCopy();
            second.set("content_generator", JSON.createObjectNode().put("name", "other").put("version", "1"));
            buildroots.add(second);
            ObjectNode third = ((ObjectNode) buildroots.get(0)).deepCopy().put("id", 3);
            buildroots.add(third);
        });

        assertTrue(message.contains("metadata.buildroots[1].id: duplicate buildroot id 1"), message);
        assertTrue(message.contains("metadata.buildroots[1].content_generator.name: 'other' differs from "
                + "'atomic-reactor' (one content generator per import)"), message);
        assertTrue(message.contains("metadata.buildroots[2].id: buildroot 3 is not used by any output"), message);
    }

    @Test
    void anArchiveNeedsExactlyOneTypeOfTheBuild() {
        assertTrue(problems(root -> at(root, "/output/0").remove("extra"))
                .contains("metadata.output[0].extra: no build type for a 'docker-image' output"));
        assertTrue(problems(root -> at(root, "/output/0/extra").putObject("typeinfo").putObject("icm"))
                .contains("metadata.output[0].extra: the output has several build types [image, icm]"));
        assertTrue(problems(root -> at(root, "/build/extra").remove("image"))
                .contains("metadata.output[0].extra: output type 'image' is not one of the build's types"));
        assertTrue(problems(root -> at(root, "/output/0/extra/image").remove("arch"))
                .contains("metadata.output[0].extra.image.arch: missing"));
        assertTrue(problems(root -> at(root, "/output/1").put("type", "rpm"))
                .contains("metadata.output[1].type: 'rpm' outputs are not supported by this hub"));
    }

    @Test
    void fileNamesAreSingleAndUnique() {
        assertTrue(problems(root -> at(root, "/output/1").put("filename", "../x.log"))
                .contains("metadata.output[1].filename: '../x.log' is not a plain file name"));
        assertTrue(problems(root -> at(root, "/output/1").put("filename", "image.x86_64.tar.gz"))
                .contains("metadata.output[1].filename: 'image.x86_64.tar.gz' is also metadata.output[0]"));
    }

    @Test
    void aCustomBuildTypeComesFromTypeinfo() throws Exception {
        CgMetadata metadata = parse(root -> {
            at(root, "/build/extra").putObject("typeinfo").putObject("operator-manifests");
            ObjectNode manifests = at(root, "/output/1").deepCopy();
            manifests.put("filename", "operator_manifests.zip").put("type", "operator-manifests");
            manifests.putObject("extra").putObject("typeinfo").putObject("operator-manifests");
            ((ArrayNode) root.get("output")).add(manifests);
        });

        assertEquals(Set.of("operator-manifests", "image"), metadata.build().buildTypes());
        assertEquals("operator-manifests", metadata.outputs().get(2).btype());
        assertNull(metadata.outputs().get(2).imageArch());
    }

    @Test
    void aBuildIdOfZeroIsNoReservation() throws Exception {
        assertNull(parse(root -> at(root, "/build").put("build_id", 0)).build().reservedBuildId());
    }

    @Test
    void theMetadataMustBeAnObject() {
        assertEquals("CGImport metadata is invalid: metadata: must be a JSON object, not list",
                assertThrows(ParameterError.class,
                        () -> CgMetadataParser.parse(JSON.readTree("[]"), "[]")).getMessage());
        assertTrue(assertThrows(ParameterError.class, () -> CgMetadataParser.tree("{"))
                .getMessage().startsWith("CGImport metadata is not valid JSON: "));
    }
}
