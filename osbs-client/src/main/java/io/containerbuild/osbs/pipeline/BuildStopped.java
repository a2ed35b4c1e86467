package io.containerbuild.osbs.pipeline;

/** The build's abort switch was thrown (cancel or time limit); the runner reads which from the switch. */
public class BuildStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildStopped(String step) {
        super("stopped during " + step);
    }
}
