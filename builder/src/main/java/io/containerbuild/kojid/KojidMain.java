package io.containerbuild.kojid;

import io.containerbuild.wire.SerialFilters;
import java.io.PrintStream;
import java.util.List;

/** {@code bin/kojid}: the builder daemon. */
public final class KojidMain {
    static final String USAGE = """
            Usage: kojid --config kojid.conf

            Logs in to the hub as a build host, takes tasks and runs them with the enabled plugins' handlers.
            """;

    private KojidMain() {}

    public static void main(String[] args) {
        // nothing this process reads off the wire or disk is ever Java-serialized
        SerialFilters.installRejectAll();
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        err.print(USAGE);
        err.println("kojid: the builder daemon is not available in this version yet");
        return 2;
    }
}
