package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.cli.watch.TaskRecords;
import io.containerbuild.task.TaskState;
import java.io.PrintStream;
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

/** {@code koji list-tasks}: Koji's task table, children indented under their parents. */
@Command(name = "list-tasks",
        customSynopsis = {"${COMMAND-FULL-NAME} [options]", CoreUsage.GLOBAL_HELP_HINT},
        description = {"[info] Print the list of tasks", "Without --all, only tasks that have not finished."})
public final class ListTasksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TaskQuery query;

    @Option(names = "--quiet", description = "Do not display the column headers")
    boolean quiet;

    @Option(names = "--before", description = "List tasks completed before this time, " + TimeValue.HELP)
    String before;

    @Option(names = "--after", description = "List tasks completed after this time (same format as for --before)")
    String after;

    @Option(names = "--all", description = "List also finished tasks (valid only with --after)")
    boolean all;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public ListTasksCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (!args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "This command takes no arguments");
        }
        if (all && after == null) {
            throw new ParameterException(spec.commandLine(), "--all must be used with --after");
        }
        runtime.activateSession();
        List<Map<String, Object>> tasks = query.run(runtime, all, TimeValue.of(after), TimeValue.of(before));
        PrintStream out = runtime.out();
        if (tasks.isEmpty()) {
            out.println("(no tasks)");
            return 0;
        }
        if (!(quiet || runtime.settings().quiet())) {
            out.println("ID       Pri  Owner                State    Arch       Name");
        }
        for (Map<String, Object> task : tasks) {
            if (!task.containsKey("sub")) {
                printTree(out, task, 0);
            }
        }
        return 0;
    }

    /** Koji's {@code print_task_recurse}. */
    static void printTree(PrintStream out, Map<String, Object> task, int depth) {
        String state = TaskState.fromCode(TaskRecords.intField(task, "state")).name();
        String indent = depth == 0 ? "" : "  ".repeat(depth - 1) + " +";
        out.println(String.format("%-8s %-4s %-20s %-8s %-10s ", task.get("id"), task.get("priority"),
                task.get("owner_name"), state, task.get("arch")) + indent + TaskRecords.label(task));
        if (task.get("children") instanceof List<?>) {
            for (Map<String, Object> child : TaskQuery.childrenOf(task)) {
                printTree(out, child, depth + 1);
            }
        }
    }
}
