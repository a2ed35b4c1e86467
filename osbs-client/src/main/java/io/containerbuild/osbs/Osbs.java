package io.containerbuild.osbs;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * osbs-client's {@code OSBS} API (2.x vocabulary), on Docker engines instead of OpenShift. Builds are
 * known by name; every query reads the build's current record, and records survive a restart of the
 * process. Every method throws only {@link OsbsException} or a subclass, with the original failure as
 * the cause.
 */
public interface Osbs {

    /**
     * Checks the request and the source (clone at the ref on the branch, Dockerfile labels), creates
     * the build and starts it in the background.
     *
     * @return the build's name
     * @throws OsbsValidationException when the request or the Dockerfile's labels are not acceptable
     * @throws OsbsUnsupportedFeatureException when the request asks for what this engine does not do
     *     (Flatpak, ODCS composes, …)
     */
    String createBinaryContainerBuild(BinaryBuildRequest request);

    /** Creates and starts a source-container build of an existing image build. */
    String createSourceContainerBuild(SourceBuildRequest request);

    /**
     * The build's log lines. Following, the stream blocks for new lines and ends when the build has
     * finished; not following, it holds what was logged so far. Close the stream when done.
     */
    Stream<BuildLogLine> getBuildLogs(String buildName, boolean follow);

    /** Waits until the build is no longer NEW, PENDING or RUNNING, at most its build-time limit. */
    void waitForBuildToFinish(String buildName);

    BuildState getBuildState(String buildName);

    boolean buildHasSucceeded(String buildName);

    boolean buildWasCancelled(String buildName);

    boolean buildNotFinished(String buildName);

    /** Why the build is in its state, e.g. {@code Succeeded}, {@code Failed}, {@code Cancelled}. */
    Optional<String> getBuildReason(String buildName);

    /** What went wrong, for people: names the failing step and endpoint; empty text if nothing did. */
    String getBuildErrorMessage(String buildName);

    BuildResults getBuildResults(String buildName);

    /** The platforms actually built, when the build decided them; empty to fall back to the requested ones. */
    Optional<List<String>> getFinalPlatforms(String buildName);

    /** Stops the engine's work and removes its containers and partial images; the state becomes CANCELLED. */
    void cancelBuild(String buildName);

    /** Forgets the build's record (and its work directory); the images it pushed stay in the registry. */
    void removeBuild(String buildName);
}
