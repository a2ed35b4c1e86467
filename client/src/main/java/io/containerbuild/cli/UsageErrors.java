package io.containerbuild.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports usage errors the way Koji's option parser (Python's optparse) does, so that scripts and people see the
 * same thing: the command's usage, a blank line, {@code koji: error: <message>} on standard error, and exit status 2.
 * Commands raise them as picocli {@link ParameterException}s; picocli's own parse errors get optparse's wording where
 * optparse has one.
 */
public final class UsageErrors {

    /** optparse's exit status for usage errors. */
    public static final int EXIT_USAGE = 2;

    private UsageErrors() {
    }

    static int report(ParameterException e, PrintStream err) {
        print(e.getCommandLine(), message(e), err);
        return EXIT_USAGE;
    }

    /** Prints {@code Usage: ...}, a blank line and {@code koji: error: message}. */
    static void print(CommandLine command, String message, PrintStream err) {
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println();
        err.println("koji: error: " + message);
        err.flush();
    }

    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return "no such option: " + first;
            }
            return "unexpected argument: " + first;
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                return option.longestName() + " option requires 1 argument";
            }
        }
        return e.getMessage();
    }
}
