package io.containerbuild.options;

import io.containerbuild.wire.PythonText;

import static io.containerbuild.options.Wire.array;
import static io.containerbuild.options.Wire.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PythonTextTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(null, "None"),
                Arguments.of(true, "True"),
                Arguments.of(false, "False"),
                Arguments.of(42, "42"),
                Arguments.of(-7L, "-7"),
                Arguments.of(1.5, "1.5"),
                Arguments.of(1.0, "1.0"),
                Arguments.of(-0.0, "-0.0"),
                Arguments.of(0.0, "0.0"),
                Arguments.of(123456789.0, "123456789.0"),
                Arguments.of(1e16, "1e+16"),
                Arguments.of(1.5e-5, "1.5e-05"),
                Arguments.of(0.0001, "0.0001"),
                Arguments.of(Double.NaN, "nan"),
                Arguments.of(Double.NEGATIVE_INFINITY, "-inf"),
                Arguments.of("plain", "'plain'"),
                Arguments.of("it's", "\"it's\""),
                Arguments.of("both ' and \"", "'both \\' and \"'"),
                Arguments.of("back\\slash", "'back\\\\slash'"),
                Arguments.of("tab\tline\nret\r", "'tab\\tline\\nret\\r'"),
                Arguments.of("esc\u001b bell\u0007 del\u007f", "'esc\\x1b bell\\x07 del\\x7f'"),
                Arguments.of("nbsp\u00a0zwsp\u200b", "'nbsp\\xa0zwsp\\u200b'"),
                Arguments.of("üñí", "'üñí'"),
                Arguments.of(array(1, "2", null), "[1, '2', None]"),
                Arguments.of(array(), "[]"),
                Arguments.of(struct("a", 1, "b", array(true)), "{'a': 1, 'b': [True]}"),
                Arguments.of(struct(), "{}"),
                Arguments.of(new Object(), "<Object object>"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void rendersLikePythonsRepr(Object value, String repr) {
        assertEquals(repr, PythonText.repr(value));
    }
}
