package io.containerbuild.osbs.pipeline;

/**
 * A build step failed; {@link #errorMessage()} is the osbs-client form {@code Error in <step>: <message>;}.
 */
public class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String step;

    public StepFailure(String step, String message, Throwable cause) {
        super(message, cause);
        this.step = step;
    }

    public String step() {
        return step;
    }

    public String errorMessage() {
        return "Error in " + step + ": " + getMessage() + ";";
    }
}
