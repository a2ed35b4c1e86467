package io.containerbuild.config;

import io.containerbuild.fault.ConfigurationError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.configuration2.INIConfiguration;
import org.apache.commons.configuration2.SubnodeConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;

/**
 * An immutable, parsed INI file (or several merged), read the way Koji reads {@code hub.conf},
 * {@code kojid.conf} and {@code koji.conf}, and osbs-client reads {@code osbs.conf}: Python
 * {@code ConfigParser} conventions on top of commons-configuration2's INI parser.
 *
 * <ul>
 *   <li>Section names are case-sensitive; keys are not (they are lower-cased, as ConfigParser
 *       does). Values are trimmed.
 *   <li>{@code key = value} and {@code key: value}; full-line {@code #} and {@code ;} comments;
 *       values continue on following lines indented deeper than their key, joined with newlines.
 *   <li>{@code [DEFAULT]} supplies values to every section that lacks them.
 *   <li>No interpolation of any kind: {@code ${...}} (including commons-configuration2's
 *       {@code ${file:...}}, {@code ${env:...}} lookups) and Python's {@code %(name)s} stay
 *       literal. Koji's hub reads its configuration raw; the other files do not use interpolation
 *       in practice, and reading files or the environment from a value is a risk not worth taking.
 *   <li>Differences from ConfigParser, inherited from commons-configuration2 and kept because they
 *       are friendlier: an inline comment after whitespace ({@code value ; comment}) is stripped,
 *       and quotes around a whole value are removed.
 *   <li>Errors are ConfigParser's too: keys outside a section, lines that are not
 *       {@code key = value}, duplicate keys in a section. A value ending in {@code " \"} is rejected.
 * </ul>
 * Errors are {@link ConfigurationError}s that name the file, and the section and key when there is one.
 */
public final class IniFile {

    static final String DEFAULT_SECTION = "DEFAULT";

    private final List<String> sources;
    private final Map<String, Map<String, IniValue>> sections;
    private final Map<String, IniValue> defaults;

    private IniFile(List<String> sources, Map<String, Map<String, IniValue>> sections, Map<String, IniValue> defaults) {
        this.sources = List.copyOf(sources);
        this.sections = sections;
        this.defaults = defaults;
    }

    /** A configuration without files or sections. */
    public static IniFile empty() {
        return new IniFile(List.of(), Map.of(), Map.of());
    }

    /**
     * Reads one file, which must exist.
     *
     * @throws ConfigurationError if the file is missing, unreadable or malformed
     */
    public static IniFile load(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationError(source + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new ConfigurationError(source + ": cannot read file: not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigurationError(source + ": cannot read file: " + e, e);
        }
        return parse(text, source);
    }

    /**
     * Reads INI text; {@code source} names it in errors.
     *
     * @throws ConfigurationError if the text is malformed
     */
    public static IniFile parse(String text, String source) {
        INIConfiguration ini = new INIConfiguration();
        try {
            new FileHandler(ini).load(new StringReader(ConfigParserLines.rewrite(text, source)));
        } catch (ConfigurationException e) {
            throw new ConfigurationError(source + ": " + e.getMessage(), e);
        }
        Map<String, Map<String, IniValue>> sections = new LinkedHashMap<>();
        Map<String, IniValue> defaults = Map.of();
        for (String name : ini.getSections()) {
            Map<String, IniValue> values = readSection(ini.getSection(name), name, source);
            if (DEFAULT_SECTION.equals(name)) {
                defaults = values;
            } else {
                sections.put(name, values);
            }
        }
        return new IniFile(List.of(source), Collections.unmodifiableMap(sections), defaults);
    }

    /**
     * Reads the files that exist, in order, later ones overriding earlier ones key by key, as
     * ConfigParser's {@code read([...])} does for {@code /etc/koji.conf},
     * {@code /etc/koji.conf.d/*.conf} and {@code ~/.koji/config}. Missing files are skipped.
     *
     * @throws ConfigurationError if a file that exists cannot be read or is malformed
     */
    public static IniFile loadAll(List<Path> files) {
        IniFile merged = empty();
        for (Path file : files) {
            if (Files.exists(file)) {
                merged = merged.overriddenBy(load(file));
            }
        }
        return merged;
    }

    /**
     * The {@code *.conf} files of a drop-in directory in name order (Koji's {@code conf.d}), or
     * none if the directory does not exist.
     *
     * @throws ConfigurationError if the directory cannot be listed
     */
    public static List<Path> dropIns(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.conf")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationError(directory + ": cannot list directory: " + e, e);
        }
        files.sort(null);
        return List.copyOf(files);
    }

    /** This configuration with {@code later}'s sections and keys laid over it. */
    public IniFile overriddenBy(IniFile later) {
        List<String> mergedSources = new ArrayList<>(sources);
        mergedSources.addAll(later.sources);
        Map<String, Map<String, IniValue>> mergedSections = new LinkedHashMap<>(sections);
        later.sections.forEach((name, values) -> mergedSections.merge(name, values, IniFile::overlay));
        return new IniFile(mergedSources, Collections.unmodifiableMap(mergedSections), overlay(defaults, later.defaults));
    }

    /** The files read, in order. */
    public List<String> sources() {
        return sources;
    }

    /** The section names in file order, without {@code DEFAULT}. */
    public Set<String> sectionNames() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(sections.keySet()));
    }

    public boolean hasSection(String name) {
        return sections.containsKey(name);
    }

    /**
     * A section.
     *
     * @throws ConfigurationError {@code <file>: missing section [<name>]}
     */
    public IniSection section(String name) {
        return optionalSection(name)
                .orElseThrow(() -> new ConfigurationError(describeSources() + ": missing section [" + name + "]"));
    }

    public Optional<IniSection> optionalSection(String name) {
        Map<String, IniValue> values = sections.get(name);
        return values == null ? Optional.empty() : Optional.of(new IniSection(name, values, defaults, describeSources()));
    }

    private String describeSources() {
        return sources.isEmpty() ? "(no configuration file)" : String.join(", ", sources);
    }

    private static Map<String, IniValue> readSection(SubnodeConfiguration section, String name, String source) {
        if (name == null) {
            // ConfigParserLines already refuses keys before the first section header
            throw new ConfigurationError(source + ": keys outside of any [section]");
        }
        Map<String, IniValue> values = new LinkedHashMap<>();
        for (Iterator<String> keys = section.getKeys(); keys.hasNext(); ) {
            String escaped = keys.next();
            // commons-configuration2 escapes dots in keys by doubling them
            String key = escaped.replace("..", ".").toLowerCase(Locale.ROOT);
            Object raw = section.getProperty(escaped);
            if (raw instanceof Collection<?> || values.containsKey(key)) {
                throw new ConfigurationError(source + ": [" + name + "] " + key + ": duplicate key");
            }
            values.put(key, new IniValue(String.valueOf(raw), source));
        }
        return Collections.unmodifiableMap(values);
    }

    private static Map<String, IniValue> overlay(Map<String, IniValue> base, Map<String, IniValue> top) {
        Map<String, IniValue> merged = new LinkedHashMap<>(base);
        merged.putAll(top);
        return Collections.unmodifiableMap(merged);
    }

    @Override
    public String toString() {
        return "IniFile" + sources + " sections " + sections.keySet();
    }
}
