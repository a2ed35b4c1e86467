package io.containerbuild.hub.host;

import java.time.Duration;

/**
 * The scheduler's limits, with Koji's hub defaults where Koji has the setting.
 *
 * @param readyTimeout a host silent this long is no longer ready (Koji's {@code ReadyTimeout})
 * @param hostTimeout a host silent this long loses its open and assigned tasks ({@code HostTimeout})
 * @param softRefusalTimeout soft refusals are forgotten after this ({@code SoftRefusalTimeout})
 * @param sweepInterval how often the housekeeping runs
 * @param defaultMaxJobs the most tasks a host runs at once when it sends no {@code maxjobs} ({@code MaxJobs})
 * @param capacityOvercommit how far a task's weight may exceed a host's free capacity ({@code CapacityOvercommit})
 * @param maxWait the longest {@code host.getTasks(wait_seconds=)} holds a call
 * @param maxWaiters how many calls may wait at once; each holds one of the HTTP server's threads (not a
 *     database connection) while it waits
 */
public record SchedulerSettings(Duration readyTimeout, Duration hostTimeout, Duration softRefusalTimeout,
                                Duration sweepInterval, int defaultMaxJobs, double capacityOvercommit,
                                Duration maxWait, int maxWaiters) {

    public static SchedulerSettings kojiDefaults() {
        return new SchedulerSettings(Duration.ofSeconds(180), Duration.ofSeconds(900), Duration.ofSeconds(900),
                Duration.ofSeconds(30), 15, 5.0, Duration.ofSeconds(30), 16);
    }

    /** These settings with another {@code HostTimeout}. */
    public SchedulerSettings withHostTimeout(Duration timeout) {
        return new SchedulerSettings(readyTimeout, timeout, softRefusalTimeout, sweepInterval, defaultMaxJobs,
                capacityOvercommit, maxWait, maxWaiters);
    }
}
