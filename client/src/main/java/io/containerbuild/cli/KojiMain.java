package io.containerbuild.cli;

import io.containerbuild.wire.SerialFilters;
import java.io.PrintStream;
import java.util.List;

/** {@code bin/koji}: the command-line client. */
public final class KojiMain {
    static final String USAGE = """
            Usage: koji [global options] COMMAND [command options] [arguments]

            Talks to a Koji hub over XML-RPC. Commands come from the client and its plugins
            (container-build, flatpak-build, source-container-build).
            """;

    private KojiMain() {}

    public static void main(String[] args) {
        // nothing this process reads off the wire or disk is ever Java-serialized
        SerialFilters.installRejectAll();
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        err.print(USAGE);
        err.println("koji: commands are not available in this version yet");
        return 2;
    }
}
