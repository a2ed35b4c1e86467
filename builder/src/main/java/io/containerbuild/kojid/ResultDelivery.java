package io.containerbuild.kojid;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.TransportException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands kept results to the hub with {@code host.closeTask(id, response_xml)} or
 * {@code host.failTask(id, fault_xml)}. A result leaves the {@link ResultSpool} once the hub took it or refused
 * it for good (the task is no longer open for this host: cancelled, freed, already closed); it stays while the
 * hub cannot be reached or cannot vouch for the session, and is offered again later.
 */
final class ResultDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(ResultDelivery.class);

    /** Faults that say nothing about the task, only about the hub or the session: worth another try. */
    private static final Set<FaultCode> PASSING_FAULTS = EnumSet.of(FaultCode.LOCK_ERROR, FaultCode.AUTH_ERROR,
            FaultCode.AUTH_LOCK_ERROR, FaultCode.AUTH_EXPIRED, FaultCode.SEQUENCE_ERROR, FaultCode.RETRY_ERROR, FaultCode.SERVER_OFFLINE);

    /** What became of one delivery. */
    enum Verdict {
        DELIVERED,
        REFUSED,
        UNREACHABLE
    }

    /** A hub call with positional arguments, through whichever session is at hand. */
    @FunctionalInterface
    interface HubCall {
        Object call(String method, Object... args);
    }

    private final ResultSpool spool;

    @Inject
    ResultDelivery(ResultSpool spool) {
        this.spool = spool;
    }

    Verdict deliver(TaskOutcome outcome, HubCall hub) {
        try {
            hub.call(outcome.kind().hostCall(), outcome.taskId(), outcome.document());
            spool.remove(outcome.taskId());
            LOG.info("Task {} {} on the hub", outcome.taskId(),
                    outcome.kind() == TaskOutcome.Kind.CLOSE ? "closed" : "failed");
            return Verdict.DELIVERED;
        } catch (TransportException e) {
            LOG.warn("Could not reach the hub with the result of task {} ({}); it is kept in the spool",
                    outcome.taskId(), e.getMessage());
            return Verdict.UNREACHABLE;
        } catch (KojiFault fault) {
            if (fault.knownCode().map(PASSING_FAULTS::contains).orElse(false)) {
                LOG.warn("The hub did not take the result of task {} now ({}); it is kept in the spool",
                        outcome.taskId(), fault.display());
                return Verdict.UNREACHABLE;
            }
            spool.remove(outcome.taskId());
            LOG.warn("The hub refused the result of task {}: {}", outcome.taskId(), fault.display());
            return Verdict.REFUSED;
        }
    }

    /**
     * Offers every kept result whose task is not still being run, through the host session; stops at the first
     * result the hub cannot take now, as the others would fare the same.
     */
    void deliverPending(HostSession host, IntPredicate stillRunning) {
        host.ensureConnected();
        for (TaskOutcome outcome : spool.pending()) {
            if (stillRunning.test(outcome.taskId())) {
                continue;
            }
            if (deliver(outcome, host::call) == Verdict.UNREACHABLE) {
                return;
            }
        }
    }
}
