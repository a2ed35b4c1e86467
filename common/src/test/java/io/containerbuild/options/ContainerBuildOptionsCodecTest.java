package io.containerbuild.options;

import static io.containerbuild.options.Wire.array;
import static io.containerbuild.options.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.ParameterError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's {@code buildContainer} schema (upstream test_schema_validation_*), row by row. */
class ContainerBuildOptionsCodecTest {

    private final OptionsCodec codec = new OptionsCodec();

    static Map<String, Object> everyOption() {
        return struct(
                "scratch", false,
                "isolated", true,
                "dependency_replacements", array("gomod:example.com/dep:v1.1"),
                "yum_repourls", array("https://repos.example.com/a.repo", "https://repos.example.com/b.repo"),
                "arch_override", "x86_64 ppc64le",
                "git_branch", "main",
                "koji_parent_build", "parent-image-1.0-1",
                "release", "2.1",
                "flatpak", false,
                "compose_ids", array(1, 2),
                "signing_intent", null,
                "skip_build", false,
                "userdata", struct("custom", "value", "nested", struct("list", array(1, "two", null))),
                "operator_csv_modifications_url", "https://example.com/mods.json");
    }

    @Test
    void acceptsAFullOptionSet() {
        ContainerBuildOptions options = codec.decodeContainerBuild(everyOption());
        assertEquals(Boolean.FALSE, options.scratch());
        assertEquals(Boolean.TRUE, options.isolated());
        assertEquals(List.of("gomod:example.com/dep:v1.1"), options.dependencyReplacements());
        assertEquals(List.of("https://repos.example.com/a.repo", "https://repos.example.com/b.repo"), options.yumRepoUrls());
        assertEquals("x86_64 ppc64le", options.archOverride());
        assertEquals("main", options.gitBranch());
        assertEquals("parent-image-1.0-1", options.kojiParentBuild());
        assertEquals("2.1", options.release());
        assertEquals(Boolean.FALSE, options.flatpak());
        assertEquals(List.of(1, 2), options.composeIds());
        assertNull(options.signingIntent());
        assertEquals(Boolean.FALSE, options.skipBuild());
        assertEquals(struct("custom", "value", "nested", struct("list", array(1, "two", null))), options.userdata().asMap());
        assertEquals("https://example.com/mods.json", options.operatorCsvModificationsUrl());
    }

