package io.containerbuild.osbs.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a build's blocking work from another thread: what blocks (an engine build stream, a push)
 * registers how to stop it; {@link #abort} stops everything registered, now and later. The reason
 * says whether someone cancelled the build or its time ran out. Thread-safe.
 */
public final class AbortSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(AbortSwitch.class);

    /** Why a build was stopped. */
    public enum Reason {
        CANCELLED,
        TIMED_OUT
    }

    private final List<Closeable> stoppers = new ArrayList<>();
    private Reason reason;

    /** Registers a stopper; if the switch is already thrown, it runs at once. Unregister with the result. */
    public Registration register(Closeable stopper) {
        boolean stopNow;
        synchronized (this) {
            stopNow = reason != null;
            if (!stopNow) {
                stoppers.add(stopper);
            }
        }
        if (stopNow) {
            close(stopper);
        }
        return () -> {
            synchronized (this) {
                stoppers.remove(stopper);
            }
        };
    }

    /** Throws the switch; the first reason given wins. */
    public void abort(Reason why) {
        List<Closeable> toStop;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
            toStop = new ArrayList<>(stoppers);
            stoppers.clear();
            notifyAll();
        }
        toStop.forEach(AbortSwitch::close);
    }

    public synchronized Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    public synchronized boolean aborted() {
        return reason != null;
    }

    private static void close(Closeable stopper) {
        try {
            stopper.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Stopping aborted work failed: {}", e.toString());
        }
    }

    /** Takes a stopper back once its work is done. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
