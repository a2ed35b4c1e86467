package io.containerbuild.osbs.cgimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.Nvr;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.engine.ImageFacts;
import io.containerbuild.osbs.engine.ImageLayer;
import io.containerbuild.osbs.engine.RpmPackage;
import io.containerbuild.osbs.naming.BuildKind;
import io.containerbuild.osbs.tar.TarReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The content-generator metadata: build, buildroot and docker-image output as atomic-reactor writes them. */
class CgMetadataTest {

    @Test
    @SuppressWarnings("unchecked")
    void describesTheBuildItsBuildrootAndItsImage() throws Exception {
        ImageFacts facts = new ImageFacts("sha256:" + "a".repeat(64), "amd64", "linux",
                "{\"architecture\":\"amd64\",\"container_config\":{\"Cmd\":[\"x\"]},\"config\":{\"Labels\":{\"a\":\"b\"},"
                        + "\"Env\":null}}", List.of(new ImageLayer("sha256:" + "b".repeat(64), 2048)), true);
        ArchiveFile file = ImageReadme.archive(facts.id(), "x86_64", List.of("r/ns/app:1-1", "r/ns/app@sha256:c"),
                Instant.EPOCH);
        PlatformImage image = new PlatformImage("x86_64", facts, Optional.of("sha256:parent"), "sha256:c",
                List.of("r/ns/app:1-1", "r/ns/app@sha256:c"), List.of("1-1", "latest"),
                List.of(new RpmPackage("bash", "5", "1", "x86_64", Optional.empty(), "0a", Optional.of("k1"))), file);
        ImportRequest request = new ImportRequest(new Nvr("app", "1", "1"), BuildKind.ISOLATED, "isolated-1-2", "git://h/app#abc",
                "alice", "osbs", "atomic-reactor", OptionalInt.of(17), 99, Instant.ofEpochSecond(100),
                Instant.ofEpochSecond(200), UserData.of(Map.of("team", "x")), List.of("base:1"), Optional.empty(),
                "20.10.24", List.of(image), Optional.empty());
        Map<String, Object> metadata = CgMetadata.of(request);
        assertEquals(0, metadata.get("metadata_version"));
        Map<String, Object> build = (Map<String, Object>) metadata.get("build");
        assertEquals("git://h/app#abc", build.get("source"));
        assertEquals(17, build.get("build_id"));
        assertEquals(100L, build.get("start_time"));
        Map<String, Object> extra = (Map<String, Object>) build.get("extra");
        assertEquals(Map.of("team", "x"), extra.get("custom_user_metadata"));
        assertEquals(true, ((Map<String, Object>) extra.get("image")).get("isolated"));
        assertEquals("container_build", ((Map<String, Object>) extra.get("osbs_build")).get("kind"));
        List<Object> outputs = (List<Object>) metadata.get("output");
        assertEquals(1, outputs.size());
        Map<String, Object> output = (Map<String, Object>) outputs.get(0);
        assertEquals("docker-image", output.get("type"));
        assertEquals(file.md5(), output.get("checksum"));
        assertEquals(file.size(), output.get("filesize"));
        assertEquals(1, ((List<Object>) output.get("components")).size());
        Map<String, Object> docker = (Map<String, Object>) ((Map<String, Object>) output.get("extra")).get("docker");
        assertEquals("sha256:parent", docker.get("parent_id"));
        assertEquals(List.of(Map.of("diff_id", "sha256:" + "b".repeat(64), "size", 2048L)), docker.get("layer_sizes"));
        Map<String, Object> config = (Map<String, Object>) docker.get("config");
        assertFalse(config.containsKey("container_config"));
        assertFalse(((Map<String, Object>) config.get("config")).containsKey("Env"), "nulls are dropped");
        assertEquals(Map.of(CgMetadata.MANIFEST_V2, "sha256:c"), docker.get("digests"));
        assertEquals(1, ((List<Object>) metadata.get("buildroots")).size());

        TarReader readme = new TarReader(new GZIPInputStream(new ByteArrayInputStream(file.content())));
        assertEquals("README", readme.next().orElseThrow().name());
        assertTrue(new String(readme.content().readAllBytes(), StandardCharsets.UTF_8).contains("r/ns/app:1-1"));
        assertTrue(file.name().matches("docker-image-a{12}\\.x86_64\\.tar\\.gz"), file.name());
    }
}
