package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.ParameterError;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every expected text below is what CPython 3.11 raises for the same def and call. */
class SignatureTest {

    /** {@code def getTaskInfo(task_id, request=False, strict=False)} */
    private final Signature getTaskInfo = Signature.builder("getTaskInfo")
            .required("task_id").optional("request", false).optional("strict", false).build();

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String failure(Signature signature, List<?> positional, Map<String, Object> keywords) {
        ParameterError e = assertThrows(ParameterError.class,
                () -> signature.bind(KeywordArgs.of(positional, keywords)));
        assertEquals(1019, e.faultCode());
        return e.getMessage();
    }

    @Test
    void positionalThenDefaults() {
        Arguments args = getTaskInfo.bind(List.of(42));
        assertEquals(map("task_id", 42, "request", false, "strict", false), args.named());
    }

    @Test
    void keywordsBindByName() {
        Arguments args = getTaskInfo.bind(List.of(42, map("strict", true, "__starstar", true)));
        assertEquals(map("task_id", 42, "request", false, "strict", true), args.named());
        args = getTaskInfo.bind(KeywordArgs.of(List.of(), map("task_id", 7, "request", true)));
        assertEquals(map("task_id", 7, "request", true, "strict", false), args.named());
    }

    @Test
    void anExplicitNoneStaysNoneAndIsNotReplacedByTheDefault() {
        Signature sig = Signature.builder("buildContainer").required("src", "target")
                .optional("opts", null).optional("priority", null).optional("channel", "container-binary").build();
        Arguments args = sig.bind(Arrays.asList("git://x", "t", null, null, null));
        assertEquals(null, args.raw("channel"));
        assertEquals("container-binary", sig.bind(List.of("git://x", "t")).raw("channel"));
    }

    @Test
    void unexpectedKeyword() {
        assertEquals("getTaskInfo() got an unexpected keyword argument 'foo'",
                failure(getTaskInfo, List.of(1), map("foo", 1)));
        assertEquals("getTaskInfo() got an unexpected keyword argument 'foo'",
                failure(getTaskInfo, List.of(), map("foo", 1)));
    }

    @Test
    void multipleValues() {
        assertEquals("getTaskInfo() got multiple values for argument 'task_id'",
                failure(getTaskInfo, List.of(1), map("task_id", 1)));
    }

    @Test
    void keywordErrorsComeBeforeCountingPositionals() {
        assertEquals("getTaskInfo() got multiple values for argument 'task_id'",
                failure(getTaskInfo, List.of(1, 2, 3, 4), map("task_id", 1)));
        assertEquals("getTaskInfo() got an unexpected keyword argument 'foo'",
                failure(getTaskInfo, List.of(1, 2, 3, 4), map("foo", 1)));
    }

    @Test
    void tooManyPositionals() {
        assertEquals("getTaskInfo() takes from 1 to 3 positional arguments but 4 were given",
                failure(getTaskInfo, List.of(1, 2, 3, 4), Map.of()));
        assertEquals("f0() takes 0 positional arguments but 1 was given",
                failure(Signature.builder("f0").build(), List.of(1), Map.of()));
        assertEquals("f1() takes 1 positional argument but 2 were given",
                failure(Signature.builder("f1").required("a").build(), List.of(1, 2), Map.of()));
        assertEquals("f2() takes 2 positional arguments but 3 were given",
                failure(Signature.builder("f2").required("a", "b").build(), List.of(1, 2, 3), Map.of()));
        assertEquals("fo() takes from 0 to 1 positional arguments but 2 were given",
                failure(Signature.builder("fo").optional("a", 1).build(), List.of(1, 2), Map.of()));
    }

    @Test
    void missingRequired() {
        assertEquals("getTaskInfo() missing 1 required positional argument: 'task_id'",
                failure(getTaskInfo, List.of(), Map.of()));
        assertEquals("getTaskInfo() missing 1 required positional argument: 'task_id'",
                failure(getTaskInfo, List.of(), map("request", true)));
        Signature f2 = Signature.builder("f2").required("a", "b").build();
        assertEquals("f2() missing 2 required positional arguments: 'a' and 'b'", failure(f2, List.of(), Map.of()));
        Signature f3 = Signature.builder("f3").required("a", "b", "c").optional("d", 1).build();
        assertEquals("f3() missing 3 required positional arguments: 'a', 'b', and 'c'",
                failure(f3, List.of(), Map.of()));
        Signature f4 = Signature.builder("f4").required("a", "b", "c", "d").build();
        assertEquals("f4() missing 3 required positional arguments: 'b', 'c', and 'd'",
                failure(f4, List.of(1), Map.of()));
        assertEquals("f4() missing 2 required positional arguments: 'a' and 'c'",
                failure(f4, List.of(), map("b", 1, "d", 2)));
    }

    @Test
    void varargsCollectExtraPositionals() {
        Signature echo = Signature.builder("echo").varargs("args").build();
        Arguments args = echo.bind(Arrays.asList("OK", null, 3));
        assertEquals(Arrays.asList("OK", null, 3), args.varargs());
        assertEquals(Map.of(), args.named());
        assertEquals("echo() got an unexpected keyword argument 'x'", failure(echo, List.of(), map("x", 1)));

        Signature mixed = Signature.builder("mixed").required("a").varargs("rest").build();
        assertEquals(List.of(2, 3), mixed.bind(List.of(1, 2, 3)).varargs());
        assertEquals(List.of(), mixed.bind(List.of(1)).varargs());
    }

    @Test
    void kwargsCollectUnknownKeywords() {
        Signature sig = Signature.builder("make").required("method").kwargs("opts").build();
        Arguments args = sig.bind(KeywordArgs.of(List.of(), map("method", "build", "channel", "c", "arch", null)));
        assertEquals("build", args.string("method"));
        assertEquals(map("channel", "c", "arch", null), args.extraKeywords());
        assertEquals("make() got multiple values for argument 'method'",
                failure(sig, List.of("x"), map("method", "y")));
    }

    @Test
    void declarationsFollowPythonRules() {
        assertThrows(IllegalArgumentException.class,
                () -> Signature.builder("f").optional("a", 1).required("b"));
        assertThrows(IllegalArgumentException.class, () -> Signature.builder("f").required("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> Signature.builder("f").varargs("a").required("b"));
        assertThrows(IllegalArgumentException.class, () -> Signature.builder("f").varargs("a").varargs("b"));
        assertEquals("getTaskInfo(task_id, request=false, strict=false)", getTaskInfo.toString());
    }
}
