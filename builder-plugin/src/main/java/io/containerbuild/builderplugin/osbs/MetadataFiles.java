package io.containerbuild.builderplugin.osbs;

import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.config.IniSection;
import io.containerbuild.plugin.builder.TaskOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Copies the files that {@code platform:_metadata_} log lines name, relative to Koji's work
 * directory {@code <topdir>/work}, into the task output under their base names. Only {@code .log}
 * and {@code .json} files are copied (upstream uploads no others), only from inside the work
 * directory, and never over one of the task's own log files. A file that cannot be copied is
 * reported in the task log; it does not end the log stream.
 */
final class MetadataFiles {

    static final String TOPDIR = "topdir";
    // kojid's default topdir
    static final Path DEFAULT_TOPDIR = Path.of("/mnt/koji");

    private final Path kojiWorkDir;
    private final TaskOutput output;
    private final TaskLog log;
    private final Set<String> reservedNames;
    private final Set<String> copied = new HashSet<>();

    MetadataFiles(Path kojiWorkDir, TaskOutput output, TaskLog log, Set<String> reservedNames) {
        this.kojiWorkDir = kojiWorkDir;
        this.output = output;
        this.log = log;
        this.reservedNames = Set.copyOf(reservedNames);
    }

    /** Koji's work directory from the daemon's {@code topdir}. */
    static Path kojiWorkDir(IniSection kojid) {
        return kojid.path(TOPDIR, DEFAULT_TOPDIR).resolve("work");
    }

    void copy(String relativePath) {
        try {
            Path name = Path.of(relativePath).getFileName();
            String fileName = name == null ? "" : name.toString();
            if (!fileName.endsWith(".log") && !fileName.endsWith(".json")) {
                log.info("Not uploading metadata file " + relativePath + ": only .log and .json files are uploaded");
                return;
            }
            if (reservedNames.contains(fileName) || copied.contains(fileName)) {
                log.warning("Not uploading metadata file " + relativePath + ": the task already has a " + fileName);
                return;
            }
            Path root = kojiWorkDir.toRealPath();
            Path source = root.resolve(relativePath).toRealPath();
            if (!source.startsWith(root) || !Files.isRegularFile(source)) {
                log.warning("Not uploading metadata file " + relativePath + ": not a file in " + kojiWorkDir);
                return;
            }
            try (InputStream in = Files.newInputStream(source); OutputStream out = output.open(fileName)) {
                in.transferTo(out);
            }
            copied.add(fileName);
        } catch (IOException | InvalidPathException e) {
            log.warning("Cannot upload metadata file " + relativePath + ": " + e);
        }
    }
}
