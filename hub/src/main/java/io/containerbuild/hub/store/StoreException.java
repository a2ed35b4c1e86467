package io.containerbuild.hub.store;

/**
 * The database failed in a way no caller can correct (connection lost, schema broken, a bug in a
 * statement). Errors a client caused surface as {@link io.containerbuild.fault.KojiFault}s instead.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
