package io.containerbuild.osbs.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.containerbuild.osbs.BuildLogLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build's log: lines kept in memory for readers and followers, and appended to
 * {@code log.jsonl} (one JSON object a line) so that they outlive the process. Followers block for
 * new lines until {@link #finish()}. Thread-safe.
 */
public final class BuildLog {

    private static final Logger LOG = LoggerFactory.getLogger(BuildLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<BuildLogLine> lines = new ArrayList<>();
    private BufferedWriter writer;
    private boolean finished;

    private BuildLog(Path file, boolean finished) {
        this.file = file;
        this.finished = finished;
    }

    /** Opens the log of a build, reading what an earlier process wrote. */
    static BuildLog open(Path file, boolean finished) {
        BuildLog log = new BuildLog(file, finished);
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        log.lines.add(JSON.readValue(line, BuildLogLine.class));
                    }
                }
            } catch (IOException e) {
                LOG.warn("Cannot read all of {}: {}", file, e.toString());
            }
        }
        return log;
    }

    public synchronized void append(BuildLogLine line) {
        if (finished) {
            return;
        }
        lines.add(line);
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            writer.write(JSON.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            // the in-memory log still has the line; a restart loses it
            LOG.warn("Cannot append to {}: {}", file, e.toString());
        }
        notifyAll();
    }

    /** No more lines will come; followers end. */
    public synchronized void finish() {
        finished = true;
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                LOG.warn("Cannot close {}: {}", file, e.toString());
            }
            writer = null;
        }
        notifyAll();
    }

    public synchronized List<BuildLogLine> lines() {
        return List.copyOf(lines);
    }

    /** The lines so far and those to come, until the log is finished. */
    public Stream<BuildLogLine> follow() {
        Spliterator<BuildLogLine> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private int next;

            @Override
            public boolean tryAdvance(Consumer<? super BuildLogLine> action) {
                BuildLogLine line;
                synchronized (BuildLog.this) {
                    while (next >= lines.size() && !finished) {
                        try {
                            BuildLog.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    }
                    if (next >= lines.size()) {
                        return false;
                    }
                    line = lines.get(next++);
                }
                action.accept(line);
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false);
    }

    void delete() {
        finish();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
