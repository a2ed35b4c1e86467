package io.containerbuild.osbs.builds;

import io.containerbuild.build.Nvr;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.config.OsbsConf;
import io.containerbuild.osbs.config.OsbsInstance;
import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.pipeline.BuildLabels;
import io.containerbuild.osbs.scheduling.EnginePool;
import io.containerbuild.osbs.store.BuildLog;
import io.containerbuild.osbs.store.BuildRecord;
import io.containerbuild.osbs.store.BuildStore;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with builds an earlier process left unfinished: marks them FAILED at once, then, in the
 * background, refunds their Koji reservations and removes their containers and images.
 */
final class Recovery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final OsbsConf conf;
    private final BuildStore store;
    private final EnginePool pool;
    private final Clock clock;
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "osbs-recovery");
        thread.setDaemon(true);
        return thread;
    });

    Recovery(OsbsConf conf, BuildStore store, EnginePool pool, Clock clock) {
        this.conf = conf;
        this.store = store;
        this.pool = pool;
        this.clock = clock;
    }

    void failAbandonedBuilds() {
        // clones of builds that were being created when the process died
        BuildStore.deleteTree(conf.stateDir().resolve("tmp"));
        for (BuildRecord record : store.all()) {
            if (record.state().isFinished()) {
                continue;
            }
            String error = "Error in osbs: the build service stopped while this build was " + record.state()
                    + "; the build was abandoned;";
            BuildLog log = store.log(record.name());
            log.append(BuildLogLine.of(BuildLogLine.NOARCH, error));
            log.finish();
            store.update(record.name(), r -> r.finish(BuildState.FAILED, "Failed", error, Optional.empty(),
                    clock.instant()));
            LOG.warn("Build {} was {} when the service stopped; it is FAILED now", record.name(), record.state());
            cleaner.execute(() -> cleanUp(record));
        }
    }

    private void cleanUp(BuildRecord record) {
        Optional<OsbsInstance> instance = Optional.ofNullable(conf.instances().get(record.instance()));
        if (instance.isEmpty()) {
            LOG.warn("Build {} ran under [{}], which osbs.conf no longer has; nothing to clean", record.name(),
                    record.instance());
            return;
        }
        record.reservation().ifPresent(held -> instance.get().koji().ifPresent(account -> {
            try {
                KojiHub hub = new KojiConnector(account).login();
                try {
                    hub.refund(account.contentGenerator(), new Reservation(Nvr.parse(held.nvr()), held.buildId(),
                            held.token()));
                    store.update(record.name(), r -> r.withReservation(Optional.empty()));
                    LOG.info("Refunded the reservation of {} left by build {}", held.nvr(), record.name());
                } finally {
                    hub.session().logout();
                }
            } catch (RuntimeException e) {
                LOG.warn("Cannot refund the reservation of {} left by build {}: {}", held.nvr(), record.name(),
                        e.toString());
            }
        }));
        for (String engineName : record.engines()) {
            for (EngineEndpoint endpoint : instance.get().engines()) {
                if (endpoint.name().equals(engineName)) {
                    try {
                        pool.engine(endpoint).removeLabelled(BuildLabels.BUILD_NAME, record.name());
                    } catch (RuntimeException e) {
                        LOG.warn("Cannot clean engine {} after build {}: {}", engineName, record.name(), e.toString());
                    }
                }
            }
        }
        BuildStore.deleteTree(store.workDir(record.name()));
    }

    @Override
    public void close() {
        cleaner.shutdownNow();
    }
}
