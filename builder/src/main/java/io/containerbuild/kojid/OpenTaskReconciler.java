package io.containerbuild.kojid;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Squares the hub's view with this daemon's, as kojid's {@code updateTasks} does each loop with
 * {@code host.getHostTasks()} (the tasks open for this host): a task open there that nothing here runs or holds
 * a result for is stale, left by an earlier run of the daemon, and is freed with {@code host.freeTasks} so
 * another host can run it; a task running here that is no longer open there was cancelled or taken away, and
 * its handler is stopped.
 */
final class OpenTaskReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(OpenTaskReconciler.class);

    private final HostSession host;
    private final RunningTasks running;
    private final ResultSpool spool;

    @Inject
    OpenTaskReconciler(HostSession host, RunningTasks running, ResultSpool spool) {
        this.host = host;
        this.running = running;
        this.spool = spool;
    }

    void reconcile() {
        List<TaskRunner> before = running.snapshot();
        Set<Integer> ranBefore = new HashSet<>();
        before.forEach(runner -> ranBefore.add(runner.taskId()));
        Set<Integer> open = openTaskIds(host.call("host.getHostTasks"));
        List<Integer> stale = new ArrayList<>();
        for (int taskId : open) {
            // a task that ended since the hub answered has just been reported, or is in the spool
            if (!ranBefore.contains(taskId) && !running.contains(taskId) && !spool.holds(taskId)) {
                stale.add(taskId);
            }
        }
        if (!stale.isEmpty()) {
            LOG.info("Freeing stale tasks {}: open for this host, but not run here", stale);
            host.call("host.freeTasks", stale);
        }
        // only tasks that ran before the hub answered: one started since could not be in its answer
        for (TaskRunner runner : before) {
            if (!open.contains(runner.taskId())) {
                runner.cancellation().cancelIfRunning("the task is no longer open for this host");
            }
        }
    }

    private static Set<Integer> openTaskIds(Object answer) {
        Set<Integer> ids = new HashSet<>();
        if (answer instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> task && task.get("id") instanceof Integer id) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
