package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji watch-task}: follows tasks until they finish; exit status 0 only if every one closed. */
@Command(name = "watch-task", aliases = "watch-tasks",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <task id> [<task id> ...]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[monitor] Track progress of particular tasks",
                "Polls every poll_interval seconds of the profile (default 6). Ctrl-C stops watching, not the tasks."})
public final class WatchTaskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quiet", description = "Do not print the task information")
    boolean quiet;

    @Mixin
    TaskQuery query;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public WatchTaskCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (!args.isEmpty() && query.selects()) {
            throw new ParameterException(spec.commandLine(), "Selection options cannot be combined with a task list");
        }
        List<Integer> tasks = new ArrayList<>();
        for (String arg : args) {
            tasks.add(TaskIds.parse(arg, spec));
        }
        if (query.mine) {
            runtime.activateSession();
        } else {
            runtime.ensureConnection();
        }
        if (query.selects()) {
            for (Map<String, Object> task : query.run(runtime, false, null, null)) {
                tasks.add(((Number) task.get("id")).intValue());
            }
            if (tasks.isEmpty()) {
                runtime.out().println("(no tasks)");
                return 0;
            }
        } else if (tasks.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "at least one task id must be specified");
        }
        return runtime.watchTasksWithLogLinks(tasks, quiet || runtime.settings().quiet());
    }
}
