package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.engine.ContainerEngine;
import io.containerbuild.osbs.koji.KojiConnector;
import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.Reservation;
import io.containerbuild.osbs.scheduling.EngineLease;
import io.containerbuild.osbs.store.BuildStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a running build holds and must give back however it ends: its engine slots, its Koji session
 * and reservation, its containers and images on the engines, its work directory. {@link #release}
 * refunds a reservation that was not imported (the build becomes FAILED in Koji), removes the
 * build's labelled leftovers from every engine it used, logs out and deletes the work files.
 * Thread-safe: platform builds take and give back slots in parallel.
 */
final class BuildResources {

    private final String buildName;
    private final Optional<KojiConnector> koji;
    private final BuildProgress progress;
    private final Consumer<String> log;
    private final Path workDir;
    private final List<EngineLease> leases = new ArrayList<>();
    private final Map<String, ContainerEngine> enginesUsed = new LinkedHashMap<>();
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

    /** A slot taken; its engine will be cleaned up at the end. */
    synchronized void lease(EngineLease taken) {
        leases.add(taken);
        enginesUsed.put(taken.endpoint().name(), taken.engine());
        progress.engineUsed(taken.endpoint().name());
    }

    /** The slot's work is done; the slot goes back, the engine stays on the clean-up list. */
    synchronized void giveBack(EngineLease lease) {
        lease.close();
        leases.remove(lease);
    }

    /** The Koji session, logged in on first use. */
    synchronized KojiHub hub() {
        if (hub == null) {
            hub = koji().login();
        }
        return hub;
    }

    KojiConnector koji() {
        return koji.orElseThrow(() -> new IllegalStateException("no Koji hub is configured"));
    }

    synchronized void hold(Reservation reserved) {
        reservation = Optional.of(reserved);
        progress.reservation(reservation);
    }

    synchronized Optional<Reservation> reservation() {
        return reservation;
    }

    /** The reservation was imported; nothing to refund. */
    synchronized void imported() {
        reservation = Optional.empty();
        progress.reservation(reservation);
    }

    synchronized void release(boolean succeeded, boolean cleanupAfterSuccess) {
        try {
            reservation.ifPresent(this::refund);
            if (!succeeded || cleanupAfterSuccess) {
                enginesUsed.forEach((name, engine) -> {
                    try {
                        int removed = engine.removeLabelled(BuildLabels.BUILD_NAME, buildName);
                        log.accept("Removed " + removed + " containers and images of the build from engine " + name);
                    } catch (RuntimeException e) {
                        log.accept("Cleaning engine " + name + " after the build failed: " + e.getMessage());
                    }
                });
            }
        } finally {
            new ArrayList<>(leases).forEach(this::giveBack);
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
