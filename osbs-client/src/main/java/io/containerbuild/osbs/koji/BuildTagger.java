package io.containerbuild.osbs.koji;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tags an imported build into its target's destination tag (atomic-reactor's koji_tag_build): calls
 * {@code tagBuild} and, when the hub answers with a task, waits for that task to close.
 */
public final class BuildTagger {

    /** Koji's task states ({@code koji.TASK_STATES}) that end a task. */
    static final int CLOSED = 2;
    static final int CANCELED = 3;
    static final int FAILED = 5;
    static final Duration POLL = Duration.ofMillis(250);

    private final KojiHub hub;
    private final Clock clock;
    private final Consumer<String> log;

    public BuildTagger(KojiHub hub, Clock clock, Consumer<String> log) {
        this.hub = hub;
        this.clock = clock;
        this.log = log;
    }

    /**
     * @return the tag
     * @throws KojiAnswerException when the tagging task fails, is cancelled, or does not end by {@code deadline}
     */
    public String tag(String target, int buildId, Instant deadline) throws InterruptedException {
        String tag = hub.destinationTag(target);
        Optional<Integer> task = hub.tagBuild(tag, buildId);
        if (task.isEmpty()) {
            log.accept("Tagged build " + buildId + " into " + tag);
            return tag;
        }
        log.accept("Tagging build " + buildId + " into " + tag + " (Koji task " + task.get() + ")");
        while (true) {
            int state = hub.taskState(task.get());
            if (state == CLOSED) {
                return tag;
            }
            if (state == CANCELED || state == FAILED) {
                throw new KojiAnswerException("Koji task " + task.get() + " that tags build " + buildId + " into " + tag
                        + (state == FAILED ? " failed" : " was cancelled"));
            }
            if (clock.instant().isAfter(deadline)) {
                throw new KojiAnswerException("Koji task " + task.get() + " that tags build " + buildId + " into " + tag
                        + " did not finish in time");
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
