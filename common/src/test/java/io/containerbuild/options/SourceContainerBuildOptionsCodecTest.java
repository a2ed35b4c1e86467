package io.containerbuild.options;

import static io.containerbuild.options.Wire.array;
import static io.containerbuild.options.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The builder's {@code buildSourceContainer} schema, row by row. */
class SourceContainerBuildOptionsCodecTest {

    private final OptionsCodec codec = new OptionsCodec();

    static Stream<Map<String, Object>> validOptionSets() {
        return Stream.of(
                struct("koji_build_id", 12345),
                struct("koji_build_nvr", "image-1.0-1"),
                struct("koji_build_id", 12345, "koji_build_nvr", "image-1.0-1"),
                struct("scratch", true, "koji_build_id", 1, "signing_intent", "release", "userdata", struct("a", 1)),
                struct("scratch", false, "signing_intent", "beta", "koji_build_id", 1, "koji_build_nvr", "n-v-r",
                        "userdata", struct()));
    }

    @ParameterizedTest
    @MethodSource("validOptionSets")
    void acceptsValidOptionSetsAndReencodesThem(Map<String, Object> wire) {
        assertEquals(wire, codec.encode(codec.decodeSourceContainerBuild(wire)));
    }

    @Test
    void decodesEveryKey() {
        SourceContainerBuildOptions options = codec.decodeSourceContainerBuild(struct("scratch", true,
                "koji_build_id", 42, "koji_build_nvr", "image-1.0-1", "signing_intent", "release",
                "userdata", struct("k", "v")));
        assertEquals(new SourceContainerBuildOptions(true, 42, "image-1.0-1", "release", UserData.of(struct("k", "v"))),
                options);
    }

    @Test
    void anEmptySetDecodesBecauseNamingABuildIsARuleNotAType() {
        assertEquals(SourceContainerBuildOptions.builder().build(), codec.decodeSourceContainerBuild(struct()));
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("scratch", "true", "'true' is not of type 'boolean'"),
                Arguments.of("scratch", 1, "1 is not of type 'boolean'"),
                Arguments.of("scratch", null, "None is not of type 'boolean'"),
                Arguments.of("koji_build_id", "12345", "'12345' is not of type 'integer'"),
                Arguments.of("koji_build_id", 1.5, "1.5 is not of type 'integer'"),
                Arguments.of("koji_build_id", true, "True is not of type 'integer'"),
                Arguments.of("koji_build_id", null, "None is not of type 'integer'"),
                Arguments.of("koji_build_nvr", 1, "1 is not of type 'string'"),
                Arguments.of("koji_build_nvr", null, "None is not of type 'string'"),
                Arguments.of("signing_intent", 1, "1 is not of type 'string'"),
                Arguments.of("signing_intent", null, "None is not of type 'string'"),
                Arguments.of("userdata", null, "None is not of type 'object'"),
                Arguments.of("userdata", "x", "'x' is not of type 'object'"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("wrongTypes")
    void rejectsAWrongType(String key, Object value, String message) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeSourceContainerBuild(struct("koji_build_nvr", "n-v-r", key, value)));
        assertEquals(List.of(new OptionsProblem("opts." + key, message)), e.problems());
    }

    @Test
    void rejectsBinaryOnlyAndUnknownKeys() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeSourceContainerBuild(struct("koji_build_id", 1, "git_branch", "main", "isolated", true)));
        assertEquals(List.of(new OptionsProblem("opts",
                "Additional properties are not allowed ('git_branch', 'isolated' were unexpected)")), e.problems());
    }

    @Test
    void encodeFollowsTheCliOrder() {
        SourceContainerBuildOptions options = SourceContainerBuildOptions.builder()
                .userdata(UserData.of(struct("x", 1))).kojiBuildNvr("n-v-r").kojiBuildId(5).signingIntent("s")
                .scratch(true).build();
        assertEquals(List.of("scratch", "signing_intent", "koji_build_id", "koji_build_nvr", "userdata"),
                new ArrayList<>(codec.encode(options).keySet()));
    }

    @Test
    void decodeOfEncodeIsIdentity() {
        SourceContainerBuildOptions options = new SourceContainerBuildOptions(false, 0, "", "intent",
                UserData.of(struct("l", array("a", null))));
        assertEquals(options, codec.decodeSourceContainerBuild(codec.encode(options)));
    }
}
