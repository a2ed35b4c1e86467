package io.containerbuild.wire;

/**
 * A value has no XML-RPC form in Koji's dialect: an unsupported Java type, a struct key that is not a string,
 * an integer beyond 64 bits or a character XML 1.0 cannot carry. Python's marshaller fails the same way
 * ({@code cannot marshal <class 'X'> objects}).
 */
public class UnencodableValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnencodableValueException(String message) {
        super(message);
    }
}
