package io.containerbuild.cli.config;

import io.containerbuild.config.IniFile;
import io.containerbuild.fault.ConfigurationError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Koji's client looks for its configuration, in the order {@code koji.read_config} reads it, later files
 * overriding earlier ones key by key: {@code /etc/koji.conf.d/*.conf}, {@code /etc/koji.conf}, then either the
 * file given with {@code -c} (which must exist; a directory stands for its {@code *.conf} files) or
 * {@code ~/.koji/config.d/*.conf} and {@code ~/.koji/config}.
 *
 * @param etc  the system configuration directory, {@code /etc} outside tests
 * @param home the user's home directory
 */
public record ConfigLocations(Path etc, Path home) {

    public static ConfigLocations system() {
        return new ConfigLocations(Path.of("/etc"), Path.of(System.getProperty("user.home")));
    }

    /** The files to read, existing ones only, in reading order. */
    public List<Path> files(Optional<String> userConfig) {
        List<Path> files = new ArrayList<>(IniFile.dropIns(etc.resolve("koji.conf.d")));
        addIfFile(files, etc.resolve("koji.conf"));
        if (userConfig.isPresent()) {
            Path given = expandHome(userConfig.get());
            if (Files.isDirectory(given)) {
                List<Path> dropIns = IniFile.dropIns(given);
                if (dropIns.isEmpty()) {
                    throw new ConfigurationError("No config files found in directory: " + given);
                }
                files.addAll(dropIns);
            } else if (Files.isRegularFile(given) && Files.isReadable(given)) {
                files.add(given);
            } else {
                throw new ConfigurationError("Config file " + given + " can't be opened.");
            }
        } else {
            files.addAll(IniFile.dropIns(home.resolve(".koji/config.d")));
            addIfFile(files, home.resolve(".koji/config"));
        }
        return List.copyOf(files);
    }

    /** {@code ~/x} as Python's {@code os.path.expanduser} reads it. */
    public Path expandHome(String path) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }

    private static void addIfFile(List<Path> files, Path file) {
        if (Files.isRegularFile(file)) {
            files.add(file);
        }
    }
}
