package io.containerbuild.kojid;

import io.containerbuild.fault.ParameterError;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the hub for the tasks assigned to this host. Koji's {@code host.getTasks()} answers at once, so kojid
 * polls every {@code sleeptime}. Our hub also accepts {@value #WAIT_KEYWORD}: an idle host then waits inside the
 * call until work arrives or the time is up, and learns of a new task at once. Real Koji refuses the keyword
 * with {@code ParameterError: getTasks() got an unexpected keyword argument}; from then on this session polls
 * the plain way. Each new login asks again, since the hub behind the URL may have changed.
 *
 * <p>Our hub holds at most a few calls at once and answers the others at once; it also answers early when new
 * work went to another host. A poll that answered nothing early therefore stands in for only part of the
 * pause, see {@link Poll#pauseWhenNothingTaken}.
 */
final class TaskPoller {
    private static final Logger LOG = LoggerFactory.getLogger(TaskPoller.class);
    /** The long-poll keyword our hub adds to {@code host.getTasks}: seconds to wait for work. */
    static final String WAIT_KEYWORD = "wait_seconds";

    private final HostSession host;
    private final KojidConfig config;
    private int loginAsked = -1;
    private boolean longPoll;

    /**
     * The tasks assigned, and how long the call itself waited for work.
     *
     * @param tasks  the tasks the hub assigned to this host
     * @param waited how long the hub held the call open; zero for a plain poll
     */
    record Poll(List<AssignedTask> tasks, Duration waited) {

        /**
         * How long to pause before the next round when no task was taken: what is left of {@code sleeptime}
         * after the wait inside the call, so an idle host asks about as often as when polling; the whole of it
         * when tasks were offered but none could be taken.
         */
        Duration pauseWhenNothingTaken(Duration sleeptime) {
            if (!tasks.isEmpty()) {
                return sleeptime;
            }
            Duration left = sleeptime.minus(waited);
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    @Inject
    TaskPoller(HostSession host, KojidConfig config) {
        this.host = host;
        this.config = config;
    }

    Poll poll() {
        host.ensureConnected();
        if (loginAsked != host.logins()) {
            loginAsked = host.logins();
            longPoll = true;
        }
        if (longPoll) {
            long start = System.nanoTime();
            try {
                Object answer = host.call("host.getTasks", List.of(),
                        Map.of(WAIT_KEYWORD, (int) config.sleeptime().toSeconds()));
                return new Poll(AssignedTask.listFrom(answer), Duration.ofNanos(System.nanoTime() - start));
            } catch (ParameterError refused) {
                if (!refused.getMessage().contains("unexpected keyword argument")) {
                    throw refused;
                }
                LOG.info("The hub has no long poll for host.getTasks; polling every {} s", config.sleeptime().toSeconds());
                longPoll = false;
            }
        }
        return new Poll(AssignedTask.listFrom(host.call("host.getTasks")), Duration.ZERO);
    }
}
