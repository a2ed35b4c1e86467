package io.containerbuild.osbs.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.containerbuild.osbs.BuildResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build records on disk, one directory per build under {@code <state>/builds/}: {@code record.json}
 * (replaced atomically on every change), {@code log.jsonl}, and {@code work/} for the clone and
 * build context. Records are loaded at start and kept in memory. Thread-safe; waiters for a change
 * wait on the store.
 */
public final class BuildStore {

    private static final Logger LOG = LoggerFactory.getLogger(BuildStore.class);

    private final Path buildsDir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addMixIn(BuildResults.class, BuildResultsMixIn.class);
    private final Map<String, BuildRecord> records = new LinkedHashMap<>();
    private final Map<String, BuildLog> logs = new HashMap<>();

    public BuildStore(Path stateDir) {
        this.buildsDir = stateDir.resolve("builds");
        try {
            Files.createDirectories(buildsDir);
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(buildsDir)) {
                for (Path dir : dirs) {
                    Path record = dir.resolve("record.json");
                    if (Files.isRegularFile(record)) {
                        try {
                            BuildRecord loaded = json.readValue(record.toFile(), BuildRecord.class);
                            records.put(loaded.name(), loaded);
                        } catch (IOException e) {
                            LOG.warn("Skipping the unreadable build record {}: {}", record, e.toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the state directory " + buildsDir, e);
        }
    }

    /**
     * Stores a new build.
     *
     * @return false when a build of that name exists already
     */
    public synchronized boolean create(BuildRecord record) {
        if (records.containsKey(record.name()) || Files.exists(buildDir(record.name()))) {
            return false;
        }
        try {
            Files.createDirectories(workDir(record.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(record);
        return true;
    }

    /** Applies a change to a record and stores it; wakes whoever waits on the store. */
    public synchronized BuildRecord update(String name, UnaryOperator<BuildRecord> change) {
        BuildRecord current = records.get(name);
        if (current == null) {
            throw new IllegalArgumentException("no build " + name);
        }
        BuildRecord next = change.apply(current);
        write(next);
        notifyAll();
        return next;
    }

    public synchronized Optional<BuildRecord> find(String name) {
        return Optional.ofNullable(records.get(name));
    }

    public synchronized List<BuildRecord> all() {
        return new ArrayList<>(records.values());
    }

    /** Waits until the build is finished or gone, at most {@code limit}; returns what it is then. */
    public synchronized Optional<BuildRecord> awaitFinished(String name, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            BuildRecord record = records.get(name);
            long left = deadline - System.nanoTime();
            if (record == null || record.state().isFinished() || left <= 0) {
                return Optional.ofNullable(record);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The build's log, opened on first use. */
    public synchronized BuildLog log(String name) {
        return logs.computeIfAbsent(name, key -> BuildLog.open(buildDir(key).resolve("log.jsonl"),
                Optional.ofNullable(records.get(key)).map(record -> record.state().isFinished()).orElse(true)));
    }

    /** Where the build keeps its clone and build context. */
    public Path workDir(String name) {
        return buildDir(name).resolve("work");
    }

    /** Forgets the build: its record, log and work directory. */
    public synchronized void remove(String name) {
        BuildLog log = logs.remove(name);
        if (log != null) {
            log.finish();
        }
        records.remove(name);
        deleteTree(buildDir(name));
        notifyAll();
    }

    /** Deletes a directory tree; what cannot be deleted is logged and left. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete all of {}: {}", dir, e.toString());
        }
    }

    private Path buildDir(String name) {
        return buildsDir.resolve(name);
    }

    private void write(BuildRecord record) {
        Path dir = buildDir(record.name());
        Path temporary = dir.resolve("record.json.tmp");
        try {
            Files.createDirectories(dir);
            json.writeValue(temporary.toFile(), record);
            try {
                Files.move(temporary, dir.resolve("record.json"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, dir.resolve("record.json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the record of build " + record.name(), e);
        }
        records.put(record.name(), record);
    }

    /** {@link BuildResults#repositories()} is derived; it is not stored. */
    abstract static class BuildResultsMixIn {
        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract List<String> repositories();
    }
}
