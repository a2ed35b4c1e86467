package io.containerbuild.osbs.builds;

import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.pipeline.BuildProgress;
import io.containerbuild.osbs.store.BuildLog;
import io.containerbuild.osbs.store.BuildRecord;
import io.containerbuild.osbs.store.BuildStore;
import java.util.Optional;

/** Puts a running build's progress into its record and log. */
final class RecordedProgress implements BuildProgress {

    private final BuildStore store;
    private final String name;
    private final BuildLog log;

    RecordedProgress(BuildStore store, String name) {
        this.store = store;
        this.name = name;
        this.log = store.log(name);
    }

    @Override
    public void pending() {
        store.update(name, record -> record.withState(BuildState.PENDING, "Pending"));
    }

    @Override
    public void running() {
        store.update(name, record -> record.withState(BuildState.RUNNING, "Running"));
    }

    @Override
    public void log(String platform, String line) {
        log.append(BuildLogLine.of(platform, line));
    }

    @Override
    public void userWarning(String text) {
        log.append(BuildLogLine.userWarning(text));
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
