package io.containerbuild.cli;

import io.containerbuild.cli.config.ProfileReader.CommandLineSettings;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code koji} itself: Koji's global options, which go before the command. Without a command it lists them. */
@Command(name = "koji",
        customSynopsis = "koji [global options] command [command options] [arguments]",
        description = {"Talks to a Koji hub. Global options go before the command; "
                + "\"koji help\" lists the commands, \"koji COMMAND --help\" explains one."},
        optionListHeading = "%nGlobal options:%n",
        commandListHeading = "%nCommands:%n")
public final class RootCommand implements Runnable, CommandLineSettings {

    /** The profile used when none is given, like Koji's default: the program's name. */
    public static final String DEFAULT_PROFILE = "koji";

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--profile"}, paramLabel = "PROFILE",
            description = "the configuration section to use (default: koji)")
    String profile = DEFAULT_PROFILE;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "read this file (or directory of *.conf files) instead of ~/.koji/config")
    String configFile;

    @Option(names = {"-s", "--server"}, paramLabel = "URL", description = "the hub's XML-RPC URL")
    String server;

    @Option(names = "--weburl", paramLabel = "URL", description = "the Koji web interface, for links")
    String weburl;

    @Option(names = "--topurl", paramLabel = "URL", description = "where Koji's files are served, for log links")
    String topurl;

    @Option(names = "--user", paramLabel = "USER", description = "log in as this user (password login)")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "the password for --user; asked for on the terminal when missing")
    String password;

    @Option(names = "--authtype", paramLabel = "AUTHTYPE",
            description = "how to log in: password or noauth (kerberos, ssl and gssapi are not supported here)")
    String authtype;

    @Option(names = "--noauth", description = "do not log in, even for commands that usually do")
    boolean noauth;

    @Option(names = {"-q", "--quiet"}, description = "print less: no headers, no task information")
    boolean quiet;

    @Option(names = {"-d", "--debug"}, description = "show details of what happens, and stack traces on errors")
    boolean debug;

    @Option(names = "--plugin-paths", paramLabel = "PATHS",
            description = "colon-separated directories of plugin jars to load besides the installed ones")
    String pluginPaths;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help message and exit")
    boolean help;

    private final CommandListing listing;

    RootCommand(CommandListing listing) {
        this.listing = listing;
    }

    @Override
    public void run() {
        listing.print(spec.commandLine(), Optional.empty());
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public Optional<String> configFile() {
        return Optional.ofNullable(configFile);
    }

    @Override
    public Optional<String> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public Optional<String> weburl() {
        return Optional.ofNullable(weburl);
    }

    @Override
    public Optional<String> topurl() {
        return Optional.ofNullable(topurl);
    }

    @Override
    public Optional<String> authtype() {
        return Optional.ofNullable(authtype);
    }

    @Override
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    @Override
    public Optional<String> pluginPaths() {
        return Optional.ofNullable(pluginPaths);
    }

    @Override
    public boolean noauth() {
        return noauth;
    }

    @Override
    public boolean quiet() {
        return quiet;
    }

    @Override
    public boolean debug() {
        return debug;
    }
}
