package io.containerbuild.builderplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.containerbuild.builderplugin.osbs.LogRouter;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.builderplugin.testing.FakeTaskContext;
import io.containerbuild.builderplugin.testing.HubFixture;
import io.containerbuild.builderplugin.testing.OsbsFixture;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.OsbsValidationException;
import io.containerbuild.osbs.SourceBuildRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** {@code buildSourceContainer} against a mocked hub and OSBS client: upstream's source rows. */
class BuildSourceContainerTaskHandlerTest {

    private static final String NVR = "source_package-1-1";
    private static final int BUILD_ID = 12345;
    private static final String COMPONENT = "source_package-source";

    @TempDir
    Path temp;

    private final HubFixture hub = new HubFixture();
    private final OsbsFixture osbsFixture = new OsbsFixture();
    private final Osbs osbs = osbsFixture.osbs();
    private FakeTaskContext context;
    private BuildSourceContainerTaskHandler handler;

    @BeforeEach
    void setUp() {
        context = new FakeTaskContext(hub.session(), temp, "topdir = " + temp.resolve("koji"));
        handler = new BuildSourceContainerTaskHandler(osbsFixture);
        hub.packageListing(COMPONENT, false);
        imageBuild(Map.of("image", Map.of("index", Map.of())));
    }

    private void imageBuild(Map<String, Object> extra) {
        Map<String, Object> build = HubFixture.build(BUILD_ID, "source_package", NVR, 1, extra);
        hub.answer("getBuild", List.of(NVR), Map.of()).thenReturn(build);
        hub.answer("getBuild", List.of(BUILD_ID), Map.of()).thenReturn(build);
    }

    private static Map<String, Object> opts(Object... keysAndValues) {
        Map<String, Object> opts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            opts.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return opts;
    }

    private Object run(Object target, Object opts) throws Exception {
        return handler.handle(context, handler.signature().bind(Arrays.asList(target, opts)));
    }

    private KojiFault refusal(Map<String, Object> opts) {
        return assertThrows(KojiFault.class, () -> run(HubFixture.TARGET, opts));
    }

    private SourceBuildRequest sentRequest() {
        ArgumentCaptor<SourceBuildRequest> request = ArgumentCaptor.forClass(SourceBuildRequest.class);
        verify(osbs).createSourceContainerBuild(request.capture());
        return request.getValue();
    }

    private static SourceBuildRequest expected(boolean scratch, String signingIntent, UserData userdata) {
        return new SourceBuildRequest(HubFixture.OWNER, COMPONENT, FakeTaskContext.TASK_ID, HubFixture.TARGET, scratch,
                BUILD_ID, NVR, signingIntent, userdata);
    }

    private void assertNoBuildStarted() {
        verify(osbs, never()).createSourceContainerBuild(any());
        verify(osbs, never()).removeBuild(anyString());
    }

