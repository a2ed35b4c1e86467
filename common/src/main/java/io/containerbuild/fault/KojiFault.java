package io.containerbuild.fault;

import java.util.Optional;

/**
 * A Koji fault: what an XML-RPC call answers instead of a result, and what a failed task stores. The
 * hierarchy mirrors Koji's, where every error is a {@code GenericError}; subclasses exist only for
 * faults that code throws or catches by type. {@link #fromWire} is the one place where a wire fault
 * becomes a typed exception again.
 */
public class KojiFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    public KojiFault(FaultCode code, String message) {
        this(code.code(), message, null);
    }

    public KojiFault(FaultCode code, String message, Throwable cause) {
        this(code.code(), message, cause);
    }

    /** For codes Koji does not know (a foreign hub's own faults): kept as sent. */
    protected KojiFault(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public int faultCode() {
        return code;
    }

    public Optional<FaultCode> knownCode() {
        return FaultCode.of(code);
    }

    /** The Koji class name ({@code BuildError}), or {@code Fault} for a code Koji does not know. */
    public String kojiName() {
        return knownCode().map(FaultCode::kojiName).orElse("Fault");
    }

    /** The wire {@code faultString}: Koji sends {@code str(exception)}, which is the bare message. */
    public String faultString() {
        String message = getMessage();
        return message == null ? "" : message;
    }

    /** How Koji's CLI shows an uncaught error: {@code GenericError: Invalid method: foo}. */
    public String display() {
        return kojiName() + ": " + faultString();
    }

    /** Rebuilds the typed fault from a wire {@code faultCode} and {@code faultString}. */
    public static KojiFault fromWire(int code, String faultString) {
        return FaultCode.of(code)
                .map(known -> of(known, faultString))
                .orElseGet(() -> new KojiFault(code, faultString, null));
    }

    /** The typed exception for a known code. */
    public static KojiFault of(FaultCode code, String message) {
        return switch (code) {
            case AUTH_ERROR -> new AuthError(message);
            case ACTION_NOT_ALLOWED -> new ActionNotAllowed(message);
            case BUILD_ERROR -> new BuildError(message);
            case AUTH_EXPIRED -> new AuthExpired(message);
            case SEQUENCE_ERROR -> new SequenceError(message);
            case RETRY_ERROR -> new RetryError(message);
            case SERVER_OFFLINE -> new ServerOffline(message);
            case PARAMETER_ERROR -> new ParameterError(message);
            case CONFIGURATION_ERROR -> new ConfigurationError(message);
            case CONTAINER_ERROR -> new ContainerError(message);
            case CONTAINER_CANCELLED -> new ContainerCancelled(message);
            default -> new KojiFault(code, message);
        };
    }
}
