package io.containerbuild.wire;

import io.containerbuild.fault.ParameterError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Python-style parameter list for an RPC method, and binding of received arguments to it exactly as Python
 * binds a call, so that callers see the {@code TypeError} texts Koji's hub turns into {@link ParameterError}
 * (1019), e.g. {@code getTaskInfo() got an unexpected keyword argument 'foo'}. Clients rely on those texts: Koji's
 * CLI retries {@code listTaskOutput} without {@code all_volumes} when it sees "unexpected keyword argument".
 *
 * <p>The name in messages is the one given to {@link #builder(String)}; Koji's own texts on Python before 3.10
 * read {@code getTaskInfo()}, later ones {@code RootExports.getTaskInfo()}. Immutable and thread-safe.
 */
public final class Signature {

    private final String name;
    private final List<Parameter> parameters;
    private final String varargs;
    private final String kwargs;
    private final int requiredCount;

    private Signature(Builder builder) {
        this.name = builder.name;
        this.parameters = List.copyOf(builder.parameters);
        this.varargs = builder.varargs;
        this.kwargs = builder.kwargs;
        this.requiredCount = (int) parameters.stream().filter(Parameter::required).count();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /** The named parameters in order, without {@code *args} and {@code **kwargs}. */
    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    /** Binds parameters as received on the wire, a trailing {@code __starstar} struct included. */
    public Arguments bind(List<?> params) {
        return bind(KeywordArgs.split(params));
    }

    /**
     * Binds positional then keyword arguments, checking in Python's order: each keyword (unexpected, or given
     * twice), then too many positional arguments, then missing required ones.
     *
     * @throws ParameterError with Python's wording when the arguments do not fit
     */
    public Arguments bind(KeywordArgs args) {
        List<Object> positional = args.positional();
        Object[] values = new Object[parameters.size()];
        boolean[] bound = new boolean[parameters.size()];
        int direct = Math.min(positional.size(), parameters.size());
        for (int i = 0; i < direct; i++) {
            values[i] = positional.get(i);
            bound[i] = true;
        }
        Map<String, Object> extraKeywords = new LinkedHashMap<>();
        for (Map.Entry<String, Object> keyword : args.keywords().entrySet()) {
            int index = indexOf(keyword.getKey());
            if (index < 0) {
                if (kwargs == null) {
                    throw new ParameterError(
                            name + "() got an unexpected keyword argument '" + keyword.getKey() + "'");
                }
                extraKeywords.put(keyword.getKey(), keyword.getValue());
            } else if (bound[index]) {
                throw new ParameterError(name + "() got multiple values for argument '" + keyword.getKey() + "'");
            } else {
                values[index] = keyword.getValue();
                bound[index] = true;
            }
        }
        if (positional.size() > parameters.size() && varargs == null) {
            throw new ParameterError(tooManyPositional(positional.size()));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (!bound[i]) {
                if (parameter.required()) {
                    missing.add("'" + parameter.name() + "'");
                } else {
                    values[i] = parameter.defaultValue();
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new ParameterError(name + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinLikePython(missing));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            named.put(parameters.get(i).name(), values[i]);
        }
        List<Object> rest = positional.size() > parameters.size()
                ? positional.subList(parameters.size(), positional.size())
                : List.of();
        return new Arguments(name, named, rest, extraKeywords);
    }

    private String tooManyPositional(int given) {
        int total = parameters.size();
        String takes;
        boolean plural;
        if (requiredCount < total) {
            takes = "from " + requiredCount + " to " + total;
            plural = true;
        } else {
            takes = Integer.toString(total);
            plural = total != 1;
        }
        return name + "() takes " + takes + " positional argument" + (plural ? "s" : "") + " but " + given
                + (given == 1 ? " was" : " were") + " given";
    }

    /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}: CPython's {@code format_missing}. */
    private static String joinLikePython(List<String> names) {
        int n = names.size();
        if (n == 1) {
            return names.get(0);
        }
        if (n == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, n - 2)) + ", " + names.get(n - 2) + ", and " + names.get(n - 1);
    }

    private int indexOf(String parameterName) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(parameterName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Parameter parameter : parameters) {
            parts.add(parameter.required() ? parameter.name() : parameter.name() + "=" + parameter.defaultValue());
        }
        if (varargs != null) {
            parts.add("*" + varargs);
        }
        if (kwargs != null) {
            parts.add("**" + kwargs);
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    private record Parameter(String name, boolean required, Object defaultValue) {
    }

    /** Declares parameters in Python order: required ones, then optional ones, then {@code *args}, {@code **kwargs}. */
    public static final class Builder {

        private final String name;
        private final List<Parameter> parameters = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private String varargs;
        private String kwargs;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder required(String... parameterNames) {
            for (String parameterName : parameterNames) {
                if (parameters.stream().anyMatch(p -> !p.required())) {
                    // Python refuses this too: "non-default argument follows default argument"
                    throw new IllegalArgumentException(
                            name + ": required parameter " + parameterName + " after an optional one");
                }
                add(new Parameter(parameterName, true, null));
            }
            return this;
        }

        /** An optional parameter; {@code defaultValue} may be null, as {@code opts=None} is in Koji. */
        public Builder optional(String parameterName, Object defaultValue) {
            add(new Parameter(parameterName, false, defaultValue));
            return this;
        }

        /** Collects extra positional arguments, like {@code *args}. */
        public Builder varargs(String parameterName) {
            if (varargs != null) {
                throw new IllegalArgumentException(name + ": *" + varargs + " is already declared");
            }
            claim(parameterName);
            varargs = parameterName;
            return this;
        }

        /** Collects unknown keyword arguments, like {@code **kwargs}. */
        public Builder kwargs(String parameterName) {
            if (kwargs != null) {
                throw new IllegalArgumentException(name + ": **" + kwargs + " is already declared");
            }
            claim(parameterName);
            kwargs = parameterName;
            return this;
        }

        public Signature build() {
            return new Signature(this);
        }

        private void add(Parameter parameter) {
            if (varargs != null || kwargs != null) {
                throw new IllegalArgumentException(name + ": named parameters come before *args and **kwargs");
            }
            claim(parameter.name());
            parameters.add(parameter);
        }

        private void claim(String parameterName) {
            Objects.requireNonNull(parameterName, "parameter name");
            if (!names.add(parameterName)) {
                throw new IllegalArgumentException(name + ": duplicate parameter " + parameterName);
            }
        }
    }
}
