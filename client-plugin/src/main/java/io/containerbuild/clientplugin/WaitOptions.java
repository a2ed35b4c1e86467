package io.containerbuild.clientplugin;

import io.containerbuild.plugin.client.ClientContext;
import picocli.CommandLine.Option;

/** The submission options all three build commands share: waiting, quietness, priority, channel, logs. */
public final class WaitOptions {

    /** TRUE for --wait, FALSE for --nowait, null when neither was given: the last one given wins. */
    Boolean wait;

    @Option(names = "--quiet", description = "Don't print the task information (default: the global -q)")
    boolean quiet;

    @Option(names = "--background", description = "Run the build at a lower priority (priority offset 5)")
    boolean background;

    @Option(names = "--channel-override", paramLabel = "CHANNEL",
            description = "Use a non-standard channel instead of the hub's default "
                    + "(container-binary, or container-source for source containers)")
    String channelOverride;

    @Option(names = "--follow-logs",
            description = "While waiting, print " + BuildSubmission.BUILD_LOG + " as the build writes it "
                    + "(an extension; upstream has no such option)")
    boolean followLogs;

    @Option(names = "--wait", description = "Wait on the build, even if running in the background")
    void waitAnyway(boolean given) {
        wait = Boolean.TRUE;
    }

    @Option(names = "--nowait", description = "Don't wait on build")
    void doNotWait(boolean given) {
        wait = Boolean.FALSE;
    }

    /** Waiting when asked to, or by default when a person watches in the foreground. */
    boolean shouldWait(ClientContext context) {
        return wait != null ? wait : !context.runningInBackground();
    }
}
