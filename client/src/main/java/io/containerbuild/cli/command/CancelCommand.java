package io.containerbuild.cli.command;

import io.containerbuild.build.Nvr;
import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CoreUsage;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji cancel}: cancels tasks (with their subtasks) and builds in one multicall; exit 1 if one was refused. */
@Command(name = "cancel", aliases = {"cancel-task", "cxl"},
        customSynopsis = {"${COMMAND-FULL-NAME} [options] <task_id|build> [<task_id|build> ...]",
                CoreUsage.GLOBAL_HELP_HINT},
        description = {"[build] Cancel tasks and/or builds",
                "Cancelling a container build's task also stops its image build on the builder."})
public final class CancelCommand implements Callable<Integer> {

    private static final int BATCH = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--justone", description = "Do not cancel subtasks")
    boolean justOne;

    @Option(names = "--full", description = "Full cancellation (admin only)")
    boolean full;

    @Option(names = "--force", description = "Allow subtasks with --full")
    boolean force;

    @Parameters(arity = "0..*", hidden = true)
    List<String> args = new ArrayList<>();

    private final ClientRuntime runtime;

    public CancelCommand(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Integer call() {
        if (args.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "You must specify at least one task id or build");
        }
        List<Integer> tasks = new ArrayList<>();
        List<String> builds = new ArrayList<>();
        for (String arg : args) {
            try {
                tasks.add(Integer.parseInt(arg));
            } catch (NumberFormatException notATask) {
                try {
                    Nvr.parse(arg);
                    builds.add(arg);
                } catch (KojiFault notABuild) {
                    throw new ParameterException(spec.commandLine(),
                            "please specify only task ids (integer) or builds (n-v-r)");
                }
            }
        }
        runtime.activateSession();
        List<Call> calls = new ArrayList<>();
        for (int task : tasks) {
            if (justOne) {
                calls.add(Call.of("cancelTask", task).withKeyword("recurse", Boolean.FALSE));
            } else if (full) {
                calls.add(force ? Call.of("cancelTaskFull", task).withKeyword("strict", Boolean.FALSE)
                        : Call.of("cancelTaskFull", task));
            } else {
                calls.add(Call.of("cancelTask", task));
            }
        }
        for (String build : builds) {
            calls.add(Call.of("cancelBuild", build));
        }
        boolean refused = false;
        for (int from = 0; from < calls.size(); from += BATCH) {
            for (Object answer : runtime.session().multiCall(calls.subList(from, Math.min(calls.size(), from + BATCH)))) {
                if (answer instanceof KojiFault fault) {
                    runtime.err().println(fault.faultString());
                    refused = true;
                }
            }
        }
        return refused ? 1 : 0;
    }
}
