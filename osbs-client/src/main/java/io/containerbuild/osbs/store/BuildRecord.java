package io.containerbuild.osbs.store;

import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.naming.BuildKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known of one build, as kept on disk ({@code <state>/builds/<name>/record.json}). Immutable;
 * the {@code with…} methods make the next version.
 *
 * @param instance the {@code osbs.conf} section it runs under
 * @param reason why it is in its state ({@code Succeeded}, {@code Failed}, {@code Cancelled}, {@code TimedOut}, …)
 * @param errorMessage {@code Error in <step>: <message>;} for failed builds, else empty
 * @param finalPlatforms the platforms it builds, once decided
 * @param reservation the Koji reservation it holds and has neither imported nor refunded
 * @param engines the engines it has used, to clean them up after a restart
 */
public record BuildRecord(
        String name,
        BuildKind kind,
        String instance,
        BuildState state,
        Optional<String> reason,
        String errorMessage,
        Instant created,
        Optional<Instant> finished,
        String owner,
        int kojiTaskId,
        long buildtimeLimitSeconds,
        List<String> requestedPlatforms,
        Optional<List<String>> finalPlatforms,
        Optional<BuildResults> results,
        Optional<HeldReservation> reservation,
        List<String> engines) {

    public BuildRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(owner, "owner");
        requestedPlatforms = List.copyOf(requestedPlatforms);
        finalPlatforms = finalPlatforms.map(List::copyOf);
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(reservation, "reservation");
        engines = List.copyOf(engines);
    }

    /** A build that has just been created. */
    public static BuildRecord created(String name, BuildKind kind, String instance, Instant created, String owner,
                                      int kojiTaskId, long buildtimeLimitSeconds, List<String> requestedPlatforms,
                                      List<String> finalPlatforms) {
        return new BuildRecord(name, kind, instance, BuildState.NEW, Optional.of("New"), "", created, Optional.empty(),
                owner, kojiTaskId, buildtimeLimitSeconds, requestedPlatforms, Optional.of(finalPlatforms),
                Optional.empty(), Optional.empty(), List.of());
    }

    public BuildRecord withState(BuildState newState, String newReason) {
        return new BuildRecord(name, kind, instance, newState, Optional.of(newReason), errorMessage, created, finished,
                owner, kojiTaskId, buildtimeLimitSeconds, requestedPlatforms, finalPlatforms, results, reservation,
                engines);
    }

    /** The final state, with when it was reached. */
    public BuildRecord finish(BuildState finalState, String newReason, String newErrorMessage,
                              Optional<BuildResults> newResults, Instant when) {
        return new BuildRecord(name, kind, instance, finalState, Optional.of(newReason), newErrorMessage, created,
                Optional.of(when), owner, kojiTaskId, buildtimeLimitSeconds, requestedPlatforms, finalPlatforms,
                newResults, reservation, engines);
    }

    public BuildRecord withReservation(Optional<HeldReservation> held) {
        return new BuildRecord(name, kind, instance, state, reason, errorMessage, created, finished, owner, kojiTaskId,
                buildtimeLimitSeconds, requestedPlatforms, finalPlatforms, results, held, engines);
    }

    public BuildRecord withEngine(String engine) {
        if (engines.contains(engine)) {
            return this;
        }
        List<String> more = new ArrayList<>(engines);
        more.add(engine);
        return new BuildRecord(name, kind, instance, state, reason, errorMessage, created, finished, owner, kojiTaskId,
                buildtimeLimitSeconds, requestedPlatforms, finalPlatforms, results, reservation, more);
    }

    /** A Koji reservation as the record keeps it. */
    public record HeldReservation(String nvr, int buildId, String token) {
        public HeldReservation {
            Objects.requireNonNull(nvr, "nvr");
            Objects.requireNonNull(token, "token");
        }
    }

    /** The results' Koji build id, for readers that only need that. */
    public OptionalInt kojiBuildId() {
        return results.map(BuildResults::kojiBuildId).orElse(OptionalInt.empty());
    }
}
