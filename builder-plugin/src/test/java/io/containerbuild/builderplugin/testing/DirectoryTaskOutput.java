package io.containerbuild.builderplugin.testing;

import io.containerbuild.plugin.builder.TaskOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Task output files in a directory. Holds handlers to the contract: bare names only, and each file
 * opened once (a second open would overwrite what the hub already has).
 */
public final class DirectoryTaskOutput implements TaskOutput {

    private final Path directory;
    private final Set<String> failing = new HashSet<>();

    public DirectoryTaskOutput(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes opening the file fail, as an upload that the hub refuses would. */
    public void failOpening(String fileName) {
        failing.add(fileName);
    }

    @Override
    public OutputStream open(String fileName) throws IOException {
        if (fileName.isEmpty() || fileName.contains("/") || fileName.startsWith(".")) {
            throw new IOException("not a bare file name: " + fileName);
        }
        if (failing.contains(fileName)) {
            throw new IOException("upload of " + fileName + " refused");
        }
        return Files.newOutputStream(directory.resolve(fileName), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** The file's text, if the task wrote it. */
    public Optional<String> read(String fileName) {
        Path file = directory.resolve(fileName);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String fileName) {
        return read(fileName).orElseThrow(() -> new AssertionError(fileName + " was not written; have " + names()));
    }

    public Set<String> names() {
        try (var files = Files.list(directory)) {
            Set<String> names = new TreeSet<>();
            files.forEach(file -> names.add(file.getFileName().toString()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
