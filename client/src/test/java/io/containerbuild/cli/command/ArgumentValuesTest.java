package io.containerbuild.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentValuesTest {

    @Test
    void kojisArgFilter() {
        assertEquals(42, ArgumentValues.filter("42"));
        assertEquals(1.5, ArgumentValues.filter("1.5"));
        assertNull(ArgumentValues.filter("None"));
        assertEquals(Boolean.TRUE, ArgumentValues.filter("True"));
        assertEquals("true", ArgumentValues.filter("true"));
        assertEquals("f39-build", ArgumentValues.filter("f39-build"));
        assertEquals(8589934592L, ArgumentValues.filter("8589934592"));
    }

    @Test
    void pythonLiterals() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("state", List.of(0, 1));
        expected.put("method", "buildContainer");
        expected.put("owner", null);
        assertEquals(expected, ArgumentValues.pythonLiteral("{'state': [0, 1], \"method\": 'buildContainer', 'owner': None}"));
        assertEquals(Arrays.asList("a'b", true, -3, 2.5e3), ArgumentValues.pythonLiteral("(\"a'b\", True, -3, 2.5e3)"));
        assertThrows(IllegalArgumentException.class, () -> ArgumentValues.pythonLiteral("[1, oops]"));
        assertThrows(IllegalArgumentException.class, () -> ArgumentValues.pythonLiteral("'open"));
    }

    @Test
    void pprintAndJsonOutput() {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("state", 2);
        task.put("arch", "noarch");
        task.put("result", null);
        assertEquals("{'arch': 'noarch', 'result': None, 'state': 2}", ValuePrinter.pretty(task));
        assertEquals("{\n  \"state\": 2,\n  \"arch\": \"noarch\",\n  \"result\": null\n}", ValuePrinter.json(task));
        assertEquals("1e+20", ValuePrinter.repr(1e20));
        // a hub's timestamps, as Python prints them (Java's own text would be 1.795715375852057E9)
        assertEquals("1795715375.852057", ValuePrinter.repr(1795715375.852057));
        assertEquals("{\n  \"create_ts\": 1795715375.852057\n}", ValuePrinter.json(Map.of("create_ts", 1795715375.852057)));
        assertEquals("1.0", ValuePrinter.repr(1.0));
        assertEquals("0.0001", ValuePrinter.repr(0.0001));
        assertEquals("1e-05", ValuePrinter.repr(0.00001));
        assertEquals("1e+16", ValuePrinter.repr(1e16));
        assertEquals("123456789012345.6", ValuePrinter.repr(123456789012345.6));
        assertEquals("-2.5", ValuePrinter.repr(-2.5));
        Map<String, Object> wide = new LinkedHashMap<>();
        wide.put("b", "x".repeat(40));
        wide.put("a", "y".repeat(40));
        assertEquals("{'a': '" + "y".repeat(40) + "',\n 'b': '" + "x".repeat(40) + "'}", ValuePrinter.pretty(wide));
    }
}
