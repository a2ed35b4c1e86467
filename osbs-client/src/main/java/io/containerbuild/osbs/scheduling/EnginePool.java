package io.containerbuild.osbs.scheduling;

import io.containerbuild.osbs.config.EngineEndpoint;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.ContainerEngine;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engines of this process and their free slots. A platform build takes a slot on the
 * least-loaded engine for its platform among those its instance names, and waits while all are busy
 * (the build is PENDING then). Engines are connected once and shared by all builds. Thread-safe.
 */
public final class EnginePool implements AutoCloseable {

    private final Function<EngineEndpoint, ContainerEngine> connector;
    private final Map<String, ContainerEngine> engines = new HashMap<>();
    private final Map<String, Integer> busy = new HashMap<>();

    public EnginePool(Function<EngineEndpoint, ContainerEngine> connector) {
        this.connector = connector;
    }

    /**
     * Takes a slot, waiting for one while all of {@code candidates} are full.
     *
     * @param onWait called once, before the first wait
     * @return the slot, or empty when the abort switch was thrown first
     */
    public Optional<EngineLease> acquire(List<EngineEndpoint> candidates, AbortSwitch abort, Runnable onWait)
            throws InterruptedException {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no engine to choose from");
        }
        AbortSwitch.Registration wakeUp = abort.register(this::wakeAll);
        try {
            boolean waited = false;
            synchronized (this) {
                while (!abort.aborted()) {
                    Optional<EngineEndpoint> free = candidates.stream()
                            .filter(endpoint -> load(endpoint) < endpoint.slots())
                            .min(Comparator.comparingDouble(endpoint -> (double) load(endpoint) / endpoint.slots()));
                    if (free.isPresent()) {
                        busy.merge(free.get().name(), 1, Integer::sum);
                        return Optional.of(new Lease(free.get(), engine(free.get())));
                    }
                    if (!waited) {
                        waited = true;
                        onWait.run();
                    }
                    wait();
                }
            }
            return Optional.empty();
        } finally {
            wakeUp.close();
        }
    }

    /** The engine for an endpoint, connected on first use; for work outside a slot (clean-up). */
    public synchronized ContainerEngine engine(EngineEndpoint endpoint) {
        return engines.computeIfAbsent(endpoint.name(), name -> connector.apply(endpoint));
    }

    /** How many slots are taken on each engine, by name. */
    public synchronized Map<String, Integer> load() {
        return Map.copyOf(busy);
    }

    @Override
    public synchronized void close() {
        engines.values().forEach(ContainerEngine::close);
        engines.clear();
    }

    private synchronized void wakeAll() {
        notifyAll();
    }

    private int load(EngineEndpoint endpoint) {
        return busy.getOrDefault(endpoint.name(), 0);
    }

    private synchronized void release(EngineEndpoint endpoint) {
        busy.merge(endpoint.name(), -1, Integer::sum);
        notifyAll();
    }

    private final class Lease implements EngineLease {
        private final EngineEndpoint endpoint;
        private final ContainerEngine engine;
        private boolean released;

        Lease(EngineEndpoint endpoint, ContainerEngine engine) {
            this.endpoint = endpoint;
            this.engine = engine;
        }

        @Override
        public EngineEndpoint endpoint() {
            return endpoint;
        }

        @Override
        public ContainerEngine engine() {
            return engine;
        }

        @Override
        public void close() {
            synchronized (EnginePool.this) {
                if (released) {
                    return;
                }
                released = true;
            }
            release(endpoint);
        }
    }
}
