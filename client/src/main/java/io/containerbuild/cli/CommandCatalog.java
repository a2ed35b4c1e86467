package io.containerbuild.cli;

import io.containerbuild.cli.command.AddChannelCommand;
import io.containerbuild.cli.command.AddHostCommand;
import io.containerbuild.cli.command.AddHostToChannelCommand;
import io.containerbuild.cli.command.AddPkgCommand;
import io.containerbuild.cli.command.AddTagCommand;
import io.containerbuild.cli.command.AddTargetCommand;
import io.containerbuild.cli.command.AddUserCommand;
import io.containerbuild.cli.command.BlockPkgCommand;
import io.containerbuild.cli.command.BuildinfoCommand;
import io.containerbuild.cli.command.CallCommand;
import io.containerbuild.cli.command.CancelCommand;
import io.containerbuild.cli.command.EditTagCommand;
import io.containerbuild.cli.command.GrantPermissionCommand;
import io.containerbuild.cli.command.HelloCommand;
import io.containerbuild.cli.command.ListBuildsCommand;
import io.containerbuild.cli.command.ListTasksCommand;
import io.containerbuild.cli.command.TaskinfoCommand;
import io.containerbuild.cli.command.WatchLogsCommand;
import io.containerbuild.cli.command.WatchTaskCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client's own commands, by name. Commands are created by name on demand (a plain switch rather than a map of
 * constructors) so that a run loads the classes of the one command it runs and no others.
 */
final class CommandCatalog {

    static final String HELP = "help";

    static final List<String> NAMES = List.of("add-channel", "add-host", "add-host-to-channel", "add-pkg", "add-tag",
            "add-target", "add-user", "block-pkg", "buildinfo", "call", "cancel", "edit-tag", "grant-permission",
            "hello", HELP, "list-builds", "list-tasks", "taskinfo", "watch-logs", "watch-task");

    /** Koji's aliases, which the commands also declare, so that the locator knows them before parsing. */
    private static final Map<String, String> ALIASES = Map.of("moshimoshi", "hello", "hi", "hello",
            "cancel-task", "cancel", "cxl", "cancel", "watch-tasks", "watch-task", "list-commands", HELP);

    private CommandCatalog() {
    }

    /** The core command a name or alias stands for. */
    static Optional<String> canonical(String nameOrAlias) {
        if (NAMES.contains(nameOrAlias)) {
            return Optional.of(nameOrAlias);
        }
        return Optional.ofNullable(ALIASES.get(nameOrAlias));
    }

    static Object create(String name, ClientRuntime runtime, CommandListing listing) {
        return switch (name) {
            case "add-channel" -> new AddChannelCommand(runtime);
            case "add-host" -> new AddHostCommand(runtime);
            case "add-host-to-channel" -> new AddHostToChannelCommand(runtime);
            case "add-pkg" -> new AddPkgCommand(runtime);
            case "add-tag" -> new AddTagCommand(runtime);
            case "add-target" -> new AddTargetCommand(runtime);
            case "add-user" -> new AddUserCommand(runtime);
            case "block-pkg" -> new BlockPkgCommand(runtime);
            case "buildinfo" -> new BuildinfoCommand(runtime);
            case "call" -> new CallCommand(runtime);
            case "cancel" -> new CancelCommand(runtime);
            case "edit-tag" -> new EditTagCommand(runtime);
            case "grant-permission" -> new GrantPermissionCommand(runtime);
            case "hello" -> new HelloCommand(runtime);
            case HELP -> new HelpCommand(listing);
            case "list-builds" -> new ListBuildsCommand(runtime);
            case "list-tasks" -> new ListTasksCommand(runtime);
            case "taskinfo" -> new TaskinfoCommand(runtime);
            case "watch-logs" -> new WatchLogsCommand(runtime);
            case "watch-task" -> new WatchTaskCommand(runtime);
            default -> throw new IllegalArgumentException("no core command " + name);
        };
    }
}
