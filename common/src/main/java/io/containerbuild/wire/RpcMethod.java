package io.containerbuild.wire;

/** The body of one RPC method in a {@link MethodTable}, called with arguments already bound to its signature. */
@FunctionalInterface
public interface RpcMethod {

    Object call(Arguments args, CallMeta meta);
}
