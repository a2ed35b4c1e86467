package io.containerbuild.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The client's streams.
 *
 * @param out         results
 * @param err         warnings, errors and usage
 * @param in          standard input
 * @param interactive whether a person sits at a terminal: Java cannot see process groups, so "stdin and stdout
 *                    are a terminal" stands in for Koji's "stdin is a TTY in the foreground process group"
 */
public record ClientIo(PrintStream out, PrintStream err, InputStream in, boolean interactive) {

    public static ClientIo system() {
        return new ClientIo(System.out, System.err, System.in, System.console() != null);
    }
}
