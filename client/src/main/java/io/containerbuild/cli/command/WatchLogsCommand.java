package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.LogTail;
import io.containerbuild.cli.watch.TaskRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji watch-logs}: prints the tasks' logs as they grow, until the tasks finish. */
@Command(name = "watch-logs",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <task id> [<task id> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[monitor] Watch logs in realtime",
                "For a container build, --log osbs-build.log shows the image build as it happens."})
public final class WatchLogsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--log", description = "Watch only a specific log")
    String log;

    @Option(names = "--mine", description = "Watch logs for all your tasks, task_id arguments are forbidden in this case.")
    boolean mine;

    @Option(names = "--follow", description = "Follow spawned child tasks")
    boolean follow;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public WatchLogsCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        List<Integer> tasks = new ArrayList<>();
        if (mine) {
            if (!args.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Selection options cannot be combined with a task list");
            }
            runtime.activateSession();
            TaskQuery query = new TaskQuery();
            query.mine = true;
            for (Map<String, Object> task : query.run(runtime, false, null, null)) {
                tasks.add(TaskRecords.intField(task, "id"));
            }
            if (tasks.isEmpty()) {
                runtime.out().println("You've no active tasks.");
                return 0;
            }
        } else {
            for (String arg : args) {
                tasks.add(TaskIds.parse(arg, spec));
            }
            if (tasks.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "at least one task id must be specified");
            }
            runtime.ensureConnection();
        }
        watch(tasks);
        return 0;
    }

    /** Koji's {@code watch_logs} loop. */
    private void watch(List<Integer> tasks) {
        runtime.out().println("Watching logs (this may be safely interrupted)...");
        LogTail tail = new LogTail(runtime.session(), runtime.out(), log == null ? LogTail.logFiles() : LogTail.named(log));
        while (true) {
            for (Integer task : new ArrayList<>(tasks)) {
                if (isDone(task)) {
                    tasks.remove(task);
                }
                tail.printNew(task);
                if (follow) {
                    for (Map<String, Object> child : TaskRecords.structs(runtime.session().call("getTaskChildren", task))) {
                        int childId = TaskRecords.intField(child, "id");
                        if (!tasks.contains(childId)) {
                            tasks.add(childId);
                        }
                    }
                }
            }
            if (tasks.isEmpty()) {
                return;
            }
            try {
                runtime.sleeper().sleep(runtime.settings().pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean isDone(int task) {
        Map<String, Object> info = TaskRecords.struct(runtime.session().call("getTaskInfo", task));
        if (info == null) {
            runtime.out().println("No such task id: " + task);
            throw new CommandFailure("", 1);
        }
        return TaskRecords.state(info).isFinished();
    }
}
