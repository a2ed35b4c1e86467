package io.containerbuild.cli;

import io.containerbuild.cli.config.ConfigLocations;
import io.containerbuild.cli.config.ProfileReader;
import io.containerbuild.cli.watch.Sleeper;
import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.plugin.client.ClientCommand;
import io.containerbuild.wire.TransportException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * One run of {@code koji}: registers the commands the arguments need, parses, runs, and turns what went wrong into
 * Koji's messages and exit statuses (2 for usage errors, 1 for failures and hub faults).
 */
public final class KojiClient {

    private final ClientIo io;
    private final ConfigLocations locations;
    private final Sleeper sleeper;

    public KojiClient(ClientIo io, ConfigLocations locations, Sleeper sleeper) {
        this.io = io;
        this.locations = locations;
        this.sleeper = sleeper;
    }

    public int run(List<String> args) {
        CommandListing listing = new CommandListing(io.out());
        RootCommand root = new RootCommand(listing);
        ClientRuntime runtime = new ClientRuntime(root, new ProfileReader(locations), io, sleeper);
        CommandLine koji = new CommandLine(root);
        koji.setExpandAtFiles(false);
        koji.setOut(new PrintWriter(io.out(), true));
        koji.setErr(new PrintWriter(io.err(), true));
        try {
            registerCommands(koji, args, runtime, listing);
        } catch (RuntimeException e) {
            return new FailureReport(io.err(), root).exitCode(e);
        }
        koji.setParameterExceptionHandler((e, arguments) -> parameterError(e));
        koji.setExecutionExceptionHandler((e, command, parsed) -> new FailureReport(io.err(), root).exitCode(e));
        try {
            return koji.execute(args.toArray(String[]::new));
        } finally {
            io.out().flush();
            runtime.close();
        }
    }

    /**
     * A core command alone when the arguments name one; otherwise (plugin commands, help, unknown names) the
     * plugins first and then every core command whose name no plugin took.
     */
    private void registerCommands(CommandLine koji, List<String> args, ClientRuntime runtime, CommandListing listing) {
        Optional<String> core = CommandLocator.commandName(args).flatMap(CommandCatalog::canonical);
        if (core.isPresent() && !core.get().equals(CommandCatalog.HELP)) {
            register(koji, core.get(), CommandCatalog.create(core.get(), runtime, listing), listing);
            return;
        }
        for (ClientCommand command : PluginCommands.load(runtime, pluginPaths(args))) {
            String name = new CommandLine(command).getCommandName();
            if (koji.getSubcommands().containsKey(name)) {
                throw PluginCommands.conflict(name);
            }
            register(koji, name, command, listing);
        }
        for (String name : CommandCatalog.NAMES) {
            if (!koji.getSubcommands().containsKey(name)) {
                register(koji, name, CommandCatalog.create(name, runtime, listing), listing);
            }
        }
    }

    private static void register(CommandLine koji, String name, Object command, CommandListing listing) {
        CommandLine sub = new CommandLine(command);
        sub.setExpandAtFiles(false);
        CommandSpec spec = sub.getCommandSpec();
        spec.usageMessage().descriptionHeading("%n").optionListHeading("%nOptions:%n");
        if (spec.findOption("--help") == null) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("show this help message and exit").build());
        }
        listing.register(name, spec);
        koji.addSubcommand(name, sub);
    }

    /** {@code --plugin-paths}, else the profile's {@code plugin_paths} when the configuration can be read. */
    private List<Path> pluginPaths(List<String> args) {
        Optional<String> given = CommandLocator.globalOption(args, "--plugin-paths", "--plugin-paths");
        ArgumentSettings settings = new ArgumentSettings(
                CommandLocator.globalOption(args, "--profile", "-p").orElse(RootCommand.DEFAULT_PROFILE),
                CommandLocator.globalOption(args, "--config", "-c"), given);
        try {
            return new ProfileReader(locations).read(settings).pluginPaths();
        } catch (ConfigurationError e) {
            // without a usable profile only the installed plugins load; the command reports the configuration
            return given.map(paths -> List.of(paths.split(":"))).orElse(List.of()).stream()
                    .filter(path -> !path.isBlank()).map(locations::expandHome).collect(ArrayList<Path>::new,
                            ArrayList::add, ArrayList::addAll);
        }
    }

    private int parameterError(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && e.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            io.err().println("Unknown command: " + unmatched.getUnmatched().get(0));
            io.err().println("Try \"koji help\" to get all available commands");
            return 1;
        }
        return UsageErrors.report(e, io.err());
    }

    /** Turns an exception from a command into Koji's message and exit status. */
    private record FailureReport(java.io.PrintStream err, RootCommand root) {

        int exitCode(Exception e) {
            if (e instanceof CommandFailure failure) {
                if (!failure.getMessage().isEmpty()) {
                    err.println(failure.getMessage());
                }
                return failure.exitCode();
            }
            if (root.debug) {
                e.printStackTrace(err);
            }
            if (e instanceof ConfigurationError config) {
                // Koji reports configuration problems through its option parser
                UsageErrors.print(root.spec.commandLine(), config.getMessage(), err);
                return UsageErrors.EXIT_USAGE;
            }
            if (e instanceof KojiFault fault) {
                err.println(fault.display());
            } else if (e instanceof TransportException transport) {
                err.println("Error: " + transport.getMessage());
            } else {
                err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            return 1;
        }
    }

    /** The options that choose the profile, read off the arguments before parsing, to find plugin paths. */
    private record ArgumentSettings(String profile, Optional<String> configFile, Optional<String> pluginPaths)
            implements ProfileReader.CommandLineSettings {
    }
}
