package io.containerbuild.clientplugin;

import io.containerbuild.plugin.client.ClientContext;
import io.containerbuild.task.TaskPriority;
import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * koji-containerbuild's {@code handle_build}, after the options passed their checks: log in; check the target, its
 * destination tag and the tag's lock; submit with {@code priority} (5 for {@code --background}, else nil) and a
 * {@code channel} only when overridden; print the task lines; then, when waiting, log out, watch, and print the
 * result of a task that closed.
 */
final class BuildSubmission {

    /** The log the builder streams the image build into. */
    static final String BUILD_LOG = "osbs-build.log";

    private final ClientContext context;
    private final CommandSpec spec;
    private final WaitOptions waiting;

    BuildSubmission(ClientContext context, CommandSpec spec, WaitOptions waiting) {
        this.context = context;
        this.spec = spec;
        this.waiting = waiting;
    }

    /**
     * @param method    {@code buildContainer} or {@code buildSourceContainer}
     * @param arguments its positional arguments, the options struct last
     * @param scratch   whether a locked destination tag may be used
     * @return the exit status: 0 when submitted without waiting or when the task closed, 1 when it did not
     */
    int submit(String target, boolean scratch, String method, List<Object> arguments) {
        boolean quiet = waiting.quiet || context.profile().quiet();
        context.activateSession();
        KojiSession session = context.session();
        Map<?, ?> buildTarget = (Map<?, ?>) session.call("getBuildTarget", target);
        if (buildTarget == null) {
            throw new ParameterException(spec.commandLine(), "Unknown build target: " + target);
        }
        Map<?, ?> destTag = (Map<?, ?>) session.call("getTag", buildTarget.get("dest_tag"));
        if (destTag == null) {
            throw new ParameterException(spec.commandLine(), "Unknown destination tag: " + buildTarget.get("dest_tag_name"));
        }
        if (Boolean.TRUE.equals(destTag.get("locked")) && !scratch) {
            throw new ParameterException(spec.commandLine(), "Destination tag " + destTag.get("name") + " is locked");
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("priority", waiting.background ? TaskPriority.BACKGROUND_OFFSET : null);
        if (waiting.channelOverride != null) {
            keywords.put("channel", waiting.channelOverride);
        }
        int taskId = ((Number) session.call(method, arguments, keywords)).intValue();
        PrintStream out = context.out();
        if (!quiet) {
            out.println("Created task: " + taskId);
            out.println("Task info: " + context.profile().weburl() + "/taskinfo?taskID=" + taskId);
        }
        if (!waiting.shouldWait(context)) {
            return 0;
        }
        session.logout();
        int status = waiting.followLogs
                ? context.watchTasksFollowingLog(List.of(taskId), quiet, BUILD_LOG)
                : context.watchTasks(List.of(taskId), quiet);
        if (status == 0) {
            new TaskResultPrinter(out, context.profile().weburl()).print(taskId, session.call("getTaskResult", taskId));
        }
        return status;
    }
}
