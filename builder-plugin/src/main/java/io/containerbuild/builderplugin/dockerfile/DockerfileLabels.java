package io.containerbuild.builderplugin.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels the image built from a Dockerfile will carry from its own {@code LABEL}s: those of the
 * final stage (each {@code FROM} starts afresh), with {@code ENV} and {@code ARG} values substituted
 * as Docker substitutes them. Labels inherited from the parent image are not known here.
 *
 * <p>Instructions are read as dockerfile-parse reads them: comment lines are skipped, a trailing
 * backslash continues the instruction on the next line. Variables: an {@code ENV} wins over an
 * {@code ARG} of the same name; an {@code ARG} declared before the first {@code FROM} is visible in
 * a stage only when the stage declares it again (taking the global default when it gives none).
 */
public final class DockerfileLabels {

    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*(\\w+)\\s+(.*)$");
    private static final Pattern CONTINUED = Pattern.compile("^.*\\\\\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#.*");

    private record Instruction(String keyword, String arguments) {
    }

    private DockerfileLabels() {
    }

    /** The final stage's labels by name, in the order they were first set. */
    public static Map<String, String> finalStage(String dockerfile) {
        Map<String, String> globalArgs = new HashMap<>();
        Map<String, String> args = new HashMap<>();
        Map<String, String> envs = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean inStage = false;
        for (Instruction instruction : instructions(dockerfile)) {
            switch (instruction.keyword()) {
                case "FROM" -> {
                    inStage = true;
                    args = new HashMap<>();
                    envs = new HashMap<>();
                    labels.clear();
                }
                case "ARG" -> declareArgs(instruction.arguments(), inStage ? args : globalArgs, globalArgs, inStage,
                        lookup(envs, inStage ? args : globalArgs));
                case "ENV" -> envs.putAll(pairs(instruction.arguments(), lookup(envs, args)));
                case "LABEL" -> {
                    if (inStage) {
                        labels.putAll(pairs(instruction.arguments(), lookup(envs, args)));
                    }
                }
                default -> {
                    // other instructions do not change labels or variables
                }
            }
        }
        return labels;
    }

    private static List<Instruction> instructions(String dockerfile) {
        List<Instruction> instructions = new ArrayList<>();
        String keyword = null;
        StringBuilder arguments = null;
        for (String line : dockerfile.split("\r?\n", -1)) {
            if (COMMENT.matcher(line).matches()) {
                continue;
            }
            if (keyword == null) {
                Matcher matcher = INSTRUCTION.matcher(line);
                if (!matcher.matches()) {
                    continue;
                }
                keyword = matcher.group(1).toUpperCase(Locale.ROOT);
                arguments = new StringBuilder(withoutContinuation(matcher.group(2)));
            } else if (line.isBlank()) {
                // Docker drops empty lines inside a continued instruction
                continue;
            } else {
                arguments.append(withoutContinuation(line));
            }
            if (!CONTINUED.matcher(line).matches()) {
                instructions.add(new Instruction(keyword, arguments.toString()));
                keyword = null;
            }
        }
        if (keyword != null) {
            instructions.add(new Instruction(keyword, arguments.toString()));
        }
        return instructions;
    }

    private static String withoutContinuation(String line) {
        String trimmed = line.stripTrailing();
        return trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /**
     * {@code KEY=VALUE ...} pairs, or the older {@code KEY VALUE} form where everything after the
     * key is the value. Words without {@code =} in the first form are ignored (Docker refuses them).
     */
    private static Map<String, String> pairs(String arguments, Function<String, String> variables) {
        Map<String, String> pairs = new LinkedHashMap<>();
        List<String> words = ShellWords.split(arguments);
        if (words.isEmpty()) {
            return pairs;
        }
        if (!words.get(0).contains("=")) {
            String[] keyAndValue = arguments.strip().split("\\s+", 2);
            pairs.put(ShellWords.expand(keyAndValue[0], variables),
                    keyAndValue.length > 1 ? ShellWords.expand(keyAndValue[1], variables) : "");
            return pairs;
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals >= 0) {
                pairs.put(ShellWords.expand(word.substring(0, equals), variables),
                        ShellWords.expand(word.substring(equals + 1), variables));
            }
        }
        return pairs;
    }

    /** {@code ARG NAME[=default] ...}; a name without default in a stage takes the global default, if any. */
    private static void declareArgs(String arguments, Map<String, String> scope, Map<String, String> globalArgs,
            boolean inStage, Function<String, String> variables) {
        for (String word : ShellWords.split(arguments)) {
            int equals = word.indexOf('=');
            if (equals >= 0) {
                scope.put(ShellWords.expand(word.substring(0, equals), variables),
                        ShellWords.expand(word.substring(equals + 1), variables));
            } else {
                String name = ShellWords.expand(word, variables);
                scope.put(name, inStage ? globalArgs.get(name) : null);
            }
        }
    }

    private static Function<String, String> lookup(Map<String, String> envs,
            Map<String, String> args) {
        return name -> envs.containsKey(name) ? envs.get(name) : args.get(name);
    }
}
