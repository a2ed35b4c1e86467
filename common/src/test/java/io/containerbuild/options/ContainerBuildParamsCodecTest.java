package io.containerbuild.options;

import static io.containerbuild.options.Wire.array;
import static io.containerbuild.options.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The task parameter arrays {@code [src, target, opts]} and {@code [target, opts]}. */
class ContainerBuildParamsCodecTest {

    private static final String SRC = "git://pkgs.example.com/containers/image#abc";

    private final OptionsCodec codec = new OptionsCodec();

    @Test
    void decodesABuildContainerTask() {
        ContainerBuildRequest request = codec.decodeContainerBuildParams(array(SRC, "target", struct("git_branch", "main")));
        assertEquals(new ContainerBuildRequest(SRC, "target", ContainerBuildOptions.builder().gitBranch("main").build()),
                request);
        assertEquals(List.of(SRC, "target", struct("git_branch", "main")), codec.encodeParams(request));
    }

    static Stream<Arguments> badBinaryParams() {
        return Stream.of(
                Arguments.of(array(null, "target", struct()), List.of("src: None is not of type 'string'")),
                Arguments.of(array(123, "target", struct()), List.of("src: 123 is not of type 'string'")),
                Arguments.of(array(SRC, null, struct()), List.of("target: None is not of type 'string'")),
                Arguments.of(array(SRC, 123, struct()), List.of("target: 123 is not of type 'string'")),
                Arguments.of(array(SRC, "target", "opts"), List.of("opts: 'opts' is not of type 'object'")),
                Arguments.of(array(SRC, "target", 123), List.of("opts: 123 is not of type 'object'")),
                Arguments.of(array(SRC, "target", array()), List.of("opts: [] is not of type 'object'")),
                Arguments.of(array(SRC, "target", null), List.of("opts: None is not of type 'object'")),
                Arguments.of(array(SRC, "target"), List.of("params: ['" + SRC + "', 'target'] is too short")),
                Arguments.of(array(), List.of("params: [] is too short")),
                Arguments.of(array(SRC, "target", struct(), "extra"),
                        List.of("params: ['" + SRC + "', 'target', {}, 'extra'] is too long")),
                Arguments.of(array(null, 1, struct("scratch", "no")), List.of(
                        "src: None is not of type 'string'",
                        "target: 1 is not of type 'string'",
                        "opts.scratch: 'no' is not of type 'boolean'")));
    }

    @ParameterizedTest
    @MethodSource("badBinaryParams")
    void rejectsBadBuildContainerParams(List<Object> params, List<String> problems) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeContainerBuildParams(params));
        assertEquals(problems, e.problems().stream().map(OptionsProblem::toString).toList());
    }

    @Test
    void nullParamsAreNotAnArray() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class, () -> codec.decodeContainerBuildParams(null));
        assertEquals("params: None is not of type 'array'", e.getMessage());
    }

    @Test
    void decodesABuildSourceContainerTask() {
        SourceContainerBuildRequest request = codec.decodeSourceContainerBuildParams(array("target", struct("koji_build_id", 7)));
        assertEquals(new SourceContainerBuildRequest("target", SourceContainerBuildOptions.builder().kojiBuildId(7).build()),
                request);
        assertEquals(List.of("target", struct("koji_build_id", 7)), codec.encodeParams(request));
    }

    static Stream<Arguments> badSourceParams() {
        return Stream.of(
                Arguments.of(array(null, struct()), List.of("target: None is not of type 'string'")),
                Arguments.of(array(123, struct()), List.of("target: 123 is not of type 'string'")),
                Arguments.of(array("target", "opts"), List.of("opts: 'opts' is not of type 'object'")),
                Arguments.of(array("target", 123), List.of("opts: 123 is not of type 'object'")),
                Arguments.of(array("target", array()), List.of("opts: [] is not of type 'object'")),
                Arguments.of(array("target", null), List.of("opts: None is not of type 'object'")),
                Arguments.of(array("target"), List.of("params: ['target'] is too short")),
                Arguments.of(array("target", struct(), 1), List.of("params: ['target', {}, 1] is too long")));
    }

    @ParameterizedTest
    @MethodSource("badSourceParams")
    void rejectsBadBuildSourceContainerParams(List<Object> params, List<String> problems) {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> codec.decodeSourceContainerBuildParams(params));
        assertEquals(problems, e.problems().stream().map(OptionsProblem::toString).toList());
    }
}
