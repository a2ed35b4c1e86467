package io.containerbuild.kojid;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the hub this host is alive, how loaded it is and whether it takes work:
 * {@code host.updateHost(task_load, ready, data={methods, maxjobs})}, after reading the host's record with
 * {@code host.getHost()} as kojid's readiness check does. The hub's scheduler assigns tasks only to ready hosts
 * whose methods include the task's.
 */
final class Heartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final HostSession host;
    private final KojidConfig config;
    private final TaskHandlers handlers;
    private String lastStatus = "";

    @Inject
    Heartbeat(HostSession host, KojidConfig config, TaskHandlers handlers) {
        this.host = host;
        this.config = config;
        this.handlers = handlers;
    }

    /**
     * Reports the host's state; answers whether it is ready for another task: enabled on the hub, not over its
     * capacity there, below {@code maxjobs}, and willing.
     */
    boolean beat(double load, int running, boolean willing) {
        String status = status(host.call("host.getHost"), load, running, willing);
        boolean ready = status.isEmpty();
        if (!status.equals(lastStatus)) {
            LOG.info(ready ? "Ready for tasks" : "Not ready for tasks: {}", status);
            lastStatus = status;
        }
        report(load, ready);
        return ready;
    }

    /** The last heartbeat of a stopping daemon: no load, not ready. */
    void signOff() {
        host.call("host.updateHost", 0.0, false);
    }

    private void report(double load, boolean ready) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("methods", handlers.methods());
        data.put("maxjobs", config.maxjobs());
        host.call("host.updateHost", List.of(load, ready), Map.of("data", data));
    }

    private String status(Object hostRecord, double load, int running, boolean willing) {
        if (!willing) {
            return "stopping";
        }
        if (running >= config.maxjobs()) {
            return "full queue (" + running + " of maxjobs " + config.maxjobs() + ")";
        }
        if (hostRecord instanceof Map<?, ?> record) {
            if (Boolean.FALSE.equals(record.get("enabled"))) {
                return "the host is disabled on the hub";
            }
            if (record.get("capacity") instanceof Number capacity && load > capacity.doubleValue()) {
                return "over capacity (load " + load + " of " + capacity + ")";
            }
        }
        return "";
    }
}
