package io.containerbuild.kojid;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished results on disk until the hub has taken them, so that neither a hub restart nor a daemon restart
 * loses a task's work: {@code <workdir>/results/<task id>.close.xml} or {@code .fail.xml}, holding the
 * document {@code host.closeTask} or {@code host.failTask} carries. Each file is written whole and then renamed
 * into place, so a crash leaves either the complete file or none.
 */
final class ResultSpool {
    private static final Logger LOG = LoggerFactory.getLogger(ResultSpool.class);
    private static final Pattern NAME = Pattern.compile("([0-9]{1,10})\\.(close|fail)\\.xml");

    private final Path directory;

    @Inject
    ResultSpool(TaskDirectories directories) {
        this.directory = directories.resultSpool();
    }

    synchronized void save(TaskOutcome outcome) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve("." + outcome.taskId() + ".partial");
            try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(outcome.document().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    file.write(bytes);
                }
                file.force(true);
            }
            remove(outcome.taskId());
            try {
                Files.move(temporary, fileOf(outcome), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, fileOf(outcome), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the result of task " + outcome.taskId() + " in " + directory, e);
        }
    }

    synchronized void remove(int taskId) {
        for (TaskOutcome.Kind kind : TaskOutcome.Kind.values()) {
            try {
                Files.deleteIfExists(directory.resolve(fileName(taskId, kind)));
            } catch (IOException e) {
                LOG.warn("Could not remove the delivered result of task {}: {}", taskId, e.toString());
            }
        }
    }

    synchronized boolean holds(int taskId) {
        for (TaskOutcome.Kind kind : TaskOutcome.Kind.values()) {
            if (Files.exists(directory.resolve(fileName(taskId, kind)))) {
                return true;
            }
        }
        return false;
    }

    /** Every result waiting for the hub, oldest task first; a file that cannot be read is logged and skipped. */
    synchronized List<TaskOutcome> pending() {
        List<TaskOutcome> outcomes = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return outcomes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.xml")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                try {
                    int taskId = Integer.parseInt(name.group(1));
                    TaskOutcome.Kind kind = TaskOutcome.Kind.valueOf(name.group(2).toUpperCase(Locale.ROOT));
                    outcomes.add(new TaskOutcome(taskId, kind, Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException | NumberFormatException e) {
                    LOG.error("Cannot read the kept result {}: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot list the kept results in {}: {}", directory, e.toString());
        }
        outcomes.sort((a, b) -> Integer.compare(a.taskId(), b.taskId()));
        return outcomes;
    }

    private Path fileOf(TaskOutcome outcome) {
        return directory.resolve(fileName(outcome.taskId(), outcome.kind()));
    }

    private static String fileName(int taskId, TaskOutcome.Kind kind) {
        return taskId + "." + kind.name().toLowerCase(Locale.ROOT) + ".xml";
    }
}
