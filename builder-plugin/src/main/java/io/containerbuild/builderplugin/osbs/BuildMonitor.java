package io.containerbuild.builderplugin.osbs;

import io.containerbuild.builderplugin.hub.KojiHub;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.fault.ContainerCancelled;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.plugin.builder.TaskContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sees a started OSBS build through to the task's result (upstream's {@code handle_build_response}):
 * follows its log into the task output, waits for it, and judges it. Cancellation goes both ways:
 * a task cancelled on the hub cancels the build; a build cancelled in OSBS cancels the task and
 * fails it with ContainerCancelled. The build's record is removed at the end whatever happened.
 */
public final class BuildMonitor {

    private final KojiHub hub;
    private final TaskLog log;

    public BuildMonitor(KojiHub hub, TaskLog log) {
        this.hub = hub;
        this.log = log;
    }

    /**
     * @param platforms the platforms asked for, for per-platform logs; empty for source builds
     * @param scratch a scratch build reports no Koji build
     * @throws ContainerCancelled {@code Image build was cancelled by OSBS.}
     * @throws ContainerError {@code Image build failed. <message>. OSBS build id: <name>}, or without
     *     the message when OSBS gives none
     */
    public ContainerTaskResult follow(TaskContext context, Osbs osbs, String buildName, List<String> platforms,
            boolean scratch) {
        log.debug("OSBS build id: " + buildName);
        AtomicBoolean following = new AtomicBoolean(true);
        context.cancellation().onCancel(() -> cancelOnRequest(osbs, buildName, following));
        try {
            LogRouter router = new LogRouter(context.output(), osbs, buildName, platforms,
                    MetadataFiles.kojiWorkDir(context.daemonOptions()), log);
            try {
                router.writeLogs();
            } catch (RuntimeException e) {
                // as upstream's log child: a broken log does not decide the build's fate
                log.error("Error while saving incremental logs: " + e.getMessage());
            }
            if (context.cancellation().isCancelled()) {
                // The daemon interrupts the task's thread on cancel; the build is being cancelled, so
                // the questions below must still get their answers.
                Thread.interrupted();
            }
            osbs.waitForBuildToFinish(buildName);
            boolean succeeded = osbs.buildHasSucceeded(buildName);
            if (osbs.buildWasCancelled(buildName)) {
                cancelOwnTask(context.taskId());
                throw new ContainerCancelled("Image build was cancelled by OSBS.");
            }
            if (!succeeded) {
                throw failure(osbs, buildName);
            }
            return ContainerTaskResult.of(osbs.getBuildResults(buildName), scratch, router.userWarnings());
        } finally {
            following.set(false);
            remove(osbs, buildName);
        }
    }

    private void cancelOnRequest(Osbs osbs, String buildName, AtomicBoolean following) {
        if (!following.get()) {
            return;
        }
        log.warning("Cannot read logs, cancelling build " + buildName);
        try {
            osbs.cancelBuild(buildName);
        } catch (RuntimeException e) {
            log.error("Cannot cancel build " + buildName + ": " + e);
        }
    }

    // A task the hub already cancelled may refuse a second cancel; the build's fate is reported all the same.
    private void cancelOwnTask(int taskId) {
        try {
            hub.cancelTask(taskId);
        } catch (RuntimeException e) {
            log.warning("Cannot cancel task " + taskId + ": " + e.getMessage());
        }
    }

    private ContainerError failure(Osbs osbs, String buildName) {
        String message = "";
        try {
            message = osbs.getBuildErrorMessage(buildName);
        } catch (RuntimeException e) {
            log.error("Cannot get the error message of build " + buildName + ": " + e);
        }
        if (osbs.buildNotFinished(buildName)) {
            try {
                osbs.cancelBuild(buildName);
            } catch (RuntimeException e) {
                log.error("Error during canceling pipeline run " + buildName + ": " + e);
            }
        }
        if (message == null || message.isEmpty()) {
            return new ContainerError("Image build failed. OSBS build id: " + buildName);
        }
        return new ContainerError("Image build failed. " + message.replace('\n', ' ') + ". OSBS build id: " + buildName);
    }

    private void remove(Osbs osbs, String buildName) {
        // Clean up even when the daemon interrupted the thread, then leave the interrupt for it to see.
        boolean interrupted = Thread.interrupted();
        try {
            osbs.removeBuild(buildName);
        } catch (RuntimeException e) {
            log.warning("Failed to remove build " + buildName + " : " + e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
