package io.containerbuild.cli.command;

import io.containerbuild.cli.ClientRuntime;
import io.containerbuild.cli.CommandFailure;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The {@code --password} of {@code add-user} and {@code add-host}: given on the command line, or read from standard
 * input (first line), or asked for twice at a terminal.
 */
final class PasswordInput {

    /** The value that means "read it from standard input, or ask at a terminal". */
    static final String ASK = "-";

    static final String HELP = "Let it log in with this password (an extension of this build system, sent as the "
            + "password keyword). With -, the password is asked for at a terminal or read from the first line of "
            + "standard input; a password on the command line is visible to other local users.";

    private PasswordInput() {
    }

    static String read(String given, String whose, ClientRuntime runtime) {
        if (!ASK.equals(given)) {
            return given;
        }
        Console console = System.console();
        if (!runtime.runningInBackground() && console != null) {
            char[] first = console.readPassword("Password for %s: ", whose);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                throw new CommandFailure("The passwords differ; nothing was changed");
            }
            return requireNonEmpty(new String(first));
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(runtime.input(), StandardCharsets.UTF_8));
            String line = reader.readLine();
            return requireNonEmpty(line == null ? "" : line);
        } catch (IOException e) {
            throw new CommandFailure("Cannot read the password from standard input: " + e.getMessage());
        }
    }

    private static String requireNonEmpty(String password) {
        if (password.isEmpty()) {
            throw new CommandFailure("Empty password; give one with --password VALUE or on standard input");
        }
        return password;
    }
}
