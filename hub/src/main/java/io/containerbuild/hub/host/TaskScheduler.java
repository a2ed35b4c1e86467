package io.containerbuild.hub.host;

import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Task;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Hands FREE tasks to the host asking for work, as Koji's scheduler would place them: a task of
 * one of the host's channels, of one of its arches or noarch, of a method it handles, not refused by
 * it, most urgent first (lowest priority number, then oldest); only to an enabled, ready host below
 * its job limit whose free capacity the task's weight does not exceed by more than the overcommit.
 *
 * <p>It assigns at most one task per call. kojid takes one task per loop and asks again straight
 * after taking one, so a busy host still fills up quickly, while tasks are not hoarded by the first
 * host to ask when other idle hosts could start them.
 */
public final class TaskScheduler {
    /** How many FREE tasks are considered per call; those of methods the host lacks are skipped. */
    static final int CANDIDATES = 100;

    private final Store store;
    private final SchedulerSettings settings;

    @Inject
    public TaskScheduler(Store store, SchedulerSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Koji's {@code host.getTasks}: the tasks ASSIGNED to the host, assigning one first if it has none. */
    public List<Task> tasksFor(Host host) {
        List<Task> assigned = store.tasks().assignedTo(host.id());
        if (!assigned.isEmpty() || !host.enabled() || !host.ready()) {
            return assigned;
        }
        HostHints hints = store.hosts().data(host.id()).map(HostHints::fromJson).orElse(HostHints.none());
        int maxJobs = hints.maxJobs().orElse(settings.defaultMaxJobs());
        if (store.tasks().openOn(host.id()).size() >= maxJobs) {
            return List.of();
        }
        double free = host.capacity() - store.tasks().load(host.id());
        for (Task candidate : store.tasks().nextFreeFor(host.id(), CANDIDATES)) {
            if (hints.handles(candidate.method()) && fits(free, candidate.weight())
                    && store.tasks().assign(candidate.id(), host.id())) {
                return store.tasks().assignedTo(host.id());
            }
            // a task another host assigned first is simply passed over
        }
        return List.of();
    }

    private boolean fits(double freeCapacity, double weight) {
        return freeCapacity > Math.max(0.0, weight - settings.capacityOvercommit());
    }
}
