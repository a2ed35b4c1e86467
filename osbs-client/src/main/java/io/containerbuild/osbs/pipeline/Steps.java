package io.containerbuild.osbs.pipeline;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.wire.TransportException;
import java.util.concurrent.Callable;

/**
 * Runs one named step: a failure becomes a {@link StepFailure} with a message for people, a thrown
 * abort switch a {@link BuildStopped}. Koji faults keep their Koji names; a hub that does not answer
 * is named by its URL.
 */
final class Steps {

    private final AbortSwitch abort;
    private final String hubUrl;

    Steps(AbortSwitch abort, String hubUrl) {
        this.abort = abort;
        this.hubUrl = hubUrl;
    }

    <T> T run(String step, Callable<T> work) {
        checkNotStopped(step);
        try {
            T result = work.call();
            checkNotStopped(step);
            return result;
        } catch (StepFailure | BuildStopped e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildStopped(step);
        } catch (Exception e) {
            if (abort.aborted()) {
                throw new BuildStopped(step);
            }
            throw new StepFailure(step, describe(e), e);
        }
    }

    void checkNotStopped(String step) {
        if (abort.aborted()) {
            throw new BuildStopped(step);
        }
    }

    private String describe(Exception e) {
        if (e instanceof KojiFault fault) {
            return fault.display();
        }
        if (e instanceof TransportException) {
            return "Koji hub " + hubUrl + " does not answer: " + e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
