package io.containerbuild.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A ready-made {@link RpcDispatcher}: method names mapped to a {@link Signature} and an {@link RpcMethod}.
 * Arguments are split ({@code __starstar}) and bound before the method runs, so binding errors come out as
 * {@code ParameterError} 1019 with Python's wording, and unknown names as {@code Invalid method: NAME}.
 * Immutable once built; thread-safe if the methods are.
 *
 * <pre>{@code
 * MethodTable table = MethodTable.builder()
 *         .register(Signature.builder("echo").varargs("args").build(), (args, meta) -> args.varargs())
 *         .register(Signature.builder("hello").varargs("args").build(), (args, meta) -> "Hello World")
 *         .build();
 * }</pre>
 */
public final class MethodTable implements RpcDispatcher {

    private final Map<String, Entry> methods;

    private MethodTable(Map<String, Entry> methods) {
        this.methods = Map.copyOf(methods);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> methodNames() {
        return methods.keySet();
    }

    @Override
    public Object dispatch(String method, List<Object> params, CallMeta meta) {
        Entry entry = methods.get(method);
        if (entry == null) {
            throw RpcDispatcher.invalidMethod(method);
        }
        return entry.body().call(entry.signature().bind(params), meta);
    }

    private record Entry(Signature signature, RpcMethod body) {
    }

    /** Collects methods; a name may be registered once. */
    public static final class Builder {

        private final Map<String, Entry> methods = new LinkedHashMap<>();

        private Builder() {
        }

        /** Registers under the signature's name. */
        public Builder register(Signature signature, RpcMethod body) {
            return register(signature.name(), signature, body);
        }

        /** Registers under a wire name that may differ from the name in messages, e.g. {@code host.getID}. */
        public Builder register(String method, Signature signature, RpcMethod body) {
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(body, "body");
            if (methods.putIfAbsent(method, new Entry(signature, body)) != null) {
                throw new IllegalArgumentException("method " + method + " is already registered");
            }
            return this;
        }

        public MethodTable build() {
            return new MethodTable(methods);
        }
    }
}
