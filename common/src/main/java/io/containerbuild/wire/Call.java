package io.containerbuild.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call inside a {@code multiCall}, with Python-style positional and keyword arguments (nulls allowed).
 */
public record Call(String method, List<Object> args, Map<String, Object> keywords) {

    public Call {
        Objects.requireNonNull(method, "method");
        args = Collections.unmodifiableList(new ArrayList<>(args));
        keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    public static Call of(String method, Object... args) {
        return new Call(method, Arrays.asList(args), Map.of());
    }

    /** A copy with one more keyword argument. */
    public Call withKeyword(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(keywords);
        more.put(name, value);
        return new Call(method, args, more);
    }

    /** The {@code {methodName, params}} struct {@code multiCall} takes, keywords encoded. */
    Map<String, Object> toStruct() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("methodName", method);
        struct.put("params", KeywordArgs.encode(args, keywords));
        return struct;
    }
}
