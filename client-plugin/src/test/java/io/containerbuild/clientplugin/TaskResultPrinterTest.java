package io.containerbuild.clientplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden output of koji-containerbuild's result printing (§4.4). */
class TaskResultPrinterTest {

    private static String print(Object result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TaskResultPrinter(new PrintStream(out, true, StandardCharsets.UTF_8), "x.org").print(42, result);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void upstreamsExample() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("repositories", List.of("a", "b"));
        result.put("koji_builds", List.of("1"));

        assertEquals("Task Result (42):\nkoji_builds:\n    x.org/buildinfo?buildID=1\nrepositories:\n    a\n    b\n",
                print(result));
    }

    @Test
    void keysAreSortedAtEveryLevelAndNestedValuesIndentedTwoSpacesALevel() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("zeta", true);
        nested.put("alpha", List.of(1, Map.of("k", "v")));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user_warnings", List.of("deprecated base image"));
        result.put("extra", nested);
        result.put("koji_builds", List.of("7", "8"));
        result.put("note", null);

        assertEquals(String.join("\n",
                "Task Result (42):",
                "extra:",
                "  alpha:",
                "      1",
                "      k:",
                "        v",
                "  zeta:",
                "    True",
                "koji_builds:",
                "    x.org/buildinfo?buildID=7",
                "    x.org/buildinfo?buildID=8",
                "note:",
                "  None",
                "user_warnings:",
                "    deprecated base image",
                ""), print(result));
    }

    @Test
    void aResultWithoutBuildsStillShowsTheKojiBuildsLine() {
        assertEquals("Task Result (42):\nkoji_builds:\nrepositories:\n    r\n",
                print(Map.of("repositories", List.of("r"))));
    }

    @Test
    void aResultThatIsNotAStructIsPrintedAsIs() {
        assertEquals("Task Result (42):\nfinished\n", print("finished"));
    }
}
