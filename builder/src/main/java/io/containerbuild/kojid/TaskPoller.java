package io.containerbuild.kojid;

import io.containerbuild.fault.ParameterError;
import jakarta.inject.Inject;
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
     * The tasks assigned, and whether the call itself already waited for work, so the caller need not pause.
     *
     * @param tasks  the tasks the hub assigned to this host
     * @param waited whether the hub held the call open
     */
    record Poll(List<AssignedTask> tasks, boolean waited) {
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
            try {
                Object answer = host.call("host.getTasks", List.of(),
                        Map.of(WAIT_KEYWORD, (int) config.sleeptime().toSeconds()));
                return new Poll(AssignedTask.listFrom(answer), true);
            } catch (ParameterError refused) {
                if (!refused.getMessage().contains("unexpected keyword argument")) {
                    throw refused;
                }
                LOG.info("The hub has no long poll for host.getTasks; polling every {} s", config.sleeptime().toSeconds());
                longPoll = false;
            }
        }
        return new Poll(AssignedTask.listFrom(host.call("host.getTasks")), false);
    }

    /** Whether the current session waits for work inside {@code host.getTasks}. */
    boolean usesLongPoll() {
        return longPoll;
    }
}
