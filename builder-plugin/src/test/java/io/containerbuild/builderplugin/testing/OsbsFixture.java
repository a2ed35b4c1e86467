package io.containerbuild.builderplugin.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.containerbuild.builderplugin.osbs.OsbsInstance;
import io.containerbuild.builderplugin.osbs.OsbsProvider;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.BuildResults;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.SourceBuildRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A mocked OSBS client whose builds succeed: named {@code build-1}, a short log, pull specs
 * {@code primary-repo} and {@code unique-repo}, Koji build 999. The provider records the sections
 * it is asked for.
 */
public final class OsbsFixture implements OsbsProvider {

    public static final String BUILD = "build-1";

    private final Osbs osbs = mock(Osbs.class);
    private final List<OsbsSection> sections = new ArrayList<>();
    private boolean flatpakSupported = true;
    private boolean available = true;

    public OsbsFixture() {
        when(osbs.createBinaryContainerBuild(any(BinaryBuildRequest.class))).thenReturn(BUILD);
        when(osbs.createSourceContainerBuild(any(SourceBuildRequest.class))).thenReturn(BUILD);
        logs(BuildLogLine.of(BuildLogLine.NOARCH, "2024-01-01 12:00:00,000 - atomic_reactor - INFO - cloning"));
        when(osbs.buildHasSucceeded(anyString())).thenReturn(true);
        when(osbs.buildWasCancelled(anyString())).thenReturn(false);
        when(osbs.buildNotFinished(anyString())).thenReturn(false);
        when(osbs.getBuildErrorMessage(anyString())).thenReturn("");
        when(osbs.getFinalPlatforms(anyString())).thenReturn(Optional.empty());
        when(osbs.getBuildResults(anyString())).thenReturn(
                new BuildResults(List.of("primary-repo"), List.of("unique-repo"), List.of(), OptionalInt.of(999)));
    }

    public Osbs osbs() {
        return osbs;
    }

    /** The log every {@code getBuildLogs} call streams. */
    public void logs(BuildLogLine... lines) {
        when(osbs.getBuildLogs(anyString(), anyBoolean())).thenAnswer(call -> Stream.of(lines));
    }

    public void flatpakSupported(boolean value) {
        flatpakSupported = value;
    }

    /** Makes the provider fail to make a client, as a broken osbs.conf would. */
    public void unavailable() {
        available = false;
    }

    public List<OsbsSection> sectionsAsked() {
        return List.copyOf(sections);
    }

    @Override
    public Optional<OsbsInstance> instance(OsbsSection section) {
        sections.add(section);
        if (!available) {
            return Optional.empty();
        }
        return Optional.of(new OsbsInstance(section, osbs, OsbsInstance.DEFAULT_BUILDTIME_LIMIT,
                OsbsInstance.MAX_BUILDTIME_LIMIT, false, flatpakSupported));
    }
}
