package io.containerbuild.options;

import io.containerbuild.wire.PythonText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Converts build requests between their wire form (decoded XML-RPC values: structs as
 * {@code Map<String, Object>}, arrays as {@code List<Object>}) and the typed records. The wire
 * names of the options appear nowhere else.
 *
 * <p>Decoding enforces the builder's JSON schema: each key's type, and no unknown keys. It reports
 * every problem at once in an {@link InvalidOptionsException}; how options combine is checked
 * separately by {@link OptionsValidator}. Deviations from Python's draft-07 checks: a double is
 * never an integer (draft-07 accepts {@code 1.0}), and integers must fit in 32 bits, as Koji's ids do.
 *
 * <p>Encoding emits exactly the given keys, in the order the Python CLI builds its dict.
 */
public final class OptionsCodec {

    /** The {@code buildContainer} keys, in the Python CLI's order. */
    private enum BinaryKey {
        FLATPAK("flatpak"),
        ARCH_OVERRIDE("arch_override"),
        SCRATCH("scratch"),
        YUM_REPOURLS("yum_repourls"),
        GIT_BRANCH("git_branch"),
        SIGNING_INTENT("signing_intent"),
        COMPOSE_IDS("compose_ids"),
        USERDATA("userdata"),
        DEPENDENCY_REPLACEMENTS("dependency_replacements"),
        OPERATOR_CSV_MODIFICATIONS_URL("operator_csv_modifications_url"),
        RELEASE("release"),
        ISOLATED("isolated"),
        KOJI_PARENT_BUILD("koji_parent_build"),
        SKIP_BUILD("skip_build");

        static final List<String> NAMES = Arrays.stream(values()).map(key -> key.wire).collect(Collectors.toList());

        final String wire;

        BinaryKey(String wire) {
            this.wire = wire;
        }
    }

    /** The {@code buildSourceContainer} keys, in the Python CLI's order. */
    private enum SourceKey {
        SCRATCH("scratch"),
        SIGNING_INTENT("signing_intent"),
        KOJI_BUILD_ID("koji_build_id"),
        KOJI_BUILD_NVR("koji_build_nvr"),
        USERDATA("userdata");

        static final List<String> NAMES = Arrays.stream(values()).map(key -> key.wire).collect(Collectors.toList());

        final String wire;

        SourceKey(String wire) {
            this.wire = wire;
        }
    }

    private static final String OPTS = "opts";

    /**
     * Decodes the {@code opts} of a {@code buildContainer} request.
     *
     * @param opts the decoded struct; anything else (including null) is a problem
     * @throws InvalidOptionsException listing every problem
     */
    public ContainerBuildOptions decodeContainerBuild(Object opts) {
        List<OptionsProblem> problems = new ArrayList<>();
        ContainerBuildOptions options = readContainerBuild(opts, problems);
        throwIfAny(problems);
        return options;
    }

    /**
     * Decodes the {@code opts} of a {@code buildSourceContainer} request. Whether it names a build
     * is a rule of {@link OptionsValidator}, not a type check.
     *
     * @throws InvalidOptionsException listing every problem
     */
    public SourceContainerBuildOptions decodeSourceContainerBuild(Object opts) {
        List<OptionsProblem> problems = new ArrayList<>();
        SourceContainerBuildOptions options = readSourceContainerBuild(opts, problems);
        throwIfAny(problems);
        return options;
    }

    /**
     * Decodes a {@code buildContainer} task's parameters {@code [src, target, opts]}.
     *
     * @throws InvalidOptionsException listing every problem with the list, {@code src},
     *     {@code target} and {@code opts}
     */
    public ContainerBuildRequest decodeContainerBuildParams(List<?> params) {
        List<OptionsProblem> problems = new ArrayList<>();
        checkLength(params, 3, problems);
        String src = params.size() > 0 ? readString("src", params.get(0), problems) : null;
        String target = params.size() > 1 ? readString("target", params.get(1), problems) : null;
        ContainerBuildOptions options = params.size() > 2 ? readContainerBuild(params.get(2), problems) : null;
        throwIfAny(problems);
        return new ContainerBuildRequest(src, target, options);
    }

    /**
     * Decodes a {@code buildSourceContainer} task's parameters {@code [target, opts]}.
     *
     * @throws InvalidOptionsException listing every problem
     */
    public SourceContainerBuildRequest decodeSourceContainerBuildParams(List<?> params) {
        List<OptionsProblem> problems = new ArrayList<>();
        checkLength(params, 2, problems);
        String target = params.size() > 0 ? readString("target", params.get(0), problems) : null;
        SourceContainerBuildOptions options =
                params.size() > 1 ? readSourceContainerBuild(params.get(1), problems) : null;
        throwIfAny(problems);
        return new SourceContainerBuildRequest(target, options);
    }

