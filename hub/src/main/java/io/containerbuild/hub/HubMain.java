package io.containerbuild.hub;

import io.containerbuild.wire.SerialFilters;
import java.io.PrintStream;
import java.util.List;

/** {@code bin/koji-hub}: the hub server. */
public final class HubMain {
    static final String USAGE = """
            Usage: koji-hub --config hub.conf
                   koji-hub create-admin --config hub.conf NAME   (password read from standard input)

            Serves Koji's XML-RPC API at /kojihub and task and build files at /kojifiles.
            """;

    private HubMain() {}

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
        err.println("koji-hub: the hub server is not available in this version yet");
        return 2;
    }
}
