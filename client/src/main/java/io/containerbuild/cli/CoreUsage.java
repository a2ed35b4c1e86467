package io.containerbuild.cli;

/** Text shared by the usage lines of Koji's commands. */
public final class CoreUsage {

    /** The second usage line of every Koji command. */
    public static final String GLOBAL_HELP_HINT = "(Specify the --help global option for a list of other help options)";

    private CoreUsage() {
    }
}
