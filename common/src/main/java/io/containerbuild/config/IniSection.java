package io.containerbuild.config;

import io.containerbuild.fault.ConfigurationError;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One section of an {@link IniFile}, with typed getters. Keys are case-insensitive. A key missing
 * here is looked up in {@code [DEFAULT]}. Getters without a default fail on a missing key; lists
 * are empty when missing. Errors name file, section and key:
 * {@code /etc/kojid/kojid.conf: [kojid] maxjobs: 'many' is not an integer}.
 */
public final class IniSection {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Set<String> TRUE = Set.of("1", "yes", "true", "on");
    private static final Set<String> FALSE = Set.of("0", "no", "false", "off");

    private final String name;
    private final Map<String, IniValue> values;
    private final Map<String, IniValue> defaults;
    private final String sources;

    IniSection(String name, Map<String, IniValue> values, Map<String, IniValue> defaults, String sources) {
        this.name = name;
        this.values = values;
        this.defaults = defaults;
        this.sources = sources;
    }

    public String name() {
        return name;
    }

    /** The keys of this section and of {@code [DEFAULT]}, lower-cased. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(values.keySet());
        keys.addAll(defaults.keySet());
        return Collections.unmodifiableSet(keys);
    }

    public boolean has(String key) {
        return value(key).isPresent();
    }

    /** A required value. */
    public String string(String key) {
        return required(key).text();
    }

    public String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    public Optional<String> optionalString(String key) {
        return value(key).map(IniValue::text);
    }

    /** A required integer (optional sign and decimal digits). */
    public int integer(String key) {
        return toInteger(key, required(key));
    }

    public int integer(String key, int defaultValue) {
        return value(key).map(value -> toInteger(key, value)).orElse(defaultValue);
    }

    /** A required boolean: {@code 1/yes/true/on} or {@code 0/no/false/off}, in any case, as ConfigParser accepts. */
    public boolean bool(String key) {
        return toBoolean(key, required(key));
    }

    public boolean bool(String key, boolean defaultValue) {
        return value(key).map(value -> toBoolean(key, value)).orElse(defaultValue);
    }

    /** A space-separated list; empty if the key is missing. */
    public List<String> list(String key) {
        return list(key, ListSyntax.SPACES);
    }

    public List<String> list(String key, ListSyntax syntax) {
        return value(key).map(value -> split(value.text(), syntax.separator())).orElse(List.of());
    }

    /** A required, non-empty file system path. */
    public Path path(String key) {
        return toPath(key, required(key), required(key).text());
    }

    public Path path(String key, Path defaultValue) {
        return value(key).map(value -> toPath(key, value, value.text())).orElse(defaultValue);
    }

    /** A colon-separated list of paths, like Koji's {@code PluginPath}; empty if the key is missing. */
    public List<Path> searchPath(String key) {
        Optional<IniValue> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        for (String part : value.get().text().split(":")) {
            if (!part.isBlank()) {
                paths.add(toPath(key, value.get(), part.strip()));
            }
        }
        return List.copyOf(paths);
    }

    /** A required duration given in whole seconds, as Koji and osbs-client give timeouts. */
    public Duration seconds(String key) {
        return toSeconds(key, required(key));
    }

    public Duration seconds(String key, Duration defaultValue) {
        return value(key).map(value -> toSeconds(key, value)).orElse(defaultValue);
    }

    private Optional<IniValue> value(String key) {
        String normalized = key.toLowerCase(Locale.ROOT);
        IniValue value = values.get(normalized);
        return Optional.ofNullable(value != null ? value : defaults.get(normalized));
    }

    private IniValue required(String key) {
        return value(key).orElseThrow(() -> new ConfigurationError(
                sources + ": [" + name + "] " + key.toLowerCase(Locale.ROOT) + ": required key is missing"));
    }

    private int toInteger(String key, IniValue value) {
        String text = value.text();
        if (!INTEGER.matcher(text).matches()) {
            throw invalid(key, value, "is not an integer");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "is out of range");
        }
    }

    private boolean toBoolean(String key, IniValue value) {
        String text = value.text().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return true;
        }
        if (FALSE.contains(text)) {
            return false;
        }
        throw invalid(key, value, "is not a boolean");
    }

    private Path toPath(String key, IniValue value, String text) {
        if (text.isEmpty()) {
            throw invalid(key, value, "is not a path");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw invalid(key, value, "is not a path");
        }
    }

    private Duration toSeconds(String key, IniValue value) {
        int seconds = toInteger(key, value);
        if (seconds < 0) {
            throw invalid(key, value, "is not a number of seconds");
        }
        return Duration.ofSeconds(seconds);
    }

    private static List<String> split(String text, Pattern separator) {
        return Arrays.stream(separator.split(text)).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * An error about a value that parsed but does not fit (a port out of range, an unknown name),
     * worded like this section's own errors: file, section, key, value, problem.
     */
    public ConfigurationError invalid(String key, String problem) {
        return value(key).map(value -> invalid(key, value, problem)).orElseGet(() -> new ConfigurationError(
                sources + ": [" + name + "] " + key.toLowerCase(Locale.ROOT) + ": " + problem));
    }

    private ConfigurationError invalid(String key, IniValue value, String problem) {
        return new ConfigurationError(value.source() + ": [" + name + "] " + key.toLowerCase(Locale.ROOT) + ": '"
                + value.text() + "' " + problem);
    }

    @Override
    public String toString() {
        return "[" + name + "] " + keys();
    }
}
