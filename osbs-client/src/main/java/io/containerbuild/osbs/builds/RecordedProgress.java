package io.containerbuild.osbs.builds;

import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.pipeline.BuildProgress;
import io.containerbuild.osbs.store.BuildLog;
import io.containerbuild.osbs.store.BuildRecord;
import io.containerbuild.osbs.store.BuildStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a running build's progress into its record and log; with {@code [general] verbose} the log
 * lines also go to this process's own log, at INFO, prefixed with the build's name.
 */
final class RecordedProgress implements BuildProgress {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedProgress.class);

    private final BuildStore store;
    private final String name;
    private final BuildLog log;
    private final boolean verbose;

    RecordedProgress(BuildStore store, String name, boolean verbose) {
        this.store = store;
        this.name = name;
        this.log = store.log(name);
        this.verbose = verbose;
    }

    @Override
    public void pending() {
        // one platform may wait while another runs: the build is PENDING only until one runs
        store.update(name, record -> record.state() == BuildState.NEW
                ? record.withState(BuildState.PENDING, "Pending") : record);
    }

    @Override
    public void running() {
        store.update(name, record -> record.state() == BuildState.NEW || record.state() == BuildState.PENDING
                ? record.withState(BuildState.RUNNING, "Running") : record);
    }

    @Override
    public void log(String platform, String line) {
        append(BuildLogLine.of(platform, line));
    }

    @Override
    public void userWarning(String text) {
        append(BuildLogLine.userWarning(text));
    }

    private void append(BuildLogLine line) {
        log.append(line);
        if (verbose) {
            LOG.info("[{} {}] {}", name, line.platform(), line.text());
        }
    }

    @Override
    public void reservation(Optional<Reservation> held) {
        store.update(name, record -> record.withReservation(held.map(r ->
                new BuildRecord.HeldReservation(r.nvr().toString(), r.buildId(), r.token()))));
    }

    @Override
    public void engineUsed(String engineName) {
        store.update(name, record -> record.withEngine(engineName));
    }
}