    /** The wire struct with only the given options. */
    public Map<String, Object> encode(ContainerBuildOptions options) {
        Map<String, Object> opts = new LinkedHashMap<>();
        put(opts, BinaryKey.FLATPAK.wire, options.flatpak());
        put(opts, BinaryKey.ARCH_OVERRIDE.wire, options.archOverride());
        put(opts, BinaryKey.SCRATCH.wire, options.scratch());
        put(opts, BinaryKey.YUM_REPOURLS.wire, options.yumRepoUrls());
        put(opts, BinaryKey.GIT_BRANCH.wire, options.gitBranch());
        put(opts, BinaryKey.SIGNING_INTENT.wire, options.signingIntent());
        put(opts, BinaryKey.COMPOSE_IDS.wire, options.composeIds());
        put(opts, BinaryKey.USERDATA.wire, options.userdata() == null ? null : options.userdata().asMap());
        put(opts, BinaryKey.DEPENDENCY_REPLACEMENTS.wire, options.dependencyReplacements());
        put(opts, BinaryKey.OPERATOR_CSV_MODIFICATIONS_URL.wire, options.operatorCsvModificationsUrl());
        put(opts, BinaryKey.RELEASE.wire, options.release());
        put(opts, BinaryKey.ISOLATED.wire, options.isolated());
        put(opts, BinaryKey.KOJI_PARENT_BUILD.wire, options.kojiParentBuild());
        put(opts, BinaryKey.SKIP_BUILD.wire, options.skipBuild());
        return Collections.unmodifiableMap(opts);
    }

    /** The wire struct with only the given options. */
    public Map<String, Object> encode(SourceContainerBuildOptions options) {
        Map<String, Object> opts = new LinkedHashMap<>();
        put(opts, SourceKey.SCRATCH.wire, options.scratch());
        put(opts, SourceKey.SIGNING_INTENT.wire, options.signingIntent());
        put(opts, SourceKey.KOJI_BUILD_ID.wire, options.kojiBuildId());
        put(opts, SourceKey.KOJI_BUILD_NVR.wire, options.kojiBuildNvr());
        put(opts, SourceKey.USERDATA.wire, options.userdata() == null ? null : options.userdata().asMap());
        return Collections.unmodifiableMap(opts);
    }

    /** The task parameters {@code [src, target, opts]}. */
    public List<Object> encodeParams(ContainerBuildRequest request) {
        return List.of(request.src(), request.target(), encode(request.options()));
    }

    /** The task parameters {@code [target, opts]}. */
    public List<Object> encodeParams(SourceContainerBuildRequest request) {
        return List.of(request.target(), encode(request.options()));
    }

    private static ContainerBuildOptions readContainerBuild(Object opts, List<OptionsProblem> problems) {
        return StructReader.of(OPTS, opts, problems).map(reader -> {
            reader.rejectUnknownKeys(BinaryKey.NAMES);
            return ContainerBuildOptions.builder()
                    .scratch(reader.bool(BinaryKey.SCRATCH.wire))
                    .isolated(reader.bool(BinaryKey.ISOLATED.wire))
                    .dependencyReplacements(reader.nullableStrings(BinaryKey.DEPENDENCY_REPLACEMENTS.wire))
                    .yumRepoUrls(reader.nullableStrings(BinaryKey.YUM_REPOURLS.wire))
                    .archOverride(reader.nullableString(BinaryKey.ARCH_OVERRIDE.wire))
                    .gitBranch(reader.nullableString(BinaryKey.GIT_BRANCH.wire))
                    .kojiParentBuild(reader.nullableString(BinaryKey.KOJI_PARENT_BUILD.wire))
                    .release(reader.nullableString(BinaryKey.RELEASE.wire))
                    .flatpak(reader.bool(BinaryKey.FLATPAK.wire))
                    .composeIds(reader.nullableIntegers(BinaryKey.COMPOSE_IDS.wire))
                    .signingIntent(reader.nullableString(BinaryKey.SIGNING_INTENT.wire))
                    .skipBuild(reader.bool(BinaryKey.SKIP_BUILD.wire))
                    .userdata(reader.object(BinaryKey.USERDATA.wire))
                    .operatorCsvModificationsUrl(reader.nullableString(BinaryKey.OPERATOR_CSV_MODIFICATIONS_URL.wire))
                    .build();
        }).orElse(null);
    }

    private static SourceContainerBuildOptions readSourceContainerBuild(Object opts, List<OptionsProblem> problems) {
        return StructReader.of(OPTS, opts, problems).map(reader -> {
            reader.rejectUnknownKeys(SourceKey.NAMES);
            return SourceContainerBuildOptions.builder()
                    .scratch(reader.bool(SourceKey.SCRATCH.wire))
                    .kojiBuildId(reader.integer(SourceKey.KOJI_BUILD_ID.wire))
                    .kojiBuildNvr(reader.string(SourceKey.KOJI_BUILD_NVR.wire))
                    .signingIntent(reader.string(SourceKey.SIGNING_INTENT.wire))
                    .userdata(reader.object(SourceKey.USERDATA.wire))
                    .build();
        }).orElse(null);
    }

    private static void checkLength(List<?> params, int expected, List<OptionsProblem> problems) {
        if (params == null) {
            throw new InvalidOptionsException(List.of(StructReader.notOfType("params", null, "'array'")));
        }
        if (params.size() < expected) {
            problems.add(new OptionsProblem("params", PythonText.repr(params) + " is too short"));
        } else if (params.size() > expected) {
            problems.add(new OptionsProblem("params", PythonText.repr(params) + " is too long"));
        }
    }

    private static String readString(String path, Object value, List<OptionsProblem> problems) {
        if (value instanceof String text) {
            return text;
        }
        problems.add(StructReader.notOfType(path, value, "'string'"));
        return null;
    }

    private static void put(Map<String, Object> opts, String key, Object value) {
        if (value != null) {
            opts.put(key, value);
        }
    }

    private static void throwIfAny(List<OptionsProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
    }
}
