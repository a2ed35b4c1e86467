package io.containerbuild.wire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Koji's keyword arguments over XML-RPC, which has none: the keywords travel as one more positional struct that
 * carries {@code "__starstar": true} ({@code koji.encode_args}); the receiver takes such a trailing struct back
 * apart ({@code koji.decode_args}). Without keywords nothing is appended. Both lists and the map keep nulls.
 *
 * @param positional the positional arguments
 * @param keywords   the keyword arguments in the order given
 */
public record KeywordArgs(List<Object> positional, Map<String, Object> keywords) {

    /** The marker member of the keyword struct. */
    public static final String MARKER = "__starstar";

    public KeywordArgs {
        positional = Collections.unmodifiableList(new ArrayList<>(positional));
        keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
        if (keywords.containsKey(MARKER)) {
            throw new IllegalArgumentException(MARKER + " cannot be a keyword argument");
        }
    }

    public static KeywordArgs of(List<?> positional, Map<String, ?> keywords) {
        return new KeywordArgs(new ArrayList<>(positional), new LinkedHashMap<>(keywords));
    }

    /** Koji's {@code encode_args(*positional, **keywords)}: the wire parameter list. */
    public static List<Object> encode(List<?> positional, Map<String, ?> keywords) {
        return of(positional, keywords).encode();
    }

    /** The wire parameter list: the positional arguments, then the keyword struct if there are keywords. */
    public List<Object> encode() {
        List<Object> params = new ArrayList<>(positional);
        if (!keywords.isEmpty()) {
            Map<String, Object> struct = new LinkedHashMap<>(keywords);
            struct.put(MARKER, Boolean.TRUE);
            params.add(struct);
        }
        return params;
    }

    /**
     * Koji's {@code decode_args(*params)}: if the last parameter is a struct whose {@code __starstar} member is
     * truthy in Python's sense, it is taken off and its other members become the keywords.
     */
    public static KeywordArgs split(List<?> params) {
        if (!params.isEmpty() && params.get(params.size() - 1) instanceof Map<?, ?> last
                && isTruthy(last.get(MARKER))) {
            Map<String, Object> keywords = new LinkedHashMap<>();
            last.forEach((name, value) -> {
                if (!MARKER.equals(name)) {
                    keywords.put(String.valueOf(name), value);
                }
            });
            return new KeywordArgs(new ArrayList<>(params.subList(0, params.size() - 1)), keywords);
        }
        return new KeywordArgs(new ArrayList<>(params), Map.of());
    }

    /** Python's {@code bool(value)} for wire values. */
    static boolean isTruthy(Object value) {
        if (value == null) {
            return false;
        } else if (value instanceof Boolean flag) {
            return flag;
        } else if (value instanceof Number number) {
            return number.doubleValue() != 0;
        } else if (value instanceof String text) {
            return !text.isEmpty();
        } else if (value instanceof Collection<?> items) {
            return !items.isEmpty();
        } else if (value instanceof Map<?, ?> members) {
            return !members.isEmpty();
        } else if (value instanceof byte[] bytes) {
            return bytes.length > 0;
        }
        return true;
    }
}
