package io.containerbuild.options;

import io.containerbuild.wire.PythonText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads typed values out of a decoded XML-RPC struct, checking each against a JSON-schema type and
 * recording a problem, worded as jsonschema words it, for every value that does not fit. Absent
 * keys and rejected values read as null, so that one pass finds every problem.
 */
final class StructReader {

    private final String path;
    private final Map<?, ?> struct;
    private final List<OptionsProblem> problems;

    private StructReader(String path, Map<?, ?> struct, List<OptionsProblem> problems) {
        this.path = path;
        this.struct = struct;
        this.problems = problems;
    }

    /** A reader for {@code value} if it is an object; otherwise records the type problem. */
    static Optional<StructReader> of(String path, Object value, List<OptionsProblem> problems) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new StructReader(path, map, problems));
        }
        problems.add(notOfType(path, value, "'object'"));
        return Optional.empty();
    }

    /** The schema's {@code additionalProperties: false}. */
    void rejectUnknownKeys(Collection<String> known) {
        List<Object> unexpected = struct.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted(Comparator.comparing(String::valueOf))
                .collect(Collectors.toList());
        if (!unexpected.isEmpty()) {
            String names = unexpected.stream().map(PythonText::repr).collect(Collectors.joining(", "));
            String verb = unexpected.size() == 1 ? "was" : "were";
            problems.add(new OptionsProblem(path,
                    "Additional properties are not allowed (" + names + " " + verb + " unexpected)"));
        }
    }

    Boolean bool(String key) {
        Object value = struct.get(key);
        if (value == null && !struct.containsKey(key)) {
            return null;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        problems.add(notOfType(path(key), value, "'boolean'"));
        return null;
    }

    String string(String key) {
        return string(key, false);
    }

    String nullableString(String key) {
        return string(key, true);
    }

    Integer integer(String key) {
        if (!struct.containsKey(key)) {
            return null;
        }
        return integerValue(path(key), struct.get(key));
    }

    List<String> nullableStrings(String key) {
        List<?> items = nullableArray(key);
        if (items == null) {
            return null;
        }
        List<String> strings = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof String text) {
                strings.add(text);
            } else {
                problems.add(notOfType(itemPath(key, i), item, "'string'"));
            }
        }
        return strings.size() == items.size() ? strings : null;
    }

    List<Integer> nullableIntegers(String key) {
        List<?> items = nullableArray(key);
        if (items == null) {
            return null;
        }
        List<Integer> integers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Integer integer = integerValue(itemPath(key, i), items.get(i));
            if (integer != null) {
                integers.add(integer);
            }
        }
        return integers.size() == items.size() ? integers : null;
    }

    UserData object(String key) {
        Object value = struct.get(key);
        if (value == null && !struct.containsKey(key)) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(notOfType(path(key), value, "'object'"));
            return null;
        }
        try {
            return UserData.of(map);
        } catch (IllegalArgumentException e) {
            problems.add(new OptionsProblem(path(key), e.getMessage()));
            return null;
        }
    }

    private String string(String key, boolean nullable) {
        Object value = struct.get(key);
        if (value instanceof String text) {
            return text;
        }
        if (value == null && (nullable || !struct.containsKey(key))) {
            return null;
        }
        problems.add(notOfType(path(key), value, nullable ? "'string', 'null'" : "'string'"));
        return null;
    }

    private List<?> nullableArray(String key) {
        Object value = struct.get(key);
        if (value instanceof List<?> list) {
            return list;
        }
        if (value != null) {
            problems.add(notOfType(path(key), value, "'array', 'null'"));
        }
        return null;
    }

    // Wire ints arrive as Integer, or as Long when sent as <i8>; doubles are never integers here
    private Integer integerValue(String where, Object value) {
        if (value instanceof Integer integer) {
            return integer;
        }
        if (value instanceof Long number) {
            if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
                return number.intValue();
            }
            problems.add(new OptionsProblem(where, number + " is out of range for a 32-bit integer"));
            return null;
        }
        problems.add(notOfType(where, value, "'integer'"));
        return null;
    }

    private String path(String key) {
        return path + "." + key;
    }

    private String itemPath(String key, int index) {
        return path(key) + "[" + index + "]";
    }

    static OptionsProblem notOfType(String path, Object value, String types) {
        return new OptionsProblem(path, PythonText.repr(value) + " is not of type " + types);
    }
}
