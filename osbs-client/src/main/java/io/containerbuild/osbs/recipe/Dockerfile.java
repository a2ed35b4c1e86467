package io.containerbuild.osbs.recipe;

import io.containerbuild.osbs.OsbsValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Dockerfile, read far enough to know its final stage's labels and base image, and to be rewritten
 * the way atomic-reactor rewrites it: labels appended at the end, and a marker label after every
 * {@code FROM}. Immutable; the rewriting methods return new instances.
 */
public final class Dockerfile {

    private final List<String> lines;
    private final List<DockerfileInstruction> instructions;

    private Dockerfile(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.instructions = parse(this.lines);
    }

    public static Dockerfile parse(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Dockerfile dockerfile = new Dockerfile(lines);
        if (dockerfile.instructions.stream().noneMatch(i -> i.keyword().equals("FROM"))) {
            throw new OsbsValidationException("the Dockerfile has no FROM instruction");
        }
        return dockerfile;
    }

    public List<DockerfileInstruction> instructions() {
        return instructions;
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The image the final stage starts from, e.g. {@code registry.example.com/base:1} or {@code scratch}. */
    public String finalBaseImage() {
        Map<String, String> globalArgs = new HashMap<>();
        String base = null;
        boolean seenFrom = false;
        for (DockerfileInstruction instruction : instructions) {
            if (instruction.keyword().equals("ARG") && !seenFrom) {
                defineArg(instruction, globalArgs, globalArgs);
            } else if (instruction.keyword().equals("FROM")) {
                seenFrom = true;
                List<DockerfileWords.Word> words = DockerfileWords.split(instruction.arguments(), globalArgs);
                base = words.stream().map(DockerfileWords.Word::text).filter(w -> !w.startsWith("--")).findFirst()
                        .orElseThrow(() -> new OsbsValidationException("a FROM instruction names no image"));
            }
        }
        return base;
    }

    /**
     * The labels the final stage sets, in order, each resolved with the ENV values and ARG defaults
     * known where it is set. Keys are as written (label names are case-sensitive).
     */
    public Map<String, LabelValue> finalStageLabels() {
        Map<String, String> globalArgs = new HashMap<>();
        Map<String, String> variables = new HashMap<>();
        Map<String, LabelValue> labels = new LinkedHashMap<>();
        boolean seenFrom = false;
        for (DockerfileInstruction instruction : instructions) {
            switch (instruction.keyword()) {
                case "FROM" -> {
                    seenFrom = true;
                    variables = new HashMap<>();
                    labels = new LinkedHashMap<>();
                }
                case "ARG" -> defineArg(instruction, seenFrom ? variables : globalArgs, globalArgs);
                case "ENV" -> {
                    for (Map.Entry<String, LabelValue> env : pairs(instruction, variables).entrySet()) {
                        variables.put(env.getKey(), env.getValue().resolved());
                    }
                }
                case "LABEL" -> labels.putAll(pairs(instruction, variables));
                default -> {
                }
            }
        }
        return Collections.unmodifiableMap(labels);
    }

    /** This Dockerfile with one {@code LABEL} instruction appended that sets {@code labels}, in order. */
    public Dockerfile withLabelsAppended(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return this;
        }
        List<String> rewritten = new ArrayList<>(lines);
        rewritten.add("LABEL " + render(labels));
        return new Dockerfile(rewritten);
    }

    /**
     * This Dockerfile with {@code LABEL key=value} right after every {@code FROM}, so that every
     * container and image the engine makes for the build carries it and can be found again.
     */
    public Dockerfile withLabelAfterEveryFrom(String key, String value) {
        List<String> rewritten = new ArrayList<>(lines);
        String label = "LABEL " + render(Map.of(key, value));
        List<DockerfileInstruction> froms = instructions.stream().filter(i -> i.keyword().equals("FROM")).toList();
        for (int i = froms.size() - 1; i >= 0; i--) {
            rewritten.add(froms.get(i).lastLine() + 1, label);
        }
        return new Dockerfile(rewritten);
    }

    private static String render(Map<String, String> labels) {
        List<String> pairs = new ArrayList<>();
        labels.forEach((key, value) -> pairs.add(DockerfileWords.quote(key) + "=" + DockerfileWords.quote(value)));
        return String.join(" ", pairs);
    }

    private static void defineArg(DockerfileInstruction instruction, Map<String, String> into, Map<String, String> globalArgs) {
        for (DockerfileWords.Word word : DockerfileWords.split(instruction.arguments(), into)) {
            int eq = word.text().indexOf('=');
            if (eq < 0) {
                // "ARG NAME" inside a stage brings in the global default, if any
                String name = word.text();
                Optional.ofNullable(globalArgs.get(name)).ifPresent(value -> into.put(name, value));
            } else {
                into.put(word.text().substring(0, eq), word.text().substring(eq + 1));
            }
        }
    }

    /** The key-value pairs of a LABEL or ENV: {@code k=v k2="v 2"}, or the legacy {@code k the value}. */
    private static Map<String, LabelValue> pairs(DockerfileInstruction instruction, Map<String, String> variables) {
        List<DockerfileWords.Word> words = DockerfileWords.split(instruction.arguments(), variables);
        Map<String, LabelValue> pairs = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return pairs;
        }
        if (words.get(0).text().indexOf('=') < 0) {
            StringBuilder value = new StringBuilder();
            boolean hasVariables = false;
            for (DockerfileWords.Word word : words.subList(1, words.size())) {
                value.append(value.length() == 0 ? "" : " ").append(word.text());
                hasVariables |= word.hasVariables();
            }
            pairs.put(words.get(0).text(), new LabelValue(value.toString(), !hasVariables));
            return pairs;
        }
        for (DockerfileWords.Word word : words) {
            int eq = word.text().indexOf('=');
            if (eq <= 0) {
                throw new OsbsValidationException("the Dockerfile's " + instruction.keyword() + " on line "
                        + (instruction.lastLine() + 1) + " mixes key=value and key value forms");
            }
            pairs.put(word.text().substring(0, eq), new LabelValue(word.text().substring(eq + 1), !word.hasVariables()));
        }
        return pairs;
    }

    private static List<DockerfileInstruction> parse(List<String> lines) {
        List<DockerfileInstruction> parsed = new ArrayList<>();
        StringBuilder pending = null;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (pending == null && trimmed.isEmpty())) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            String content = continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            pending = pending == null ? new StringBuilder(content) : pending.append(' ').append(content);
            if (!continues) {
                String instruction = pending.toString().strip();
                int space = indexOfWhitespace(instruction);
                String keyword = (space < 0 ? instruction : instruction.substring(0, space)).toUpperCase(Locale.ROOT);
                String arguments = space < 0 ? "" : instruction.substring(space + 1).strip();
                if (!keyword.isEmpty()) {
                    parsed.add(new DockerfileInstruction(keyword, arguments, index));
                }
                pending = null;
            }
        }
        if (pending != null && !pending.toString().isBlank()) {
            throw new OsbsValidationException("the Dockerfile ends inside a continued line");
        }
        return List.copyOf(parsed);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
