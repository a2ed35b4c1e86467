package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.scheduling.EngineLease;
import io.containerbuild.osbs.store.BuildStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a running build holds and must give back however it ends: its engine slot, its Koji session
 * and reservation, its containers and images on the engine, its work directory. {@link #release}
 * refunds a reservation that was not imported (the build becomes FAILED in Koji), removes the
 * build's labelled leftovers from the engine, logs out and deletes the work files.
 */
final class BuildResources {

    private final String buildName;
    private final Optional<KojiConnector> koji;
    private final BuildProgress progress;
    private final Consumer<String> log;
    private final Path workDir;
    private EngineLease lease;
    private KojiHub hub;
    private Optional<Reservation> reservation = Optional.empty();

    BuildResources(String buildName, Optional<KojiConnector> koji, BuildProgress progress, Consumer<String> log,
                   Path workDir) {
        this.buildName = buildName;
        this.koji = koji;
        this.progress = progress;
        this.log = log;
        this.workDir = workDir;
    }

    void lease(EngineLease taken) {
        lease = taken;
        progress.engineUsed(taken.endpoint().name());
    }

    /** The Koji session, logged in on first use. */
    KojiHub hub() {
        if (hub == null) {
            hub = koji.orElseThrow(() -> new IllegalStateException("no Koji hub is configured")).login();
        }
        return hub;
    }

    KojiConnector koji() {
        return koji.orElseThrow(() -> new IllegalStateException("no Koji hub is configured"));
    }

    void hold(Reservation reserved) {
        reservation = Optional.of(reserved);
        progress.reservation(reservation);
    }

    Optional<Reservation> reservation() {
        return reservation;
    }

    /** The reservation was imported; nothing to refund. */
    void imported() {
        reservation = Optional.empty();
        progress.reservation(reservation);
    }

    void release(boolean succeeded, boolean cleanupAfterSuccess) {
        try {
            reservation.ifPresent(this::refund);
            if (lease != null && (!succeeded || cleanupAfterSuccess)) {
                int removed = lease.engine().removeLabelled(BuildLabels.BUILD_NAME, buildName);
                log.accept("Removed " + removed + " containers and images of the build from engine "
                        + lease.endpoint().name());
            }
        } catch (RuntimeException e) {
            log.accept("Cleaning up after the build failed: " + e.getMessage());
        } finally {
            if (lease != null) {
                lease.close();
            }
            if (hub != null) {
                try {
                    hub.session().logout();
                } catch (RuntimeException e) {
                    log.accept("Logging out of Koji failed: " + e.getMessage());
                }
            }
            BuildStore.deleteTree(workDir);
        }
    }

    private void refund(Reservation held) {
        try {
            hub().refund(koji().account().contentGenerator(), held);
            log.accept("Refunded the reservation of " + held.nvr() + " (Koji build " + held.buildId() + ")");
            imported();
        } catch (RuntimeException e) {
            log.accept("Refunding the reservation of " + held.nvr() + " failed: " + e.getMessage());
        }
    }
}
