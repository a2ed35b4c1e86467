package io.containerbuild.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * HTTP header fields: looked up case-insensitively, as HTTP requires; kept in arrival order with the sender's
 * spelling for writing. Immutable.
 */
public final class HeaderMap {

    private static final HeaderMap EMPTY = new HeaderMap(new LinkedHashMap<>());

    /** Lower-cased name to the field as sent. */
    private final Map<String, Field> fields;

    private HeaderMap(Map<String, Field> fields) {
        this.fields = fields;
    }

    public static HeaderMap empty() {
        return EMPTY;
    }

    /** Copies a server's multi-valued header map (such as the JDK server's {@code Headers} or a servlet's). */
    public static HeaderMap of(Map<String, ? extends List<String>> raw) {
        Map<String, Field> fields = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            if (name != null) {
                for (String value : values) {
                    append(fields, name, value);
                }
            }
        });
        return new HeaderMap(fields);
    }

    /** A copy with one more value for {@code name}. */
    public HeaderMap with(String name, String value) {
        Map<String, Field> copy = new LinkedHashMap<>(fields);
        append(copy, name, value);
        return new HeaderMap(copy);
    }

    public Optional<String> first(String name) {
        Field field = fields.get(key(name));
        return field == null ? Optional.empty() : Optional.of(field.values().get(0));
    }

    public List<String> all(String name) {
        Field field = fields.get(key(name));
        return field == null ? List.of() : field.values();
    }

    /** Every name/value pair, in order, names spelled as first seen. */
    public void forEach(BiConsumer<String, String> action) {
        fields.values().forEach(field -> field.values().forEach(value -> action.accept(field.name(), value)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeaderMap that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        forEach((name, value) -> lines.add(name + ": " + value));
        return lines.toString();
    }

    private static void append(Map<String, Field> fields, String name, String value) {
        Field old = fields.get(key(name));
        List<String> values = new ArrayList<>(old == null ? List.of() : old.values());
        values.add(value);
        fields.put(key(name), new Field(old == null ? name : old.name(), Collections.unmodifiableList(values)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private record Field(String name, List<String> values) {
    }
}
