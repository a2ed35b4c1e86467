package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.ParameterError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private final Signature signature = Signature.builder("m")
            .optional("s", null).optional("i", null).optional("b", null).optional("m", null).optional("l", null)
            .build();

    private Arguments bind(Object... values) {
        return signature.bind(Arrays.asList(values));
    }

    private static String failure(Runnable getter) {
        return assertThrows(ParameterError.class, getter::run).getMessage();
    }

    @Test
    void strings() {
        assertEquals("x", bind("x").string("s"));
        assertEquals(Optional.empty(), bind().optionalString("s"));
        assertEquals("m(): argument 's' must be str, not int", failure(() -> bind(3).string("s")));
        assertEquals("m(): argument 's' must be str, not NoneType", failure(() -> bind().string("s")));
    }

    @Test
    void integersAcceptIntAndI8WithinRange() {
        assertEquals(5, bind(null, 5).integer("i"));
        assertEquals(5, bind(null, 5L).integer("i"));
        assertEquals(Optional.of(-1), bind(null, -1L).optionalInteger("i"));
        assertEquals(Optional.empty(), bind().optionalInteger("i"));
        assertEquals("m(): argument 'i' is out of range: 5000000000",
                failure(() -> bind(null, 5_000_000_000L).integer("i")));
        assertEquals("m(): argument 'i' must be int, not str", failure(() -> bind(null, "5").integer("i")));
        assertEquals("m(): argument 'i' must be int, not bool", failure(() -> bind(null, true).integer("i")));
        assertEquals(5_000_000_000L, bind(null, 5_000_000_000L).longValue("i"));
        assertEquals(7L, bind(null, 7).longValue("i"));
        assertEquals("m(): argument 'i' must be int, not float", failure(() -> bind(null, 1.5).longValue("i")));
    }

    @Test
    void booleansAcceptBoolAndZeroOrOne() {
        assertEquals(true, bind(null, null, true).bool("b"));
        assertEquals(false, bind(null, null, 0).bool("b"));
        assertEquals(true, bind(null, null, 1L).bool("b"));
        assertEquals(Optional.empty(), bind().optionalBool("b"));
        assertEquals("m(): argument 'b' must be bool, not int", failure(() -> bind(null, null, 2).bool("b")));
        assertEquals("m(): argument 'b' must be bool, not str", failure(() -> bind(null, null, "yes").bool("b")));
    }

    @Test
    void mapsAndLists() {
        assertEquals(Map.of("k", 1), bind(null, null, null, Map.of("k", 1)).map("m"));
        assertEquals(Optional.empty(), bind().optionalMap("m"));
        assertEquals("m(): argument 'm' must be dict, not list", failure(() -> bind(null, null, null, List.of()).map("m")));
        assertEquals(Arrays.asList(1, null), bind(null, null, null, null, Arrays.asList(1, null)).list("l"));
        assertEquals("m(): argument 'l' must be list, not NoneType", failure(() -> bind().list("l")));
        assertThrows(UnsupportedOperationException.class,
                () -> bind(null, null, null, null, List.of(1)).list("l").add(2));
    }

    @Test
    void unknownNamesAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class, () -> bind().raw("nope"));
    }
}
