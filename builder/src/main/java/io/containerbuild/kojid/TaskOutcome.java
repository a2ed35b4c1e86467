package io.containerbuild.kojid;

import io.containerbuild.wire.FaultTranslator;
import io.containerbuild.wire.UnencodableValueException;
import io.containerbuild.wire.WireCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a task ended, ready for the hub: a {@code methodResponse} document for {@code host.closeTask} or a fault
 * document for {@code host.failTask}, as complete XML text (Koji stores it verbatim).
 *
 * @param taskId   the task
 * @param kind     close or fail
 * @param document the XML the hub call carries
 */
record TaskOutcome(int taskId, Kind kind, String document) {

    /** The two ways a task ends, with the host call that reports each. */
    enum Kind {
        CLOSE("host.closeTask"),
        FAIL("host.failTask");

        private final String hostCall;

        Kind(String hostCall) {
            this.hostCall = hostCall;
        }

        String hostCall() {
            return hostCall;
        }
    }

    TaskOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
    }

    /** A result; one that XML-RPC cannot carry fails the task instead, since the hub could not store it. */
    static TaskOutcome closed(int taskId, Object result, WireCodec codec) {
        try {
            return new TaskOutcome(taskId, Kind.CLOSE, text(codec.encodeResult(result)));
        } catch (UnencodableValueException e) {
            return failed(taskId, e, codec);
        }
    }

    /** A failure: a Koji fault keeps its code and message, anything else becomes code 1 (Koji's rule). */
    static TaskOutcome failed(int taskId, Throwable failure, WireCodec codec) {
        return new TaskOutcome(taskId, Kind.FAIL, text(codec.encodeFault(FaultTranslator.toWire(failure))));
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
