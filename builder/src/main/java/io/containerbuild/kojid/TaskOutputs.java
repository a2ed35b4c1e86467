package io.containerbuild.kojid;

import io.containerbuild.plugin.builder.TaskOutput;
import io.containerbuild.wire.KojiSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's {@link TaskOutput}: files kept in the task's local output directory and uploaded to
 * {@code tasks/<id % 10000>/<id>} on the hub. While the task runs, a thread of the task's own sends what is new
 * every second through the task's session; when the handler is done, {@link #finishAll()} sends the rest of
 * every file and verifies it.
 */
final class TaskOutputs implements TaskOutput {
    private static final Logger LOG = LoggerFactory.getLogger(TaskOutputs.class);
    static final Duration UPLOAD_INTERVAL = Duration.ofSeconds(1);
    /** How long the end of the task waits for an upload pass in flight. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final int taskId;
    private final Path localDirectory;
    private final String uploadPath;
    private final KojiSession session;
    private final Map<String, GrowingFileUpload> files = new LinkedHashMap<>();
    private ScheduledExecutorService uploader;
    private boolean ended;
    private boolean passFailing;

    TaskOutputs(int taskId, Path localDirectory, KojiSession session) {
        this.taskId = taskId;
        this.localDirectory = localDirectory;
        this.uploadPath = TaskDirectories.uploadPath(taskId);
        this.session = session;
    }

    @Override
    public synchronized OutputStream open(String fileName) throws IOException {
        if (fileName == null || fileName.isEmpty() || fileName.startsWith(".") || fileName.contains("/")
                || fileName.indexOf('\0') >= 0) {
            // the hub refuses such names too; refusing here keeps the local file inside its directory
            throw new IllegalArgumentException("not a bare output file name: '" + fileName + "'");
        }
        if (ended) {
            throw new IllegalStateException("task " + taskId + " has ended; its output cannot grow");
        }
        Files.createDirectories(localDirectory);
        GrowingFileUpload file = files.computeIfAbsent(fileName,
                name -> new GrowingFileUpload(localDirectory.resolve(name), uploadPath, name, session));
        OutputStream stream = file.openStream();
        if (uploader == null) {
            uploader = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "task-" + taskId + "-uploads");
                thread.setDaemon(true);
                return thread;
            });
            uploader.scheduleWithFixedDelay(this::uploadPass, UPLOAD_INTERVAL.toMillis(), UPLOAD_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return stream;
    }

    /** Ends the live uploads, then sends the rest of every file and verifies it; failures are logged. */
    void finishAll() {
        for (GrowingFileUpload file : end()) {
            try {
                file.closeStream();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Task {}: output file {} did not reach the hub whole: {}", taskId, file.name(),
                        e.getMessage());
            }
        }
    }

    /** Ends the live uploads and sends nothing more: the task is no longer this host's. */
    void abandon() {
        end().forEach(GrowingFileUpload::abandon);
    }

    private List<GrowingFileUpload> end() {
        ScheduledExecutorService running;
        List<GrowingFileUpload> all;
        synchronized (this) {
            ended = true;
            running = uploader;
            all = new ArrayList<>(files.values());
        }
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Task {}: an upload is still in flight; finishing regardless", taskId);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return all;
    }

    private void uploadPass() {
        List<GrowingFileUpload> all;
        synchronized (this) {
            all = new ArrayList<>(files.values());
        }
        boolean failed = false;
        for (GrowingFileUpload file : all) {
            try {
                file.uploadNewBytes();
            } catch (IOException | RuntimeException e) {
                failed = true;
                // logged once per spell of failures, since a pass runs every second
                if (!passFailing) {
                    LOG.warn("Task {}: uploading {} failed, will retry: {}", taskId, file.name(), e.getMessage());
                }
            }
        }
        if (passFailing && !failed) {
            LOG.info("Task {}: output uploads work again", taskId);
        }
        passFailing = failed;
    }
}
