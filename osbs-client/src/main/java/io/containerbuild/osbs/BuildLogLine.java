package io.containerbuild.osbs;

import java.util.Objects;

/**
 * One line of a build's log. {@code platform} is the arch whose engine build wrote it, or
 * {@code noarch} for the build's own steps (clone, checks, push, import), so that the Koji task can
 * keep {@code <arch>.log} and {@code osbs-build.log} apart. A user warning is a line meant for the
 * person who asked for the build ({@code user_warnings.log}).
 */
public record BuildLogLine(String platform, String text, boolean userWarning) {
    public static final String NOARCH = "noarch";

    public BuildLogLine {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(text, "text");
    }

    public static BuildLogLine of(String platform, String text) {
        return new BuildLogLine(platform, text, false);
    }

    public static BuildLogLine userWarning(String text) {
        return new BuildLogLine(NOARCH, text, true);
    }
}
