package io.containerbuild.builderplugin.task;

import io.containerbuild.plugin.builder.TaskOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task's progress log: every line goes to the daemon's log through SLF4J and into the task
 * output file {@code osbs-client.log}, formatted as upstream's handler formats it
 * ({@code asctime - process - name - levelname - message}), so that the person watching the task
 * sees why it did what it did. DEBUG lines reach the file only when the osbs.conf instance is
 * verbose. Thread-safe: the cancellation hook logs from the daemon's thread.
 */
public final class TaskLog implements AutoCloseable {

    public static final String FILE_NAME = "osbs-client.log";

    // Python logging's asctime: local time, milliseconds after a comma
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private final TaskOutput output;
    private final String name;
    private final Logger logger;
    private final Clock clock;
    private final long pid = ProcessHandle.current().pid();
    private OutputStream file;
    private boolean fileFailed;
    private boolean verbose;

    /**
     * @param output where {@code osbs-client.log} goes; it is opened with the first line
     * @param name the logger name shown in each line, e.g. {@code builder_containerbuild.buildContainer}
     */
    public TaskLog(TaskOutput output, String name, Clock clock) {
        this.output = output;
        this.name = name;
        this.logger = LoggerFactory.getLogger(name);
        this.clock = clock;
    }

    /** Whether DEBUG lines go to the file too (osbs.conf {@code [general] verbose}). */
    public synchronized void verbose(boolean value) {
        this.verbose = value;
    }

    public void debug(String message) {
        logger.debug(message);
        write("DEBUG", message, verbose);
    }

    public void info(String message) {
        logger.info(message);
        write("INFO", message, true);
    }

    public void warning(String message) {
        logger.warn(message);
        write("WARNING", message, true);
    }

    public void error(String message) {
        logger.error(message);
        write("ERROR", message, true);
    }

    private synchronized void write(String level, String message, boolean toFile) {
        if (!toFile || fileFailed) {
            return;
        }
        String line = ASCTIME.format(clock.instant().atZone(clock.getZone())) + " - " + pid + " - " + name + " - "
                + level + " - " + message + "\n";
        try {
            if (file == null) {
                file = output.open(FILE_NAME);
            }
            file.write(line.getBytes(StandardCharsets.UTF_8));
            file.flush();
        } catch (IOException e) {
            // The progress log is a convenience; losing it must not fail the build.
            fileFailed = true;
            logger.warn("Cannot write {} any more: {}", FILE_NAME, e.toString());
        }
    }

    /** Uploads the rest of the file; later lines go to the daemon's log only. */
    @Override
    public synchronized void close() {
        if (file == null) {
            return;
        }
        try {
            file.close();
        } catch (IOException e) {
            logger.warn("Cannot close {}: {}", FILE_NAME, e.toString());
        } finally {
            file = null;
            fileFailed = true;
        }
    }
}
