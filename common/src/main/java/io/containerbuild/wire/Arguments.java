package io.containerbuild.wire;

import io.containerbuild.fault.ParameterError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments bound to a {@link Signature}: every named parameter has a value (the caller's or the default, either
 * may be null), plus the extra positional ({@code *args}) and keyword ({@code **kwargs}) arguments. The typed
 * getters fail with {@link ParameterError} naming the method and parameter; asking for a name the signature
 * does not declare is a programming error ({@link IllegalArgumentException}). Immutable.
 */
public final class Arguments {

    private final String methodName;
    private final Map<String, Object> named;
    private final List<Object> varargs;
    private final Map<String, Object> extraKeywords;

    Arguments(String methodName, Map<String, Object> named, List<Object> varargs,
              Map<String, Object> extraKeywords) {
        this.methodName = methodName;
        this.named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
        this.varargs = Collections.unmodifiableList(new ArrayList<>(varargs));
        this.extraKeywords = Collections.unmodifiableMap(new LinkedHashMap<>(extraKeywords));
    }

    /** The value as decoded, or the default. */
    public Object raw(String name) {
        if (!named.containsKey(name)) {
            throw new IllegalArgumentException(methodName + "() declares no parameter '" + name + "'");
        }
        return named.get(name);
    }

    /** All named parameters in declaration order. */
    public Map<String, Object> named() {
        return named;
    }

    /** Extra positional arguments collected by {@code *args}; empty without it. */
    public List<Object> varargs() {
        return varargs;
    }

    /** Unknown keyword arguments collected by {@code **kwargs}; empty without it. */
    public Map<String, Object> extraKeywords() {
        return extraKeywords;
    }

    public String string(String name) {
        return optionalString(name).orElseThrow(() -> wrongType(name, "str"));
    }

    public Optional<String> optionalString(String name) {
        return optional(name, String.class, "str");
    }

    /** An {@code int} that fits in 32 bits, whether it came as {@code <int>} or {@code <i8>}. */
    public int integer(String name) {
        return optionalInteger(name).orElseThrow(() -> wrongType(name, "int"));
    }

    public Optional<Integer> optionalInteger(String name) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Integer small) {
            return Optional.of(small);
        }
        if (value instanceof Long wide && wide == wide.intValue()) {
            return Optional.of(wide.intValue());
        }
        if (value instanceof Long) {
            throw new ParameterError(methodName + "(): argument '" + name + "' is out of range: " + value);
        }
        throw wrongType(name, "int");
    }

    public long longValue(String name) {
        Object value = raw(name);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw wrongType(name, "int");
    }

    /**
     * A boolean. Koji's clients send {@code <boolean>}, but Koji's hub only tests truthiness, so an integer 0 or 1
     * is accepted as well; other values are refused rather than guessed at.
     */
    public boolean bool(String name) {
        return optionalBool(name).orElseThrow(() -> wrongType(name, "bool"));
    }

    public Optional<Boolean> optionalBool(String name) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number == 0 || number == 1) {
                return Optional.of(number == 1);
            }
        }
        throw wrongType(name, "bool");
    }

    /** A struct, as an unmodifiable insertion-ordered map. */
    public Map<String, Object> map(String name) {
        return optionalMap(name).orElseThrow(() -> wrongType(name, "dict"));
    }

    public Optional<Map<String, Object>> optionalMap(String name) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> struct)) {
            throw wrongType(name, "dict");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        struct.forEach((key, member) -> copy.put(String.valueOf(key), member));
        return Optional.of(Collections.unmodifiableMap(copy));
    }

    /** An array, as an unmodifiable list that may hold nulls. */
    public List<Object> list(String name) {
        Object value = raw(name);
        if (!(value instanceof List<?> items)) {
            throw wrongType(name, "list");
        }
        return Collections.unmodifiableList(new ArrayList<Object>(items));
    }

    private <T> Optional<T> optional(String name, Class<T> type, String pythonType) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw wrongType(name, pythonType);
        }
        return Optional.of(type.cast(value));
    }

    private ParameterError wrongType(String name, String expected) {
        return new ParameterError(methodName + "(): argument '" + name + "' must be " + expected + ", not "
                + PythonText.typeName(raw(name)));
    }

    @Override
    public String toString() {
        return methodName + named + (varargs.isEmpty() ? "" : " *" + varargs)
                + (extraKeywords.isEmpty() ? "" : " **" + extraKeywords);
    }
}
