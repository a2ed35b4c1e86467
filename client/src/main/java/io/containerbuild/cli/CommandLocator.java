package io.containerbuild.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the command name in the arguments before picocli parses them, so that the client builds only what that
 * command needs: a core command's object alone, and the plugins (with their Guice injector) only for plugin
 * commands, help and unknown names. It skips the global options and the values of those that take one.
 */
final class CommandLocator {

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-p", "--profile", "-c", "--config", "-s",
            "--server", "--weburl", "--topurl", "--user", "--password", "--authtype", "--plugin-paths");

    private CommandLocator() {
    }

    /** The first argument that is neither a global option nor an option's value, if any. */
    static Optional<String> commandName(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                return Optional.of(arg);
            }
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            }
        }
        return Optional.empty();
    }

    /** The value of a global option given before the command, e.g. {@code --plugin-paths}. */
    static Optional<String> globalOption(List<String> args, String longName, String shortName) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("--")) {
                return Optional.empty();
            }
            if ((arg.equals(longName) || arg.equals(shortName)) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(longName + "=")) {
                return Optional.of(arg.substring(longName.length() + 1));
            }
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            }
        }
        return Optional.empty();
    }
}