    @Test
    void aSourceBuildSucceedsWithUpstreamsResultShape() throws Exception {
        Object result = run(HubFixture.TARGET, opts("koji_build_nvr", NVR));

        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of("999")),
                result);
        assertEquals(expected(false, null, UserData.empty()), sentRequest());
        verify(osbs).removeBuild(OsbsFixture.BUILD);
        assertEquals(List.of(OsbsSection.DEFAULT_SOURCE), osbsFixture.sectionsAsked());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theSourceSectionIsUsedWhateverScratchSays(boolean scratch) throws Exception {
        run(HubFixture.TARGET, opts("koji_build_id", BUILD_ID, "scratch", scratch));

        assertEquals(List.of(OsbsSection.DEFAULT_SOURCE), osbsFixture.sectionsAsked());
    }

    static Stream<Arguments> additionalArgsSource() {
        return Stream.of(
                Arguments.of(opts("koji_build_id", BUILD_ID), expected(false, null, UserData.empty()), List.of("999")),
                Arguments.of(opts("koji_build_nvr", NVR, "koji_build_id", BUILD_ID),
                        expected(false, null, UserData.empty()), List.of("999")),
                Arguments.of(opts("koji_build_nvr", NVR, "scratch", true), expected(true, null, UserData.empty()),
                        List.of()),
                Arguments.of(opts("koji_build_nvr", NVR, "signing_intent", "release"),
                        expected(false, "release", UserData.empty()), List.of("999")),
                Arguments.of(opts("koji_build_nvr", NVR, "signing_intent", ""), expected(false, null, UserData.empty()),
                        List.of("999")),
                Arguments.of(opts("koji_build_nvr", NVR, "userdata", Map.of("custom", "value")),
                        expected(false, null, UserData.of(Map.of("custom", "value"))), List.of("999")),
                Arguments.of(opts("koji_build_nvr", NVR, "userdata", Map.of()), expected(false, null, UserData.empty()),
                        List.of("999")));
    }

    @ParameterizedTest
    @MethodSource
    void additionalArgsSource(Map<String, Object> opts, SourceBuildRequest request, List<String> kojiBuilds)
            throws Exception {
        Object result = run(HubFixture.TARGET, opts);

        assertEquals(request, sentRequest());
        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", kojiBuilds), result);
    }

    @Test
    void allLogLinesGoToOsbsBuildLog() throws Exception {
        osbsFixture.logs(BuildLogLine.of("noarch", "one"), BuildLogLine.of("x86_64", "two"));

        run(HubFixture.TARGET, opts("koji_build_nvr", NVR));

        assertEquals("one\ntwo\n", context.output().text(LogRouter.BUILD_LOG));
        assertFalse(context.output().read("x86_64.log").isPresent());
    }

    @Test
    void userWarningsAreReturned() throws Exception {
        osbsFixture.logs(BuildLogLine.userWarning("message"), BuildLogLine.userWarning("message"),
                BuildLogLine.userWarning("another_message"));

        Object result = run(HubFixture.TARGET, opts("koji_build_nvr", NVR));

        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of("999"),
                "user_warnings", List.of("message", "another_message")), result);
    }

    @Test
    void anUnknownTargetIsNamedInBackticks() {
        hub.noTarget();

        KojiFault error = refusal(opts("koji_build_nvr", NVR));

        assertEquals("Target `target` not found", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void anUnlistedSourcePackageIsRefused() {
        hub.packageListing(COMPONENT, null);

        KojiFault error = refusal(opts("koji_build_nvr", NVR));

        assertEquals("package (container) source_package-source not in list for tag dest-tag", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @Test
    void aBlockedSourcePackageIsRefused() {
        hub.packageListing(COMPONENT, true);

        KojiFault error = refusal(opts("koji_build_nvr", NVR));

        assertEquals("package (container)  source_package-source is blocked for tag dest-tag", error.getMessage());
        assertNoBuildStarted();
    }

    @Test
    void scratchSourceBuildsSkipThePackageList() throws Exception {
        hub.packageListing(COMPONENT, null);

        run(HubFixture.TARGET, opts("koji_build_nvr", NVR, "scratch", true));

        verify(hub.session(), never()).call(eq("getPackageConfig"), any(), any());
    }

    @Test
    void theSourceBuildsMessagesComeOutInOrder() {
        assertEquals("specified source build 'missing-1-1' doesn't exist",
                refusal(opts("koji_build_nvr", "missing-1-1")).getMessage());
        assertEquals("koji_build_id 999 does not match koji_build_nvr source_package-1-1 with id 12345. When "
                + "specifying both an id and an nvr, they should point to the same image build",
                refusal(opts("koji_build_nvr", NVR, "koji_build_id", 999)).getMessage());
        imageBuild(Map.of());
        assertEquals("koji build source_package-1-1 is not image build which source container requires",
                refusal(opts("koji_build_id", BUILD_ID)).getMessage());
        imageBuild(Map.of("image", Map.of("sources_for_nvr", "other-1-1")));
        KojiFault sourceOfSource = refusal(opts("koji_build_id", BUILD_ID));
        assertEquals("koji build source_package-1-1 is source container build, source container can not use source "
                + "container build image", sourceOfSource.getMessage());
        assertEquals(1005, sourceOfSource.faultCode());
        assertNoBuildStarted();
    }

    @Test
    void osbsFailuresMapAsForBinaryBuilds() {
        when(osbs.createSourceContainerBuild(any())).thenThrow(new OsbsValidationException("no sources"));

        KojiFault validation = refusal(opts("koji_build_nvr", NVR));

        assertEquals("OSBS validation exception: no sources", validation.getMessage());
        assertEquals(2001, validation.faultCode());
    }

    @Test
    void aClientWithoutTheCallIsABuildError() {
        when(osbs.createSourceContainerBuild(any())).thenThrow(new UnsupportedOperationException());

        assertEquals("method create_source_container_build doesn't exists in osbs",
                refusal(opts("koji_build_nvr", NVR)).getMessage());
    }

    @Test
    void aBuildCancelledInOsbsCancelsTheTask() {
        when(osbs.buildWasCancelled(OsbsFixture.BUILD)).thenReturn(true);

        KojiFault error = refusal(opts("koji_build_nvr", NVR));

        assertEquals("Image build was cancelled by OSBS.", error.getMessage());
        assertEquals(2002, error.faultCode());
        verify(hub.session(), times(1)).call("cancelTask", List.of(FakeTaskContext.TASK_ID), Map.of());
        verify(osbs, never()).cancelBuild(anyString());
    }

    @Test
    void aTaskCancelledDuringTheBuildCancelsTheBuild() {
        when(osbs.getBuildLogs(anyString(), eq(true))).thenAnswer(call -> Stream.of(BuildLogLine.of("noarch", "x"))
                .peek(line -> context.cancellation().cancel()));
        when(osbs.buildWasCancelled(OsbsFixture.BUILD)).thenReturn(true);

        assertEquals(2002, refusal(opts("koji_build_nvr", NVR)).faultCode());

        verify(osbs, times(1)).cancelBuild(OsbsFixture.BUILD);
        verify(hub.session(), times(1)).call("cancelTask", List.of(FakeTaskContext.TASK_ID), Map.of());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFailedSourceBuildIsAContainerErrorAndAnUnfinishedOneIsCancelled(boolean unfinished) {
        when(osbs.buildHasSucceeded(OsbsFixture.BUILD)).thenReturn(false);
        when(osbs.buildNotFinished(OsbsFixture.BUILD)).thenReturn(false, unfinished);

        KojiFault error = refusal(opts("koji_build_nvr", NVR));

        assertEquals("Image build failed. OSBS build id: build-1", error.getMessage());
        assertEquals(2001, error.faultCode());
        verify(osbs, times(unfinished ? 1 : 0)).cancelBuild(OsbsFixture.BUILD);
        verify(osbs).removeBuild(OsbsFixture.BUILD);
    }

    static Stream<Arguments> schemaSource() {
        Map<String, Object> unknown = new HashMap<>(opts("koji_build_nvr", NVR));
        unknown.put("git_branch", "main");
        return Stream.of(
                Arguments.of(null, opts("koji_build_nvr", NVR), "target: None is not of type 'string'"),
                Arguments.of(HubFixture.TARGET, null, "opts: None is not of type 'object'"),
                Arguments.of(HubFixture.TARGET, opts("koji_build_id", "12345"),
                        "opts.koji_build_id: '12345' is not of type 'integer'"),
                Arguments.of(HubFixture.TARGET, opts("koji_build_nvr", NVR, "signing_intent", null),
                        "opts.signing_intent: None is not of type 'string'"),
                Arguments.of(HubFixture.TARGET, unknown,
                        "opts: Additional properties are not allowed ('git_branch' was unexpected)"),
                Arguments.of(HubFixture.TARGET, opts("scratch", true),
                        "opts: {'scratch': True} is not valid under any of the given schemas"));
    }

    @ParameterizedTest
    @MethodSource
    void schemaSource(Object target, Object opts, String message) {
        KojiFault error = assertThrows(KojiFault.class, () -> run(target, opts));

        assertEquals(message, error.getMessage());
        assertEquals(1019, error.faultCode());
        verifyNoInteractions(hub.session());
    }
}
