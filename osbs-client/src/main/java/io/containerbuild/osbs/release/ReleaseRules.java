package io.containerbuild.osbs.release;

import io.containerbuild.osbs.OsbsValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The release rules that need no hub: the isolated format and reading Koji's next release. */
public final class ReleaseRules {

    /** osbs-client's isolated-build release: {@code N.N} with an optional suffix. */
    public static final Pattern ISOLATED = Pattern.compile("^\\d+\\.\\d+(\\..+)?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");

    private ReleaseRules() {
    }

    /** @throws OsbsValidationException unless the release is {@code N.N…} */
    public static void checkIsolated(String release) {
        if (release == null || !ISOLATED.matcher(release).matches()) {
            throw new OsbsValidationException("For isolated builds, the release value must be in the format: "
                    + ISOLATED.pattern() + " (got " + release + ")");
        }
    }

    /**
     * The number to start counting from, given Koji's {@code getNextRelease} answer: its leading
     * number ({@code 3.el9} gives 3), as atomic-reactor's bump_release drops what follows the first dot.
     */
    public static int firstCandidate(String nextRelease) {
        Matcher matcher = LEADING_NUMBER.matcher(nextRelease == null ? "" : nextRelease);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }
}
