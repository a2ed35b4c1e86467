package io.containerbuild.plugin.hub;

import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;

/**
 * An XML-RPC method a plugin exports, like a function decorated with Koji's {@code @export}. The hub
 * binds the call's positional and {@code __starstar} keyword arguments to the signature before
 * calling, so wrong arguments are answered with Koji's ParameterError without reaching the export.
 * A {@link io.containerbuild.fault.KojiFault} thrown by {@link #call} goes back to the client as that
 * fault, and the call's writes are rolled back.
 */
public interface HubExport {

    /** The exported name (e.g. {@code buildContainer}) and its parameters, as the Python function declares them. */
    Signature signature();

    Object call(Caller caller, Arguments arguments);
}
