package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.containerbuild.build.Nvr;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.ChecksumType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads content-generator metadata (Koji's version 0, as atomic-reactor and our osbs-client send
 * it) into {@link CgMetadata}, checking it whole: every problem is named by its path
 * ({@code metadata.output[1].checksum_type: unsupported 'sha1'}) and all of them are refused
 * together in one ParameterError.
 */
final class CgMetadataParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Build types that Koji also accepts at the top of {@code extra} instead of in {@code typeinfo}. */
    private static final List<String> LEGACY_TYPES = List.of("maven", "win", "image");
    private static final Set<String> COMPONENT_TYPES = Set.of("rpm", "file", "kojifile");
    private static final String IMAGE = "image";

    private final List<String> problems = new ArrayList<>();

    private CgMetadataParser() {}

    /**
     * @param json the metadata as JSON text, kept as the build's {@code metadata.json}
     * @throws ParameterError naming every problem
     */
    static CgMetadata parse(JsonNode root, String json) {
        return new CgMetadataParser().read(root, json);
    }

    /** Parses JSON text; refuses text that is not JSON. */
    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ParameterError("CGImport metadata is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A decoded XML-RPC struct as a JSON tree. */
    static JsonNode tree(Map<String, Object> struct) {
        return JSON.valueToTree(struct);
    }

    static String text(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    private CgMetadata read(JsonNode root, String json) {
        if (!root.isObject()) {
            throw new ParameterError("CGImport metadata is invalid: metadata: must be a JSON object, not "
                    + kind(root));
        }
        metadataVersion(root.get("metadata_version"));
        CgBuild build = build(objectAt(root, "build", "metadata.build"));
        List<CgBuildroot> buildroots = buildroots(root.get("buildroots"));
        List<CgOutput> outputs = outputs(root.get("output"), build, buildroots);
        if (!problems.isEmpty()) {
            throw new ParameterError("CGImport metadata is invalid: " + String.join("; ", problems));
        }
        return new CgMetadata(build, buildroots, outputs, json);
    }

    private void metadataVersion(JsonNode version) {
        if (version == null) {
            problems.add("metadata.metadata_version: missing");
        } else if (!version.isIntegralNumber() || version.asLong() != 0) {
            problems.add("metadata.metadata_version: unsupported " + repr(version) + " (only 0 is known)");
        }
    }

    // --- build ------------------------------------------------------------------------------------

    private CgBuild build(ObjectNode build) {
        if (build == null) {
            return null;
        }
        String path = "metadata.build";
        String name = requiredString(build, "name", path);
        String version = requiredString(build, "version", path);
        String release = requiredString(build, "release", path);
        Nvr nvr = null;
        if (name != null && version != null && release != null) {
            try {
                nvr = new Nvr(name, version, release);
            } catch (KojiFault e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
        Integer epoch = optionalInt(build, "epoch", path);
        String source = optionalString(build, "source", path);
        Instant start = requiredTime(build, "start_time", path);
        Instant end = requiredTime(build, "end_time", path);
        String owner = optionalString(build, "owner", path);
        Integer reserved = optionalInt(build, "build_id", path);
        ObjectNode extra = optionalObject(build, "extra", path);
        Integer taskId = optionalInt(build, "task_id", path);
        if (taskId == null && extra != null) {
            taskId = optionalInt(extra, "container_koji_task_id", path + ".extra");
        }
        ObjectNode storedExtra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
        Set<String> types = buildTypes(storedExtra, path + ".extra");
        if (nvr == null || start == null || end == null) {
            return null;
        }
        // Koji treats a build_id of 0 as none
        return new CgBuild(nvr, epoch, source, start, end, owner, reserved == null || reserved == 0 ? null : reserved,
                taskId, types, storedExtra.toString());
    }

    /** Koji's typeinfo: {@code extra.typeinfo}, with legacy {@code extra.image} etc. copied into it. */
    private Set<String> buildTypes(ObjectNode extra, String path) {
        JsonNode typeinfo = extra.get("typeinfo");
        if (typeinfo == null || typeinfo.isNull()) {
            typeinfo = extra.putObject("typeinfo");
        } else if (!typeinfo.isObject()) {
            problems.add(path + ".typeinfo: must be a dict, not " + kind(typeinfo));
            return Set.of();
        }
        ObjectNode types = (ObjectNode) typeinfo;
        for (String legacy : LEGACY_TYPES) {
            if (extra.has(legacy)) {
                if (types.has(legacy)) {
                    problems.add(path + ": duplicate typeinfo for '" + legacy + "'");
                } else {
                    types.set(legacy, extra.get(legacy));
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        types.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // --- buildroots -------------------------------------------------------------------------------

    private List<CgBuildroot> buildroots(JsonNode node) {
        List<CgBuildroot> buildroots = new ArrayList<>();
        if (!isNonEmptyArray(node, "metadata.buildroots")) {
            return buildroots;
        }
        Set<Integer> ids = new HashSet<>();
        String generator = null;
        for (int i = 0; i < node.size(); i++) {
            String path = "metadata.buildroots[" + i + "]";
            ObjectNode entry = asObject(node.get(i), path);
            if (entry == null) {
                continue;
            }
            Integer id = requiredInt(entry, "id", path);
            if (id != null && !ids.add(id)) {
                problems.add(path + ".id: duplicate buildroot id " + id);
            }
            ObjectNode host = objectAt(entry, "host", path + ".host");
            ObjectNode cg = objectAt(entry, "content_generator", path + ".content_generator");
            ObjectNode container = objectAt(entry, "container", path + ".container");
            String hostOs = host == null ? null : requiredString(host, "os", path + ".host");
            String hostArch = host == null ? null : requiredString(host, "arch", path + ".host");
            String cgName = cg == null ? null : requiredString(cg, "name", path + ".content_generator");
            String cgVersion = cg == null ? null : requiredString(cg, "version", path + ".content_generator");
            String containerType = container == null ? null : requiredString(container, "type", path + ".container");
            String containerArch = container == null ? null : requiredString(container, "arch", path + ".container");
            if (cgName != null && generator != null && !generator.equals(cgName)) {
                problems.add(path + ".content_generator.name: " + PythonText.repr(cgName) + " differs from "
                        + PythonText.repr(generator) + " (one content generator per import)");
            }
            generator = generator == null ? cgName : generator;
            ArrayNode tools = optionalArray(entry, "tools", path);
            ArrayNode components = optionalArray(entry, "components", path);
            checkComponents(components, path + ".components");
            ObjectNode extra = optionalObject(entry, "extra", path);
            if (id != null) {
                buildroots.add(new CgBuildroot(id, cgName, cgVersion, hostOs, hostArch, containerType, containerArch,
                        tools == null ? "[]" : tools.toString(), components == null ? "[]" : components.toString(),
                        extra == null ? null : extra.toString()));
            }
        }
        return buildroots;
    }

    private void checkComponents(ArrayNode components, String path) {
        if (components == null) {
            return;
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            JsonNode type = component.isObject() ? component.get("type") : null;
            if (!component.isObject()) {
                problems.add(path + "[" + i + "]: must be a dict, not " + kind(component));
            } else if (type == null || !type.isTextual() || !COMPONENT_TYPES.contains(type.asText())) {
                problems.add(path + "[" + i + "].type: " + (type == null ? "missing" : "unsupported " + repr(type))
                        + " (rpm, file or kojifile)");
            }
        }
    }

    // --- outputs ----------------------------------------------------------------------------------

    private List<CgOutput> outputs(JsonNode node, CgBuild build, List<CgBuildroot> buildroots) {
        List<CgOutput> outputs = new ArrayList<>();
        if (!isNonEmptyArray(node, "metadata.output")) {
            return outputs;
        }
        Set<Integer> buildrootIds = new HashSet<>();
        buildroots.forEach(buildroot -> buildrootIds.add(buildroot.id()));
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> filenames = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "metadata.output[" + i + "]";
            ObjectNode entry = asObject(node.get(i), path);
            if (entry == null) {
                continue;
            }
            Integer buildrootId = requiredInt(entry, "buildroot_id", path);
            if (buildrootId != null) {
                used.add(buildrootId);
                if (!buildrootIds.contains(buildrootId) && !buildroots.isEmpty()) {
                    problems.add(path + ".buildroot_id: no buildroot has id " + buildrootId);
                }
            }
            String filename = requiredString(entry, "filename", path);
            if (filename != null && !UploadArea.isPlainName(filename)) {
                problems.add(path + ".filename: " + PythonText.repr(filename) + " is not a plain file name");
                filename = null;
            }
            if (filename != null && filenames.putIfAbsent(filename, i) != null) {
                problems.add(path + ".filename: " + PythonText.repr(filename) + " is also metadata.output["
                        + filenames.get(filename) + "]");
            }
            String relpath = optionalString(entry, "relpath", path);
            if (relpath != null && !relpath.isEmpty() && !UploadArea.isRelativePath(relpath)) {
                problems.add(path + ".relpath: " + PythonText.repr(relpath) + " must stay below the upload directory");
            }
            Long size = requiredSize(entry, path);
            ChecksumType checksumType = checksumType(entry, path);
            String checksum = checksum(entry, path, checksumType);
            optionalString(entry, "arch", path);
            boolean metadataOnly = optionalBool(entry, "metadata_only", path);
            ObjectNode extra = optionalObject(entry, "extra", path);
            ArrayNode components = optionalArray(entry, "components", path);
            checkComponents(components, path + ".components");
            String type = requiredString(entry, "type", path);
            Optional<String> btype = type == null ? Optional.empty() : btype(type, extra, build, path);
            String imageArch = btype.filter(IMAGE::equals).map(image -> imageArch(extra, path)).orElse(null);
            if (filename != null && buildrootId != null && size != null && checksum != null && type != null
                    && (btype.isPresent() || type.equals("log"))) {
                outputs.add(new CgOutput(i, buildrootId, relpath == null || relpath.isEmpty() ? null : relpath,
                        filename, size, checksum, checksumType, metadataOnly, btype.orElse(null), imageArch,
                        archiveExtra(extra, components)));
            }
        }
        for (int i = 0; i < buildroots.size(); i++) {
            if (!used.contains(buildroots.get(i).id())) {
                problems.add("metadata.buildroots[" + i + "].id: buildroot " + buildroots.get(i).id()
                        + " is not used by any output");
            }
        }
        return outputs;
    }

    /** The output's build type, as Koji's {@code prep_archive} finds it; empty for a log or a problem. */
    private Optional<String> btype(String type, ObjectNode extra, CgBuild build, String path) {
        if (type.equals("log")) {
            return Optional.empty();
        }
        if (type.equals("rpm")) {
            problems.add(path + ".type: 'rpm' outputs are not supported by this hub");
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        if (extra != null) {
            LEGACY_TYPES.stream().filter(extra::has).forEach(found::add);
            JsonNode typeinfo = extra.get("typeinfo");
            if (typeinfo != null && typeinfo.isObject()) {
                typeinfo.fieldNames().forEachRemaining(name -> {
                    if (!found.add(name)) {
                        problems.add(path + ".extra: duplicate typeinfo for " + PythonText.repr(name));
                    }
                });
            }
        }
        if (found.isEmpty()) {
            problems.add(path + ".extra: no build type for a " + PythonText.repr(type)
                    + " output (extra.image, or a type in extra.typeinfo)");
            return Optional.empty();
        }
        if (found.size() > 1) {
            problems.add(path + ".extra: the output has several build types " + found);
            return Optional.empty();
        }
        String btype = found.iterator().next();
        if (btype.equals("maven") || btype.equals("win")) {
            problems.add(path + ".extra: " + btype + " outputs are not supported by this hub");
            return Optional.empty();
        }
        if (build != null && !build.buildTypes().contains(btype)) {
            problems.add(path + ".extra: output type " + PythonText.repr(btype)
                    + " is not one of the build's types (metadata.build.extra.typeinfo)");
            return Optional.empty();
        }
        return Optional.of(btype);
    }

    private String imageArch(ObjectNode extra, String path) {
        ObjectNode image = optionalObject(extra, IMAGE, path + ".extra");
        return image == null ? null : requiredString(image, "arch", path + ".extra.image");
    }

    private static String archiveExtra(ObjectNode extra, ArrayNode components) {
        if (components == null || components.isEmpty()) {
            return extra == null ? null : extra.toString();
        }
        ObjectNode stored = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
        stored.set("components", components);
        return stored.toString();
    }

    private ChecksumType checksumType(ObjectNode entry, String path) {
        String name = requiredString(entry, "checksum_type", path);
        if (name == null) {
            return null;
        }
        Optional<ChecksumType> type = OutputChecksums.typeByName(name);
        if (type.isEmpty()) {
            problems.add(path + ".checksum_type: unsupported " + PythonText.repr(name) + " (md5 or sha256)");
        }
        return type.orElse(null);
    }

    private String checksum(ObjectNode entry, String path, ChecksumType type) {
        String checksum = requiredString(entry, "checksum", path);
        if (checksum == null || type == null) {
            return null;
        }
        if (checksum.length() != OutputChecksums.hexLength(type) || !checksum.matches("[0-9a-fA-F]+")) {
            problems.add(path + ".checksum: " + PythonText.repr(checksum) + " is not a "
                    + OutputChecksums.name(type) + " in hex");
            return null;
        }
        return checksum.toLowerCase(Locale.ROOT);
    }

    private Long requiredSize(ObjectNode entry, String path) {
        JsonNode size = entry.get("filesize");
        if (size == null) {
            problems.add(path + ".filesize: missing");
        } else if (!size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0) {
            problems.add(path + ".filesize: must be a size in bytes, not " + repr(size));
        } else {
            return size.asLong();
        }
        return null;
    }

    // --- field readers: each records a problem and answers null when the field is wrong ------------

    private boolean isNonEmptyArray(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problems.add(path + ": missing");
        } else if (!node.isArray()) {
            problems.add(path + ": must be a list, not " + kind(node));
        } else if (node.isEmpty()) {
            problems.add(path + ": must not be empty");
        } else {
            return true;
        }
        return false;
    }

    private ObjectNode objectAt(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problems.add(path + ": missing");
            return null;
        }
        return asObject(node, path);
    }

    private ObjectNode asObject(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path + ": must be a dict, not " + kind(node));
            return null;
        }
        return (ObjectNode) node;
    }

    private ObjectNode optionalObject(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : asObject(node, path + "." + field);
    }

    private ArrayNode optionalArray(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(path + "." + field + ": must be a list, not " + kind(node));
            return null;
        }
        return (ArrayNode) node;
    }

    private String requiredString(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problems.add(path + "." + field + ": missing");
        } else if (!node.isTextual() || node.asText().isEmpty()) {
            problems.add(path + "." + field + ": must be a non-empty string, not " + repr(node));
        } else {
            return node.asText();
        }
        return null;
    }

    private String optionalString(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(path + "." + field + ": must be a string, not " + repr(node));
            return null;
        }
        return node.asText();
    }

    private boolean optionalBool(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(path + "." + field + ": must be true or false, not " + repr(node));
            return false;
        }
        return node.asBoolean();
    }

    private Integer requiredInt(ObjectNode parent, String field, String path) {
        if (parent.get(field) == null || parent.get(field).isNull()) {
            problems.add(path + "." + field + ": missing");
            return null;
        }
        return optionalInt(parent, field, path);
    }

    /** An int, or a string of digits (Koji casts these with {@code int()}). */
    private Integer optionalInt(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().matches("\\d{1,9}")) {
            return Integer.parseInt(node.asText());
        }
        problems.add(path + "." + field + ": must be an int, not " + repr(node));
        return null;
    }

    /** Seconds since the epoch, as a number or numeric text (Koji casts with {@code float()}). */
    private Instant requiredTime(ObjectNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        try {
            if (node != null && (node.isNumber() || node.isTextual())) {
                BigDecimal seconds = new BigDecimal(node.asText().strip());
                long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
                long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
                return Instant.ofEpochSecond(whole, nanos);
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            // refused below
        }
        problems.add(path + "." + field + ": " + (node == null || node.isNull()
                ? "missing" : "must be seconds since the epoch, not " + repr(node)));
        return null;
    }

    private static String repr(JsonNode node) {
        return PythonText.repr(JSON.convertValue(node, Object.class));
    }

    /** Python's name for a JSON value's type, as Koji's messages would say it. */
    private static String kind(JsonNode node) {
        return PythonText.typeName(JSON.convertValue(node, Object.class));
    }
}
