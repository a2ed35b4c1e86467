package io.containerbuild.cli.watch;

import io.containerbuild.task.TaskState;
import io.containerbuild.wire.KojiSession;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Koji's {@code watch_tasks}: polls the tasks and their children until every one has finished, printing each state
 * change, a count line whenever a task finishes, and a closing line per top-level task. Per poll and task it calls
 * {@code getTaskInfo(id, request=True)}, {@code getHost} for open tasks, {@code getTaskResult} for failed ones, and
 * {@code getTaskChildren(id)}. Ctrl-C prints the tasks still running and ends the client with status 1.
 */
public final class TaskWatch {

    private final KojiSession session;
    private final PrintStream out;
    private final boolean quiet;
    private final Duration pollInterval;
    private final Sleeper sleeper;
    private final Optional<String> topurl;
    private final Optional<LogTail> logTail;
    private final Map<Integer, WatchedTask> tasks = new LinkedHashMap<>();

    /**
     * @param topurl  given, failed tasks also list their log URLs (as {@code koji watch-task} does)
     * @param logTail given, the new content of the followed logs is printed after every poll
     */
    public TaskWatch(KojiSession session, PrintStream out, boolean quiet, Duration pollInterval, Sleeper sleeper,
                     Optional<String> topurl, Optional<LogTail> logTail) {
        this.session = session;
        this.out = out;
        this.quiet = quiet;
        this.pollInterval = pollInterval;
        this.sleeper = sleeper;
        this.topurl = topurl;
        this.logTail = logTail;
    }

    /** @return 0 if every top-level task closed, 1 if one failed or was canceled */
    public int watch(List<Integer> taskIds) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        if (!quiet) {
            out.println("Watching tasks (this may be safely interrupted)...");
        }
        out.flush();
        Thread interruptReport = new Thread(this::reportInterrupted, "koji-watch-interrupted");
        Runtime.getRuntime().addShutdownHook(interruptReport);
        try {
            return poll(taskIds);
        } finally {
            removeHook(interruptReport);
        }
    }

    private int poll(List<Integer> taskIds) {
        for (int id : taskIds) {
            tasks.put(id, new WatchedTask(id, 0, session, out, quiet, topurl));
        }
        int status = 0;
        while (true) {
            boolean allDone = true;
            for (WatchedTask task : new ArrayList<>(tasks.values())) {
                boolean changed = task.update();
                if (!task.isDone()) {
                    allDone = false;
                } else {
                    if (changed && !quiet) {
                        printCounts();
                    }
                    if (task.level() == 0 && !task.isSuccess()) {
                        status = 1;
                    }
                }
                for (Map<String, Object> child : TaskRecords.structs(session.call("getTaskChildren", task.id()))) {
                    int childId = TaskRecords.intField(child, "id");
                    if (!tasks.containsKey(childId)) {
                        WatchedTask watched = new WatchedTask(childId, task.level() + 1, session, out, quiet, topurl);
                        tasks.put(childId, watched);
                        watched.update();
                        // a new child may have children of its own: look again
                        allDone = false;
                    }
                }
            }
            logTail.ifPresent(tail -> tasks.keySet().forEach(tail::printNew));
            if (allDone) {
                if (!quiet) {
                    out.println();
                    printResults();
                }
                out.flush();
                return status;
            }
            out.flush();
            pause();
        }
    }

    private void pause() {
        try {
            sleeper.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching tasks", e);
        }
    }

    private void printCounts() {
        int free = 0;
        int open = 0;
        int done = 0;
        int failed = 0;
        for (WatchedTask task : tasks.values()) {
            TaskState state = task.state().orElse(null);
            if (state == TaskState.FAILED) {
                failed++;
            } else if (state == TaskState.CLOSED || state == TaskState.CANCELED) {
                done++;
            } else if (state == TaskState.OPEN || state == TaskState.ASSIGNED) {
                open++;
            } else if (state == TaskState.FREE) {
                free++;
            }
        }
        out.printf("  %d free  %d open  %d done  %d failed%n", free, open, done, failed);
    }

    private void printResults() {
        for (WatchedTask task : tasks.values()) {
            if (task.level() != 0) {
                continue;
            }
            TaskState state = task.state().orElse(null);
            String outcome = state == TaskState.CLOSED ? "completed successfully"
                    : state == TaskState.FAILED ? "failed"
                    : state == TaskState.CANCELED ? "was canceled"
                    : "has not completed";
            out.println(task.label() + " " + outcome);
        }
    }

    /** Runs when the client is interrupted while watching: tells what still runs, then ends with status 1. */
    private void reportInterrupted() {
        if (!quiet) {
            StringBuilder running = new StringBuilder();
            try {
                for (WatchedTask task : new ArrayList<>(tasks.values())) {
                    if (!task.isDone()) {
                        running.append('\n').append(task.label()).append(": ").append(task.lastShownState());
                    }
                }
            } catch (RuntimeException changing) {
                // the watch was adding a child at that moment; the list printed so far stands
            }
            out.println("Tasks still running. You can continue to watch with the 'koji watch-task' command.");
            out.print("Running Tasks:" + running + "\n");
        }
        out.flush();
        Runtime.getRuntime().halt(1);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting; the hook runs or ran
        }
    }
}
