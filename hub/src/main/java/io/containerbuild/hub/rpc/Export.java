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
 *
 * @param ownTransactions the body may wait (a long poll), so it must not hold the call's database
 *     connection while it does: the session check commits first, and each store call of the body
 *     then runs in a transaction of its own
 */
public record Export(Signature signature, Body body, boolean ownTransactions) implements HubExport {

    /** The work of one method, with its arguments already bound. */
    @FunctionalInterface
    public interface Body {
        Object call(HubCaller caller, Arguments arguments);
    }

    public Export {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(body, "body");
    }

    /** A method whose whole work is one transaction, committed or rolled back with the call. */
    public Export(Signature signature, Body body) {
        this(signature, body, false);
    }

    /** A method that may wait: see {@code ownTransactions}. */
    public static Export waiting(Signature signature, Body body) {
        return new Export(signature, body, true);
    }

    @Override
    public Object call(Caller caller, Arguments arguments) {
        return body.call((HubCaller) caller, arguments);
    }
}
