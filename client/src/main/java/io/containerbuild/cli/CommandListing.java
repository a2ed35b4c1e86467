package io.containerbuild.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Koji's command list ({@code koji help}), grouped by category. A command names its category the way Koji's
 * handlers do in their docstring: its description starts with {@code [category]}, e.g.
 * {@code [build] Build a container}. The prefix is taken off when the command is registered, so {@code --help}
 * shows the plain description.
 */
final class CommandListing {

    /** Koji's categories, in the order {@code koji help} prints them. */
    static final Map<String, String> CATEGORIES = categories();

    private static final Pattern CATEGORY_PREFIX = Pattern.compile("^\\[([a-z]+)\\]\\s*(.*)$", Pattern.DOTALL);
    private static final String DEFAULT_CATEGORY = "misc";

    private final Map<String, String> categoryByCommand = new LinkedHashMap<>();
    private final Map<String, String> summaryByCommand = new LinkedHashMap<>();
    private final PrintStream out;

    CommandListing(PrintStream out) {
        this.out = out;
    }

    /** Notes a registered command's category and strips the {@code [category]} prefix from its description. */
    void register(String name, CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        String first = description.length == 0 ? "" : description[0];
        Matcher matcher = CATEGORY_PREFIX.matcher(first);
        String category = DEFAULT_CATEGORY;
        if (matcher.matches() && CATEGORIES.containsKey(matcher.group(1))) {
            category = matcher.group(1);
            description = description.clone();
            description[0] = matcher.group(2);
            spec.usageMessage().description(description);
        }
        categoryByCommand.put(name, category);
        summaryByCommand.put(name, description.length == 0 ? "" : description[0]);
    }

    boolean isCategory(String name) {
        return CATEGORIES.containsKey(name) || name.equals("all");
    }

    /** Prints the commands of one category, or of all. */
    void print(CommandLine root, Optional<String> category) {
        out.println("Available commands:");
        for (Map.Entry<String, String> entry : CATEGORIES.entrySet()) {
            if (category.isPresent() && !category.get().equals("all") && !category.get().equals(entry.getKey())) {
                continue;
            }
            Map<String, String> commands = new TreeMap<>();
            categoryByCommand.forEach((name, itsCategory) -> {
                if (itsCategory.equals(entry.getKey())) {
                    commands.put(name, summaryByCommand.get(name));
                }
            });
            if (commands.isEmpty()) {
                continue;
            }
            out.println();
            out.println(entry.getValue() + ":");
            commands.forEach((name, summary) -> out.printf("        %-25s %s%n", name, summary));
        }
        out.println();
        out.println("Try \"koji --help\" for help about global options");
        out.println("Try \"koji help\" to get all available commands");
        out.println("Try \"koji <command> --help\" for help about the options of a particular command");
        out.println("Try \"koji help <category>\" to get commands under a particular category");
        out.println("Available categories are: " + String.join(", ", List.copyOf(sortedCategoryNames())));
        out.flush();
    }

    private static List<String> sortedCategoryNames() {
        TreeMap<String, String> names = new TreeMap<>(CATEGORIES);
        names.put("all", "");
        return List.copyOf(names.keySet());
    }

    private static Map<String, String> categories() {
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("admin", "admin commands");
        categories.put("build", "build commands");
        categories.put("search", "search commands");
        categories.put("download", "download commands");
        categories.put("monitor", "monitor commands");
        categories.put("info", "info commands");
        categories.put("bind", "bind commands");
        categories.put("misc", "miscellaneous commands");
        return categories;
    }
}
