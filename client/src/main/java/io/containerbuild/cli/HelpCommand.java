package io.containerbuild.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code koji help [category]}: the commands of the client and its plugins, by category. */
@Command(name = "help", aliases = "list-commands",
        customSynopsis = {"${COMMAND-FULL-NAME} [options] [category]", CoreUsage.GLOBAL_HELP_HINT},
        description = "[info] List available commands")
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "category", arity = "0..*", description = "admin, build, info, misc, monitor ... or all")
    List<String> args = List.of();

    private final CommandListing listing;

    HelpCommand(CommandListing listing) {
        this.listing = listing;
    }

    @Override
    public Integer call() {
        if (args.size() > 1) {
            throw new ParameterException(spec.commandLine(), "Give at most one category");
        }
        Optional<String> category = args.stream().findFirst();
        if (category.isPresent() && !listing.isCategory(category.get())) {
            throw new ParameterException(spec.commandLine(), "Invalid category: " + category.get()
                    + " (choose from " + String.join(", ", CommandListing.CATEGORIES.keySet()) + ", all)");
        }
        listing.print(spec.root().commandLine(), category);
        return 0;
    }
}