    @Test
    void acceptsAnEmptyOptionSet() {
        assertEquals(ContainerBuildOptions.builder().build(), codec.decodeContainerBuild(struct()));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("scratch", "true", "'true' is not of type 'boolean'"),
                Arguments.of("scratch", 1, "1 is not of type 'boolean'"),
                Arguments.of("scratch", null, "None is not of type 'boolean'"),
                Arguments.of("isolated", "true", "'true' is not of type 'boolean'"),
                Arguments.of("isolated", 0, "0 is not of type 'boolean'"),
                Arguments.of("isolated", null, "None is not of type 'boolean'"),
                Arguments.of("flatpak", "yes", "'yes' is not of type 'boolean'"),
                Arguments.of("flatpak", null, "None is not of type 'boolean'"),
                Arguments.of("skip_build", "false", "'false' is not of type 'boolean'"),
                Arguments.of("skip_build", null, "None is not of type 'boolean'"),
                Arguments.of("dependency_replacements", "gomod:dep:v1", "'gomod:dep:v1' is not of type 'array', 'null'"),
                Arguments.of("dependency_replacements", struct(), "{} is not of type 'array', 'null'"),
                Arguments.of("yum_repourls", "one.url", "'one.url' is not of type 'array', 'null'"),
                Arguments.of("yum_repourls", 1, "1 is not of type 'array', 'null'"),
                Arguments.of("arch_override", 1, "1 is not of type 'string', 'null'"),
                Arguments.of("arch_override", array("x86_64"), "['x86_64'] is not of type 'string', 'null'"),
                Arguments.of("git_branch", 1, "1 is not of type 'string', 'null'"),
                Arguments.of("git_branch", true, "True is not of type 'string', 'null'"),
                Arguments.of("koji_parent_build", 1, "1 is not of type 'string', 'null'"),
                Arguments.of("release", 1, "1 is not of type 'string', 'null'"),
                Arguments.of("release", 1.5, "1.5 is not of type 'string', 'null'"),
                Arguments.of("compose_ids", "1", "'1' is not of type 'array', 'null'"),
                Arguments.of("compose_ids", 1, "1 is not of type 'array', 'null'"),
                Arguments.of("signing_intent", 1, "1 is not of type 'string', 'null'"),
                Arguments.of("signing_intent", array(), "[] is not of type 'string', 'null'"),
                Arguments.of("userdata", null, "None is not of type 'object'"),
                Arguments.of("userdata", "{}", "'{}' is not of type 'object'"),
                Arguments.of("userdata", array(), "[] is not of type 'object'"),
                Arguments.of("operator_csv_modifications_url", 1, "1 is not of type 'string', 'null'"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("wrongTypes")
    void rejectsAWrongType(String key, Object value, String message) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct("git_branch", "main", key, value)));
        assertEquals(List.of(new OptionsProblem("opts." + key, message)), e.problems());
    }

    static Stream<Arguments> wrongItems() {
        return Stream.of(
                Arguments.of("compose_ids", array(1, "2"), "opts.compose_ids[1]", "'2' is not of type 'integer'"),
                Arguments.of("compose_ids", array(1.5), "opts.compose_ids[0]", "1.5 is not of type 'integer'"),
                Arguments.of("compose_ids", array(1.0), "opts.compose_ids[0]", "1.0 is not of type 'integer'"),
                Arguments.of("compose_ids", array(true), "opts.compose_ids[0]", "True is not of type 'integer'"),
                Arguments.of("compose_ids", array(1, null), "opts.compose_ids[1]", "None is not of type 'integer'"),
                Arguments.of("compose_ids", array(4_294_967_296L), "opts.compose_ids[0]",
                        "4294967296 is out of range for a 32-bit integer"),
                Arguments.of("yum_repourls", array("a.repo", 2), "opts.yum_repourls[1]", "2 is not of type 'string'"),
                Arguments.of("yum_repourls", array((Object) null), "opts.yum_repourls[0]", "None is not of type 'string'"),
                Arguments.of("dependency_replacements", array(array("x")), "opts.dependency_replacements[0]",
                        "['x'] is not of type 'string'"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("wrongItems")
    void rejectsAWrongArrayItem(String key, Object value, String path, String message) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct(key, value)));
        assertEquals(List.of(new OptionsProblem(path, message)), e.problems());
    }

    @Test
    void reportsEveryBadItemOfAnArray() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct("compose_ids", array("1", 2, 3.5))));
        assertEquals(List.of(new OptionsProblem("opts.compose_ids[0]", "'1' is not of type 'integer'"),
                new OptionsProblem("opts.compose_ids[2]", "3.5 is not of type 'integer'")), e.problems());
    }

    @Test
    void acceptsI8IntegersThatFit() {
        assertEquals(List.of(7, 2_147_483_647),
                codec.decodeContainerBuild(struct("compose_ids", array(7L, 2_147_483_647L))).composeIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dependency_replacements", "yum_repourls", "arch_override", "git_branch",
        "koji_parent_build", "release", "compose_ids", "signing_intent", "operator_csv_modifications_url"})
    void acceptsNullWhereTheSchemaAllowsItAndTreatsItAsNotGiven(String key) {
        ContainerBuildOptions options = codec.decodeContainerBuild(struct(key, null));
        assertEquals(ContainerBuildOptions.builder().build(), options);
        assertFalse(codec.encode(options).containsKey(key));
    }

    @Test
    void rejectsAnUnknownKey() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct("git_branch", "main", "version", "1.0")));
        assertEquals(List.of(new OptionsProblem("opts", "Additional properties are not allowed ('version' was unexpected)")),
                e.problems());
        assertEquals("opts: Additional properties are not allowed ('version' was unexpected)", e.getMessage());
    }

    @Test
    void rejectsSeveralUnknownKeysInOneProblem() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct("version", "1.0", "name", "x", "push_url", null)));
        assertEquals(List.of(new OptionsProblem("opts",
                "Additional properties are not allowed ('name', 'push_url', 'version' were unexpected)")), e.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"epoch", "triggered_after_koji_task", "push_url", "Scratch", "SCRATCH", "git-branch", ""})
    void rejectsRemovedAndMisspelledKeys(String key) {
        assertThrows(InvalidOptionsException.class, () -> codec.decodeContainerBuild(struct(key, true)));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Map<String, Object> opts = struct("scratch", "true", "version", 1, "compose_ids", array(1, "2"),
                "userdata", null, "git_branch", 5);
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> codec.decodeContainerBuild(opts));
        assertEquals(List.of(
                new OptionsProblem("opts", "Additional properties are not allowed ('version' was unexpected)"),
                new OptionsProblem("opts.scratch", "'true' is not of type 'boolean'"),
                new OptionsProblem("opts.git_branch", "5 is not of type 'string', 'null'"),
                new OptionsProblem("opts.compose_ids[1]", "'2' is not of type 'integer'"),
                new OptionsProblem("opts.userdata", "None is not of type 'object'")), e.problems());
        assertEquals("opts: Additional properties are not allowed ('version' was unexpected); "
                + "opts.scratch: 'true' is not of type 'boolean'; "
                + "opts.git_branch: 5 is not of type 'string', 'null'; "
                + "opts.compose_ids[1]: '2' is not of type 'integer'; "
                + "opts.userdata: None is not of type 'object'", e.getMessage());
    }

    @Test
    void problemsAreParameterErrors() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct("scratch", 1)));
        assertInstanceOf(ParameterError.class, e);
        assertEquals(FaultCode.PARAMETER_ERROR.code(), e.faultCode());
        assertEquals("ParameterError: opts.scratch: 1 is not of type 'boolean'", e.display());
    }

    static Stream<Arguments> notObjects() {
        return Stream.of(
                Arguments.of("string", "'string' is not of type 'object'"),
                Arguments.of(123, "123 is not of type 'object'"),
                Arguments.of(array("a"), "['a'] is not of type 'object'"),
                Arguments.of(null, "None is not of type 'object'"));
    }

    @ParameterizedTest(name = "opts={0}")
    @MethodSource("notObjects")
    void optsMustBeAnObject(Object opts, String message) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> codec.decodeContainerBuild(opts));
        assertEquals(List.of(new OptionsProblem("opts", message)), e.problems());
    }

    @Test
    void userdataWithValuesTheWireCannotCarryIsRejected() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuild(struct("userdata", struct("blob", new byte[] {1}))));
        assertEquals("opts.userdata", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("value at ['blob'] has unsupported type"),
                e.problems().get(0).message());
    }

    @Test
    void encodeEmitsOnlyGivenKeysInTheCliOrder() {
        ContainerBuildOptions options = ContainerBuildOptions.builder()
                .kojiParentBuild("parent-1-1")
                .isolated(true)
                .release("1.2")
                .gitBranch("main")
                .scratch(false)
                .archOverride("x86_64")
                .flatpak(true)
                .composeIds(List.of(3, 4))
                .build();
        Map<String, Object> opts = codec.encode(options);
        assertEquals(List.of("flatpak", "arch_override", "scratch", "git_branch", "compose_ids", "release", "isolated",
                "koji_parent_build"), new ArrayList<>(opts.keySet()));
        assertEquals(struct("flatpak", true, "arch_override", "x86_64", "scratch", false, "git_branch", "main",
                "compose_ids", List.of(3, 4), "release", "1.2", "isolated", true, "koji_parent_build", "parent-1-1"), opts);
    }

    @Test
    void encodeOfNothingIsAnEmptyStruct() {
        assertEquals(Map.of(), codec.encode(ContainerBuildOptions.builder().build()));
    }

    @Test
    void encodedStructIsImmutable() {
        Map<String, Object> opts = codec.encode(ContainerBuildOptions.builder().gitBranch("main").build());
        assertThrows(UnsupportedOperationException.class, () -> opts.put("scratch", true));
    }

    /** What the Python CLI sends for `koji container-build target git://...#ref --git-branch br ...`. */
    @Test
    void cliStyleStructsSurviveARoundTrip() {
        Map<String, Object> cli = struct(
                "arch_override", "x86_64 ppc64le",
                "scratch", true,
                "yum_repourls", array("http://a.repo"),
                "git_branch", "f40",
                "compose_ids", array(1, 2),
                "userdata", struct("key", "value"),
                "dependency_replacements", array("gomod:foo.bar/baz:v1.0.0"),
                "release", "1");
        Map<String, Object> reencoded = codec.encode(codec.decodeContainerBuild(cli));
        assertEquals(cli, reencoded);
        assertEquals(new ArrayList<>(cli.keySet()), new ArrayList<>(reencoded.keySet()));
    }

    @Test
    void everyOptionSurvivesARoundTripExceptExplicitNulls() {
        Map<String, Object> wire = everyOption();
        Map<String, Object> expected = new LinkedHashMap<>(wire);
        expected.remove("signing_intent");
        assertEquals(expected, codec.encode(codec.decodeContainerBuild(wire)));
    }

    @Test
    void falseAndEmptyStayDistinctFromAbsent() {
        Map<String, Object> wire = struct("scratch", false, "yum_repourls", array(), "compose_ids", array(),
                "arch_override", "", "userdata", struct(), "release", "");
        ContainerBuildOptions options = codec.decodeContainerBuild(wire);
        assertEquals(Boolean.FALSE, options.scratch());
        assertEquals(List.of(), options.yumRepoUrls());
        assertEquals(UserData.empty(), options.userdata());
        assertEquals(wire, codec.encode(options));
    }

    @Test
    void decodeOfEncodeIsIdentity() {
        ContainerBuildOptions options = ContainerBuildOptions.builder()
                .scratch(true).isolated(false).dependencyReplacements(List.of("a:b:c")).yumRepoUrls(List.of())
                .archOverride("s390x").gitBranch("b").kojiParentBuild("p-1-1").release("r").flatpak(false)
                .composeIds(List.of(9)).signingIntent("release").skipBuild(false)
                .userdata(UserData.of(struct("k", array(1L, 2.5, false))))
                .operatorCsvModificationsUrl("https://x/y.json")
                .build();
        assertEquals(options, codec.decodeContainerBuild(codec.encode(options)));
    }
}
