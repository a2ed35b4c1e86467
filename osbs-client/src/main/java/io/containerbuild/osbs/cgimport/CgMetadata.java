package io.containerbuild.osbs.cgimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.containerbuild.osbs.engine.ImageLayer;
import io.containerbuild.osbs.engine.RpmPackage;
import io.containerbuild.osbs.naming.BuildKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content-generator metadata ({@code metadata_version} 0) for {@code CGImport}, as atomic-reactor's
 * koji_import writes it (§6.5): the build with its source, owner and {@code extra.image}; one
 * buildroot and one {@code docker-image} output per platform. This is the wire edge, so it is a plain
 * map of what XML-RPC carries.
 */
public final class CgMetadata {

    static final String MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json";
    static final String MANIFEST_LIST_V2 = "application/vnd.docker.distribution.manifest.list.v2+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CgMetadata() {
    }

    public static Map<String, Object> of(ImportRequest request) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("metadata_version", 0);
        metadata.put("build", build(request));
        List<Object> buildroots = new ArrayList<>();
        List<Object> outputs = new ArrayList<>();
        int id = 1;
        for (PlatformImage image : request.images()) {
            buildroots.add(buildroot(id, image, request));
            outputs.add(output(id, image));
            id++;
        }
        metadata.put("buildroots", buildroots);
        metadata.put("output", outputs);
        return metadata;
    }

    private static Map<String, Object> build(ImportRequest request) {
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("name", request.nvr().name());
        build.put("version", request.nvr().version());
        build.put("release", request.nvr().release());
        build.put("source", request.source());
        build.put("start_time", request.start().getEpochSecond());
        build.put("end_time", request.end().getEpochSecond());
        build.put("owner", request.owner());
        request.reservedBuildId().ifPresent(buildId -> build.put("build_id", buildId));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("submitter", request.submitter());
        extra.put("container_koji_task_id", request.kojiTaskId());
        if (!request.userdata().isEmpty()) {
            extra.put("custom_user_metadata", request.userdata().asMap());
        }
        Map<String, Object> osbsBuild = new LinkedHashMap<>();
        osbsBuild.put("kind", request.kind() == BuildKind.SOURCE ? "source_container_build" : "container_build");
        osbsBuild.put("engine", "docker");
        osbsBuild.put("subtypes", List.of());
        extra.put("osbs_build", osbsBuild);
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("isolated", request.kind() == BuildKind.ISOLATED);
        image.put("parent_images", request.parentImages());
        request.sourcesFor().ifPresent(nvr -> image.put("sources_for_nvr", nvr));
        request.index().ifPresent(index -> {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("tags", index.primaryTags());
            described.put("floating_tags", index.floatingTags());
            described.put("unique_tags", index.uniqueTags());
            described.put("pull", index.pullSpecs());
            described.put("digests", Map.of(MANIFEST_LIST_V2, index.digest()));
            image.put("index", described);
        });
        extra.put("image", image);
        build.put("extra", extra);
        return build;
    }

    private static Map<String, Object> buildroot(int id, PlatformImage image, ImportRequest request) {
        Map<String, Object> buildroot = new LinkedHashMap<>();
        buildroot.put("id", id);
        buildroot.put("host", Map.of("os", "linux", "arch", image.platform()));
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", request.contentGenerator());
        generator.put("version", CgMetadata.class.getPackage().getImplementationVersion() == null ? "0"
                : CgMetadata.class.getPackage().getImplementationVersion());
        buildroot.put("content_generator", generator);
        buildroot.put("container", Map.of("type", "docker", "arch", image.platform()));
        buildroot.put("tools", List.of(Map.of("name", "docker", "version", request.engineVersion())));
        buildroot.put("components", List.of());
        buildroot.put("extra", Map.of("osbs", Map.of("build_id", request.buildName(), "koji_task_id",
                request.kojiTaskId())));
        return buildroot;
    }

    private static Map<String, Object> output(int buildrootId, PlatformImage image) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("buildroot_id", buildrootId);
        output.put("filename", image.file().name());
        output.put("filesize", image.file().size());
        output.put("arch", image.platform());
        output.put("checksum", image.file().md5());
        output.put("checksum_type", "md5");
        output.put("type", "docker-image");
        List<Object> components = new ArrayList<>();
        for (RpmPackage rpm : image.rpms()) {
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("type", "rpm");
            component.put("name", rpm.name());
            component.put("version", rpm.version());
            component.put("release", rpm.release());
            component.put("epoch", rpm.epoch().orElse(null));
            component.put("arch", rpm.arch());
            component.put("sigmd5", rpm.sigmd5());
            component.put("signature", rpm.signature().orElse(null));
            components.add(component);
        }
        output.put("components", components);
        Map<String, Object> docker = new LinkedHashMap<>();
        docker.put("id", image.facts().id());
        image.parentImageId().ifPresent(parent -> docker.put("parent_id", parent));
        docker.put("repositories", image.pullSpecs());
        docker.put("tags", image.tags());
        List<Object> layers = new ArrayList<>();
        for (ImageLayer layer : image.facts().layers()) {
            layers.add(Map.of("diff_id", layer.diffId(), "size", layer.size()));
        }
        docker.put("layer_sizes", layers);
        docker.put("config", config(image.facts().configJson()));
        docker.put("digests", Map.of(MANIFEST_V2, image.manifestDigest()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("image", Map.of("arch", image.platform()));
        extra.put("docker", docker);
        output.put("extra", extra);
        return output;
    }

    /** The image config without {@code container_config}, as atomic-reactor records it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> config(String configJson) {
        try {
            ObjectNode config = (ObjectNode) JSON.readTree(configJson);
            config.remove("container_config");
            return withoutNulls(JSON.convertValue(config, Map.class));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("the image config is not a JSON object", e);
        }
    }

    /** XML-RPC has no null in Koji's struct members worth sending for a config; drop them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> clean = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                clean.put(key, withoutNulls((Map<String, Object>) nested));
            } else if (value != null) {
                clean.put(key, value);
            }
        });
        return clean;
    }
}
