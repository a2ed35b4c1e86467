package io.containerbuild.hub.rpc;

import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import java.util.Objects;

/**
 * One of the hub's own XML-RPC methods: a signature and a body that sees the full {@link HubCaller}.
 * The dispatcher hands every export a {@code HubCaller}, so core methods can read the session while
 * plugins see only the narrower {@link Caller}.
 */
public record Export(Signature signature, Body body) implements HubExport {

    /** The work of one method, with its arguments already bound. */
    @FunctionalInterface
    public interface Body {
        Object call(HubCaller caller, Arguments arguments);
    }

    public Export {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public Object call(Caller caller, Arguments arguments) {
        return body.call((HubCaller) caller, arguments);
    }
}
