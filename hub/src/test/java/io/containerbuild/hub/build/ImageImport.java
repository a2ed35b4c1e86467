package io.containerbuild.hub.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The import of a container image build as our osbs-client sends it (osbs-client.md §6.5): NVR,
 * source with the commit, owner, {@code extra.image}; per platform one buildroot, one
 * {@code docker-image} output (a small README tarball, as atomic-reactor 2.x uploads) with
 * {@code extra.docker}, and one log; plus the build log. {@link #upload} writes the files where the
 * upload calls put them and answers the metadata.
 */
final class ImageImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    final String version;
    final String release;
    final String directory = "koji-upload/" + UUID.randomUUID();
    private Integer buildId;
    private String owner;
    private List<String> arches = List.of("x86_64");

    ImageImport(String name, String version, String release) {
        this.name = name;
        this.version = version;
        this.release = release;
    }

    String nvr() {
        return name + "-" + version + "-" + release;
    }

    ImageImport reservedAs(int reservedBuildId) {
        this.buildId = reservedBuildId;
        return this;
    }

    ImageImport ownedBy(String ownerName) {
        this.owner = ownerName;
        return this;
    }

    ImageImport arches(String... platforms) {
        this.arches = List.of(platforms);
        return this;
    }

    static String imageFile(String arch) {
        return "docker-image-sha256-0123abcd." + arch + ".tar.gz";
    }

    /** Uploads every output's file and answers the metadata as a struct. */
    Map<String, Object> upload(TestHub hub) {
        List<Object> buildroots = new ArrayList<>();
        List<Object> outputs = new ArrayList<>();
        for (int i = 0; i < arches.size(); i++) {
            String arch = arches.get(i);
            int buildrootId = i + 1;
            buildroots.add(buildroot(buildrootId, arch));
            byte[] image = ("This image is at registry.example/" + name + ":" + version + "-" + release + " for " + arch)
                    .getBytes(StandardCharsets.UTF_8);
            hub.upload(directory, imageFile(arch), image);
            outputs.add(imageOutput(buildrootId, arch, image));
            byte[] log = ("Step 1/2 : FROM scratch on " + arch + "\n").getBytes(StandardCharsets.UTF_8);
            hub.upload(directory, arch + ".log", log);
            outputs.add(logOutput(buildrootId, arch + ".log", log));
        }
        byte[] buildLog = ("building " + nvr() + "\n").getBytes(StandardCharsets.UTF_8);
        hub.upload(directory, "osbs-build.log", buildLog);
        outputs.add(logOutput(1, "osbs-build.log", buildLog));

        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("metadata_version", 0);
        metadata.put("build", build());
        metadata.put("buildroots", buildroots);
        metadata.put("output", outputs);
        return metadata;
    }

    /** Uploads the files and the metadata as {@code metadata.json}. */
    Map<String, Object> uploadWithMetadataFile(TestHub hub) {
        Map<String, Object> metadata = upload(hub);
        hub.upload(directory, "metadata.json", json(metadata).getBytes(StandardCharsets.UTF_8));
        return metadata;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> build() {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("autorebuild", false);
        image.put("isolated", false);
        image.put("parent_build_id", null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("image", image);
        extra.put("submitter", "osbs");
        extra.put("osbs_build", Map.of("kind", "container_build", "engine", "docker", "subtypes", List.of()));
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("name", name);
        build.put("version", version);
        build.put("release", release);
        build.put("source", "git://git.example/containers/" + name + "#0123456789abcdef0123456789abcdef01234567");
        build.put("start_time", 1_700_000_000);
        build.put("end_time", 1_700_000_100.5);
        if (owner != null) {
            build.put("owner", owner);
        }
        if (buildId != null) {
            build.put("build_id", buildId);
        }
        build.put("extra", extra);
        return build;
    }

    private static Map<String, Object> buildroot(int id, String arch) {
        Map<String, Object> buildroot = new LinkedHashMap<>();
        buildroot.put("id", id);
        buildroot.put("host", Map.of("os", "Debian GNU/Linux 12", "arch", arch));
        buildroot.put("content_generator", Map.of("name", TestHub.CG, "version", "2.0.0"));
        buildroot.put("container", Map.of("type", "docker", "arch", arch));
        buildroot.put("tools", List.of(Map.of("name", "docker", "version", "24.0.5")));
        buildroot.put("components", List.of());
        buildroot.put("extra", Map.of("osbs", Map.of("build_id", "build-" + arch)));
        return buildroot;
    }

    private static Map<String, Object> imageOutput(int buildrootId, String arch, byte[] content) {
        Map<String, Object> docker = new LinkedHashMap<>();
        docker.put("id", "sha256:0123abcd" + arch);
        docker.put("parent_id", null);
        docker.put("repositories", List.of("registry.example/app:unique-" + arch,
                "registry.example/app@sha256:feed" + arch));
        docker.put("layer_sizes", List.of(Map.of("diff_id", "sha256:aa", "size", 1234)));
        docker.put("tags", List.of("unique-" + arch));
        docker.put("digests", Map.of("application/vnd.docker.distribution.manifest.v2+json", "sha256:feed" + arch));
        docker.put("config", Map.of("architecture", arch, "os", "linux"));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("docker", docker);
        extra.put("image", Map.of("arch", arch));
        Map<String, Object> output = fileOutput(buildrootId, imageFile(arch), content);
        output.put("arch", arch);
        output.put("type", "docker-image");
        output.put("components", List.of(Map.of("type", "rpm", "name", "bash", "version", "5.2", "release", "1",
                "epoch", 0, "arch", arch, "sigmd5", "00112233445566778899aabbccddeeff", "signature", "none")));
        output.put("extra", extra);
        return output;
    }

    private static Map<String, Object> logOutput(int buildrootId, String filename, byte[] content) {
        Map<String, Object> output = fileOutput(buildrootId, filename, content);
        output.put("arch", "noarch");
        output.put("type", "log");
        return output;
    }

    private static Map<String, Object> fileOutput(int buildrootId, String filename, byte[] content) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("buildroot_id", buildrootId);
        output.put("filename", filename);
        output.put("filesize", content.length);
        output.put("checksum", md5(content));
        output.put("checksum_type", "md5");
        return output;
    }
}
