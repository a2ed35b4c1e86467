package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordArgsTest {

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void withoutKeywordsNothingIsAppended() {
        assertEquals(List.of(4242), KeywordArgs.encode(List.of(4242), Map.of()));
    }

    @Test
    void keywordsBecomeATrailingStarstarStructWithTheMarkerLast() {
        List<Object> params = KeywordArgs.encode(List.of(4242), map("request", true));
        assertEquals(2, params.size());
        Map<?, ?> struct = (Map<?, ?>) params.get(1);
        assertEquals(List.of("request", "__starstar"), new ArrayList<>(struct.keySet()));
        assertEquals(true, struct.get("__starstar"));
    }

    @Test
    void nullKeywordValuesAreKeptAsNil() {
        List<Object> params = KeywordArgs.encode(List.of("alice", "secret"), map("opts", null));
        String xml = new String(WireCodec.withDefaults().encodeCall("login", params),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<param><value><struct><member><name>opts</name><value><nil/></value></member>"
                + "<member><name>__starstar</name><value><boolean>1</boolean></value></member></struct></value>"
                + "</param>"), xml);
    }

    @Test
    void splitTakesTheStarstarStructApart() {
        KeywordArgs split = KeywordArgs.split(List.of(4242, map("request", true, "__starstar", true)));
        assertEquals(List.of(4242), split.positional());
        assertEquals(Map.of("request", true), split.keywords());
    }

    @Test
    void aTrailingStructWithoutATruthyMarkerIsPositional() {
        Map<String, Object> opts = map("git_branch", "main");
        assertEquals(new KeywordArgs(List.of("src", opts), Map.of()), KeywordArgs.split(List.of("src", opts)));
        Map<String, Object> falseMarker = map("x", 1, "__starstar", false);
        assertEquals(List.of(falseMarker), KeywordArgs.split(List.of(falseMarker)).positional());
        Map<String, Object> zeroMarker = map("x", 1, "__starstar", 0);
        assertEquals(List.of(zeroMarker), KeywordArgs.split(List.of(zeroMarker)).positional());
    }

    @Test
    void anyPythonTruthyMarkerCounts() {
        for (Object marker : List.of(1, "yes", 2L, List.of(0))) {
            assertEquals(Map.of("x", 1), KeywordArgs.split(List.of(map("x", 1, "__starstar", marker))).keywords(),
                    String.valueOf(marker));
        }
    }

    @Test
    void onlyTheLastParameterIsConsidered() {
        Map<String, Object> keywords = map("a", 1, "__starstar", true);
        KeywordArgs split = KeywordArgs.split(List.of(keywords, "last"));
        assertEquals(2, split.positional().size());
        assertEquals(Map.of(), split.keywords());
    }

    @Test
    void splitAndEncodeAreInverse() {
        List<Object> positional = Arrays.asList(1, null, "x");
        Map<String, Object> keywords = map("b", null, "a", List.of());
        KeywordArgs args = KeywordArgs.of(positional, keywords);
        assertEquals(args, KeywordArgs.split(args.encode()));
        assertEquals(List.of("b", "a"), new ArrayList<>(KeywordArgs.split(args.encode()).keywords().keySet()));
    }

    @Test
    void theMarkerCannotBeAKeyword() {
        assertThrows(IllegalArgumentException.class,
                () -> KeywordArgs.encode(List.of(), map("__starstar", true)));
    }
}
