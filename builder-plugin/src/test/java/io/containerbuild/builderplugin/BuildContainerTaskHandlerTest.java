package io.containerbuild.builderplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.containerbuild.builderplugin.osbs.LogRouter;
import io.containerbuild.builderplugin.osbs.OsbsSection;
import io.containerbuild.builderplugin.scm.LabelCheckout;
import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.builderplugin.testing.FakeTaskContext;
import io.containerbuild.builderplugin.testing.GitFixture;
import io.containerbuild.builderplugin.testing.HubFixture;
import io.containerbuild.builderplugin.testing.OsbsFixture;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.OsbsUnsupportedFeatureException;
import io.containerbuild.osbs.OsbsValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * {@code buildContainer} end to end against a mocked hub and OSBS client, with the Dockerfile
 * checked out by JGit from real repositories: upstream's {@code test_builder_containerbuild.py}
 * rows for binary builds, the gaps the spec lists after them, and the security cases.
 */
class BuildContainerTaskHandlerTest {

    static final String SRC = "git://pkgs.example.com/rpms/fedora-docker#main";
    static final String DOCKERFILE = """
            FROM fedora:latest
            LABEL name="fedora" com.redhat.component="fedora-docker" version="25" release="3"
            """;
    static final String KOJID = "allowed_scms = pkgs.example.com:/rpms/*";

    @TempDir
    Path temp;

    private final HubFixture hub = new HubFixture();
    private final OsbsFixture osbsFixture = new OsbsFixture();
    private final Osbs osbs = osbsFixture.osbs();
    private GitFixture git;
    private GitFixture.Repo repo;
    private FakeTaskContext context;
    private BuildContainerTaskHandler handler;

    @BeforeEach
    void setUp() {
        git = new GitFixture(temp.resolve("remote"));
        repo = git.repository("rpms/fedora-docker");
        repo.file("Dockerfile", DOCKERFILE).commit("fedora-docker 25-3");
        kojid(KOJID);
        handler = new BuildContainerTaskHandler(osbsFixture, git.remote());
    }

    private void kojid(String options) {
        context = new FakeTaskContext(hub.session(), temp.resolve("task-" + System.nanoTime()),
                options + "\ntopdir = " + temp.resolve("koji"));
    }

    private static Map<String, Object> opts(Object... keysAndValues) {
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("git_branch", "main");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                opts.remove((String) keysAndValues[i]);
            } else {
                opts.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return opts;
    }

    private Object run(String src, Object opts) throws Exception {
        return handler.handle(context, handler.signature().bind(Arrays.asList(src, HubFixture.TARGET, opts)));
    }

    private KojiFault refusal(String src, Object opts) {
        return assertThrows(KojiFault.class, () -> run(src, opts));
    }

    private BinaryBuildRequest sentRequest() {
        ArgumentCaptor<BinaryBuildRequest> request = ArgumentCaptor.forClass(BinaryBuildRequest.class);
        verify(osbs).createBinaryContainerBuild(request.capture());
        return request.getValue();
    }

    private static BinaryBuildRequest expectedRequest(boolean scratch, boolean isolated, boolean flatpak, String release,
            String parent, UserData userdata) {
        return new BinaryBuildRequest("git://pkgs.example.com/rpms/fedora-docker", "main", "main", HubFixture.OWNER,
                "fedora-docker", HubFixture.TARGET, FakeTaskContext.TASK_ID, List.of("x86_64"), scratch, isolated,
                flatpak, release, parent, null, List.of(), List.of(), List.of(), userdata, null,
                Duration.ofSeconds(10800), Duration.ofSeconds(21600));
    }

    private void assertNoBuildStarted() {
        verify(osbs, never()).createBinaryContainerBuild(any());
        verify(osbs, never()).removeBuild(anyString());
    }

    private String taskLog() {
        return context.output().read(TaskLog.FILE_NAME).orElse("");
    }

    // ---- success, result and what OSBS is asked (test_osbs_build, test_additional_args, test_osbs)

    @Test
    void aBuildSucceedsWithUpstreamsResultShape() throws Exception {
        Object result = run(SRC, opts());

        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of("999")),
                result);
        assertEquals(expectedRequest(false, false, false, null, null, UserData.empty()), sentRequest());
        verify(osbs).removeBuild(OsbsFixture.BUILD);
        assertEquals(List.of(OsbsSection.DEFAULT_BINARY), osbsFixture.sectionsAsked());
        assertEquals(List.of(SRC), git.cloned());
        assertTrue(context.output().names().containsAll(List.of(LabelCheckout.LOG_FILE, LogRouter.BUILD_LOG,
                TaskLog.FILE_NAME)), context.output().names().toString());
        verify(hub.session()).call("getPackageConfig", List.of(HubFixture.DEST_TAG, "fedora-docker"), Map.of());
        verify(hub.session()).call("getBuild", List.of("fedora-docker-25-3"), Map.of());
    }

    @Test
    void theBinarySectionIsUsedForScratchBuildsToo() throws Exception {
        run(SRC, opts("scratch", true));

        assertEquals(List.of(OsbsSection.DEFAULT_BINARY), osbsFixture.sectionsAsked());
    }

    static Stream<Arguments> additionalArgs() {
        UserData userdata = UserData.of(Map.of("custom", "value"));
        return Stream.of(
                Arguments.of(Map.of("koji_parent_build", "parent-1-1"),
                        expectedRequest(false, false, false, null, "parent-1-1", UserData.empty()), List.of("999")),
                Arguments.of(Map.of("scratch", true),
                        expectedRequest(true, false, false, null, null, UserData.empty()), List.of()),
                Arguments.of(Map.of("scratch", false),
                        expectedRequest(false, false, false, null, null, UserData.empty()), List.of("999")),
                Arguments.of(Map.of("isolated", true, "release", "1.1"),
                        expectedRequest(false, true, false, "1.1", null, UserData.empty()), List.of("999")),
                Arguments.of(Map.of("isolated", false),
                        expectedRequest(false, false, false, null, null, UserData.empty()), List.of("999")),
                Arguments.of(Map.of("release", ""),
                        expectedRequest(false, false, false, null, null, UserData.empty()), List.of("999")),
                Arguments.of(Map.of("userdata", Map.of("custom", "value")),
                        expectedRequest(false, false, false, null, null, userdata), List.of("999")),
                Arguments.of(Map.of("userdata", Map.of()),
                        expectedRequest(false, false, false, null, null, UserData.empty()), List.of("999")));
    }

    @ParameterizedTest
    @MethodSource
    void additionalArgs(Map<String, Object> extra, BinaryBuildRequest expected, List<String> kojiBuilds)
            throws Exception {
        Map<String, Object> opts = opts();
        opts.putAll(extra);

        Object result = run(SRC, opts);

        assertEquals(expected, sentRequest());
        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", kojiBuilds), result);
    }

    @Test
    void passThroughOptionsReachOsbs() throws Exception {
        run(SRC, opts("yum_repourls", List.of("http://repo/a.repo"), "compose_ids", List.of(1, 2),
                "dependency_replacements", List.of("gomod:example.com/a:v1"), "signing_intent", "",
                "operator_csv_modifications_url", "https://example.com/csv.json", "isolated", true, "release", "1.2"));

        BinaryBuildRequest request = sentRequest();
        assertEquals(List.of("http://repo/a.repo"), request.yumRepoUrls());
        assertEquals(List.of(1, 2), request.composeIds());
        assertEquals(List.of("gomod:example.com/a:v1"), request.dependencyReplacements());
        assertEquals(null, request.signingIntent());
        assertEquals("https://example.com/csv.json", request.operatorCsvModificationsUrl());
    }

    @Test
    void theComponentSentToOsbsIsTheRepositoryNameNotTheLabel() throws Exception {
        GitFixture.Repo other = git.repository("rpms/other-repo.git");
        other.file("Dockerfile", DOCKERFILE).commit("labels say fedora-docker");

        run("git+https://pkgs.example.com/rpms/other-repo.git#main", opts());

        BinaryBuildRequest request = sentRequest();
        assertEquals("other-repo", request.component());
        assertEquals("https://pkgs.example.com/rpms/other-repo.git", request.gitUri());
        verify(hub.session()).call("getPackageConfig", List.of(HubFixture.DEST_TAG, "fedora-docker"), Map.of());
    }

    @Test
    void userWarningsAreReturnedWhenThereAreSome() throws Exception {
        osbsFixture.logs(
                BuildLogLine.of("noarch", "t - atomic_reactor - USER_WARNING - {\"message\": \"message\"}"),
                BuildLogLine.of("x86_64", "t - atomic_reactor - USER_WARNING - {\"message\": \"message\"}"),
                BuildLogLine.of("noarch", "t - atomic_reactor - USER_WARNING - {\"message\": \"another_message\"}"));

        Object result = run(SRC, opts());

        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of("999"),
                "user_warnings", List.of("message", "another_message")), result);
        assertEquals("message\nanother_message", context.output().text(LogRouter.USER_WARNINGS_LOG));
    }

    @Test
    void aPrivateBranchIsCheckedOut() throws Exception {
        repo.branch("private-test1").file("Dockerfile", DOCKERFILE.replace("release=\"3\"", "release=\"4\""))
                .commit("private");
        repo.switchTo("main");

        run("git://pkgs.example.com/rpms/fedora-docker#private-test1", opts("git_branch", "private-test1"));

        verify(hub.session()).call("getBuild", List.of("fedora-docker-25-4"), Map.of());
        assertEquals("private-test1", sentRequest().gitRef());
    }

    // ---- the order of checks and their messages (§3.4, §3.14)

    @ParameterizedTest
    @ValueSource(strings = {"", "none"})
    void aGitBranchIsRequired(String branch) {
        KojiFault error = refusal(SRC, opts("git_branch", branch.equals("none") ? null : branch));

        assertEquals("Git branch must be specified", error.getMessage());
        assertEquals(1005, error.faultCode());
        verifyNoInteractions(hub.session());
    }

    @Test
    void scratchAndIsolatedExcludeEachOther() {
        KojiFault error = refusal(SRC, opts("scratch", true, "isolated", true, "arch_override", "x86_64"));

        assertEquals("Build cannot be both isolated and scratch", error.getMessage());
        assertEquals(1005, error.faultCode());
        verifyNoInteractions(hub.session());
    }

    @Test
    void anUnknownTargetIsNamedInBackticks() {
        hub.noTarget();

        KojiFault error = refusal(SRC, opts());

        assertEquals("Target `target` not found", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertEquals(List.of(), git.cloned());
    }

    @Test
    void aBuildTagWithoutArchesIsRefused() {
        hub.buildTagArches("");

        KojiFault error = refusal(SRC, opts());

        assertEquals("No arches for tag build-tag [10]", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void anOverrideWithNoTagArchLeftIsRefused() {
        KojiFault error = refusal(SRC, opts("scratch", true, "arch_override", "s390x aarch64"));

        assertEquals("No matching arches were found", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    static Stream<Arguments> archOverride() {
        return Stream.of(
                Arguments.of(true, false, "ppc64le", List.of("ppc64le"), null),
                Arguments.of(true, false, "", List.of("x86_64", "ppc64le"), null),
                Arguments.of(false, false, "ppc64le", null,
                        "arch-override is only allowed for isolated or scratch builds"),
                Arguments.of(false, false, "", List.of("x86_64", "ppc64le"), null),
                Arguments.of(false, true, "ppc64le", List.of("ppc64le"), null),
                Arguments.of(true, true, "ppc64le", null, "Build cannot be both isolated and scratch"),
                Arguments.of(true, true, "", null, "Build cannot be both isolated and scratch"));
    }

    @ParameterizedTest
    @MethodSource
    void archOverride(boolean scratch, boolean isolated, String override, List<String> platforms, String error)
            throws Exception {
        hub.buildTagArches("x86_64 ppc64le");
        Map<String, Object> opts = opts("scratch", scratch, "isolated", isolated, "arch_override", override);
        if (isolated) {
            opts.put("release", "1.1");
        }

        if (error != null) {
            KojiFault refused = refusal(SRC, opts);
            assertEquals(error, refused.getMessage());
            assertEquals(1005, refused.faultCode());
            return;
        }
        run(SRC, opts);
        assertEquals(platforms, sentRequest().platforms());
    }

    @Test
    void anUnlistedPackageIsRefusedAndNoBuildIsStarted() {
        hub.packageListing("fedora-docker", null);

        KojiFault error = refusal(SRC, opts());

        assertEquals("package (container) fedora-docker not in list for tag dest-tag", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @Test
    void aBlockedPackageIsRefusedAndNoBuildIsStarted() {
        hub.packageListing("fedora-docker", true);

        KojiFault error = refusal(SRC, opts());

        assertEquals("package (container)  fedora-docker is blocked for tag dest-tag", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @Test
    void scratchBuildsSkipThePackageListAndTheNvrCheck() throws Exception {
        hub.packageListing("fedora-docker", null);
        hub.answer("getBuild", List.of("fedora-docker-25-3"), Map.of())
                .thenReturn(HubFixture.build(42, "fedora-docker", "fedora-docker-25-3", 1, Map.of()));

        run(SRC, opts("scratch", true));

        verify(hub.session(), never()).call(eq("getPackageConfig"), anyList(), anyMap());
        verify(hub.session(), never()).call(eq("getBuild"), anyList(), anyMap());
    }

    static Stream<Arguments> nvrExists() {
        return Stream.of(
                Arguments.of(1, null, "fedora-docker-25-3", true),
                Arguments.of(0, null, "fedora-docker-25-3", true),
                Arguments.of(2, null, "fedora-docker-25-3", true),
                Arguments.of(3, null, "fedora-docker-25-3", false),
                Arguments.of(4, null, "fedora-docker-25-3", false),
                Arguments.of(1, "11", "fedora-docker-25-11", true),
                Arguments.of(3, "11", "fedora-docker-25-11", false));
    }

    @ParameterizedTest
    @MethodSource
    void nvrExists(int state, String release, String nvr, boolean refused) throws Exception {
        hub.answer("getBuild", List.of(nvr), Map.of())
                .thenReturn(HubFixture.build(42, "fedora-docker", nvr, state, Map.of()));
        Map<String, Object> opts = opts("release", release);

        if (refused) {
            KojiFault error = refusal(SRC, opts);
            assertEquals("Build for " + nvr + " already exists, id 42", error.getMessage());
            assertEquals(1005, error.faultCode());
            assertNoBuildStarted();
        } else {
            run(SRC, opts);
            verify(osbs).createBinaryContainerBuild(any());
        }
    }

    @Test
    void noReleaseMeansNoNvrCheck() throws Exception {
        repo.file("Dockerfile", DOCKERFILE.replace(" release=\"3\"", "")).commit("no release");

        run(SRC, opts());

        verify(hub.session(), never()).call(eq("getBuild"), anyList(), anyMap());
    }

    @Test
    void isolatedBuildsAreCheckedForTheirNvrToo() {
        hub.answer("getBuild", List.of("fedora-docker-25-1.1"), Map.of())
                .thenReturn(HubFixture.build(42, "fedora-docker", "fedora-docker-25-1.1", 1, Map.of()));

        KojiFault error = refusal(SRC, opts("isolated", true, "release", "1.1"));

        assertEquals("Build for fedora-docker-25-1.1 already exists, id 42", error.getMessage());
    }

    @Test
    void missingLabelsAreListed() {
        repo.file("Dockerfile", "FROM fedora\nLABEL version=25\n").commit("no name");

        KojiFault error = refusal(SRC, opts());

        assertEquals("Required LABELs haven't been found in Dockerfile: name (or Name), com.redhat.component (or "
                + "BZComponent).", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 129})
    void oversizedTagsStopTheBuildBeforeOsbs(int length) throws Exception {
        repo.file("additional-tags", "latest\n" + "t".repeat(length) + "\n").commit("tags");

        if (length == 128) {
            run(SRC, opts());
            verify(osbs).createBinaryContainerBuild(any());
            return;
        }
        KojiFault error = refusal(SRC, opts());
        assertEquals("Docker cannot create image with a tag longer than 128, current version-release tag length is 129",
                error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @ParameterizedTest
    @ValueSource(ints = {125, 126})
    void oversizedReleasesStopTheBuildBeforeOsbs(int releaseLength) throws Exception {
        Map<String, Object> opts = opts("release", "r".repeat(releaseLength));

        if (releaseLength == 125) {
            run(SRC, opts);
            verify(osbs).createBinaryContainerBuild(any());
            return;
        }
        KojiFault error = refusal(SRC, opts);
        assertEquals("Docker cannot create image with a tag longer than 128, current version-release tag length is 129",
                error.getMessage());
        assertNoBuildStarted();
    }

    @Test
    void aMissingDockerfileIsReported() {
        repo.remove("Dockerfile").file("README", "x").commit("no Dockerfile");

        KojiFault error = refusal(SRC, opts());

        assertEquals("Dockerfile file missing: " + context.workDir().resolve("sources/Dockerfile"), error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void skipBuildTrueIsRefused() {
        KojiFault error = refusal(SRC, opts("skip_build", true));

        assertEquals("'skip_build' functionality has been removed", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @Test
    void skipBuildFalseIsAcceptedWithADeprecationWarning() throws Exception {
        run(SRC, opts("skip_build", false));

        verify(osbs).createBinaryContainerBuild(any());
        assertTrue(taskLog().contains("WARNING - deprecated option 'skip_build' in build params"), taskLog());
    }

    @Test
    void signingIntentWithComposeIdsIsRefused() {
        KojiFault error = refusal(SRC, opts("signing_intent", "release", "compose_ids", List.of(1, 2)));

        assertEquals("signing_intent used with compose_ids", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    static Stream<Map<String, Object>> composeIdsOrSigningIntentAlone() {
        return Stream.of(Map.of("signing_intent", "release"), Map.of("compose_ids", List.of(1, 2)),
                Map.of("compose_ids", List.of(1, 2), "yum_repourls", List.of("http://repo/a.repo")));
    }

    @ParameterizedTest
    @MethodSource
    void composeIdsOrSigningIntentAlone(Map<String, Object> extra) throws Exception {
        Map<String, Object> opts = opts();
        opts.putAll(extra);

        run(SRC, opts);

        verify(osbs).createBinaryContainerBuild(any());
    }

    @Test
    void anOsbsValidationErrorIsAContainerError() {
        when(osbs.createBinaryContainerBuild(any())).thenThrow(new OsbsValidationException("label name is missing"));

        KojiFault error = refusal(SRC, opts());

        assertEquals("OSBS validation exception: label name is missing", error.getMessage());
        assertEquals(2001, error.faultCode());
        verify(osbs, never()).removeBuild(anyString());
    }

    @Test
    void aFeatureTheEngineLacksIsAContainerErrorSayingSo() {
        when(osbs.createBinaryContainerBuild(any())).thenThrow(
                new OsbsUnsupportedFeatureException("Flatpak builds are not supported by this build engine yet"));

        KojiFault error = refusal(SRC, opts());

        assertEquals("Flatpak builds are not supported by this build engine yet", error.getMessage());
        assertEquals(2001, error.faultCode());
    }

    @Test
    void aClientWithoutTheCallIsABuildError() {
        when(osbs.createBinaryContainerBuild(any())).thenThrow(new UnsupportedOperationException());

        KojiFault error = refusal(SRC, opts());

        assertEquals("method create_binary_container_build doesn't exists in osbs", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void aClientThatCannotBeMadeIsAContainerError() {
        osbsFixture.unavailable();

        KojiFault error = refusal(SRC, opts());

        assertEquals("Could not successfully instantiate `osbs`", error.getMessage());
        assertEquals(2001, error.faultCode());
    }

    @Test
    void aBuildCancelledInOsbsCancelsTheTask() {
        when(osbs.buildWasCancelled(OsbsFixture.BUILD)).thenReturn(true);

        KojiFault error = refusal(SRC, opts());

        assertEquals("Image build was cancelled by OSBS.", error.getMessage());
        assertEquals(2002, error.faultCode());
        verify(hub.session(), times(1)).call("cancelTask", List.of(FakeTaskContext.TASK_ID), Map.of());
        verify(osbs).removeBuild(OsbsFixture.BUILD);
    }

    @Test
    void aTaskCancelledDuringTheBuildCancelsTheBuild() {
        when(osbs.getBuildLogs(anyString(), eq(true))).thenAnswer(call -> Stream.of(BuildLogLine.of("noarch", "x"))
                .peek(line -> context.cancellation().cancel()));
        when(osbs.buildWasCancelled(OsbsFixture.BUILD)).thenReturn(true);

        KojiFault error = refusal(SRC, opts());

        assertEquals(2002, error.faultCode());
        verify(osbs, times(1)).cancelBuild(OsbsFixture.BUILD);
        verify(hub.session(), times(1)).call("cancelTask", List.of(FakeTaskContext.TASK_ID), Map.of());
    }

    @Test
    void aFailedBuildIsAContainerError() {
        when(osbs.buildHasSucceeded(OsbsFixture.BUILD)).thenReturn(false);
        when(osbs.getBuildErrorMessage(OsbsFixture.BUILD)).thenReturn("Error in binary-container-build: exit 1;");

        KojiFault error = refusal(SRC, opts());

        assertEquals("Image build failed. Error in binary-container-build: exit 1;. OSBS build id: build-1",
                error.getMessage());
        assertEquals(2001, error.faultCode());
        verify(osbs).removeBuild(OsbsFixture.BUILD);
    }

    // ---- Flatpaks (test_flatpak_build)

    static Stream<Map<String, Object>> flatpak() {
        return Stream.of(Map.of(), Map.of("isolated", true, "release", "1.2"), Map.of("koji_parent_build", "p-1-1"));
    }

    @ParameterizedTest
    @MethodSource
    void flatpak(Map<String, Object> extra) throws Exception {
        hub.packageListing("fedora-docker", null);
        Map<String, Object> opts = opts("flatpak", true);
        opts.putAll(extra);

        Object result = run(SRC, opts);

        assertEquals(Map.of("repositories", List.of("primary-repo", "unique-repo"), "koji_builds", List.of("999")),
                result);
        BinaryBuildRequest request = sentRequest();
        assertTrue(request.flatpak());
        assertEquals(Boolean.TRUE.equals(extra.get("isolated")), request.isolated());
        assertEquals(extra.get("release"), request.release());
        assertEquals(extra.get("koji_parent_build"), request.kojiParentBuild());
        assertEquals(List.of(), git.cloned());
        verify(hub.session(), never()).call(eq("getPackageConfig"), anyList(), anyMap());
        verify(hub.session(), never()).call(eq("getBuild"), anyList(), anyMap());
    }

    @Test
    void aFlatpakNeedsAClientThatBuildsThem() {
        osbsFixture.flatpakSupported(false);

        KojiFault error = refusal(SRC, opts("flatpak", true));

        assertEquals("osbs-client on koji builder doesn't have Flatpak support", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void aFlatpakFromSomethingThatIsNotAnScmUrlIsRefused() {
        KojiFault error = refusal("https://example.com/repo#main", opts("flatpak", true));

        assertEquals("Invalid source specification: https://example.com/repo#main", error.getMessage());
        assertEquals(1005, error.faultCode());
    }

    @Test
    void aFlatpakSourceIsStillCheckedAgainstTheAllowedScms() {
        KojiFault error = refusal("git://elsewhere.example.com/rpms/fedora-docker#main", opts("flatpak", true));

        assertEquals("elsewhere.example.com:/rpms/fedora-docker is not in the list of allowed SCMs",
                error.getMessage());
        assertNoBuildStarted();
    }

    // ---- the SCM URL and the allowed SCMs

    @Test
    void anUnparsableScmUrlIsKojisGenericError() {
        KojiFault error = refusal("https://example.com/repo#main", opts());

        assertEquals("Invalid SCM URL: https://example.com/repo#main", error.getMessage());
        assertEquals(1000, error.faultCode());
        assertEquals(List.of(), git.cloned());
    }

    @Test
    void anScmNotAllowedIsRefusedBeforeAnythingIsFetched() {
        KojiFault error = refusal("git://evil.example.com/rpms/fedora-docker#main", opts());

        assertEquals("evil.example.com:/rpms/fedora-docker is not in the list of allowed SCMs", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertEquals(List.of(), git.cloned());
        verify(hub.session(), never()).call(eq("getPackageConfig"), anyList(), anyMap());
    }

    @Test
    void theAllowedScmPolicyVariantIsRefusedWithAConfigurationError() {
        kojid(KOJID + "\nallowed_scms_use_policy = true");

        KojiFault error = refusal(SRC, opts());

        assertEquals(1021, error.faultCode());
        assertTrue(error.getMessage().startsWith("allowed_scms_use_policy is set, but this hub has no build_from_scm"),
                error.getMessage());
        assertEquals(List.of(), git.cloned());
    }

    // ---- hostile input: nothing runs a command, nothing is read outside the work directory

    static Stream<Arguments> hostileUrls() {
        String revisionChars = "Revision contains characters that are not allowed.";
        String whitespace = "URL must not contain whitespace, control or non-ASCII characters.";
        String pathChars = "Path contains characters that are not allowed.";
        return Stream.of(
                Arguments.of("git://pkgs.example.com/rpms/fedora-docker#--upload-pack=touch /tmp/pwned", whitespace),
                Arguments.of("git://pkgs.example.com/rpms/fedora-docker#--upload-pack=touch${IFS}/tmp/pwned",
                        revisionChars),
                Arguments.of("git://pkgs.example.com/rpms/fedora-docker#--upload-pack=/tmp/x",
                        "Revision must not begin with '-'."),
                Arguments.of("git://pkgs.example.com/rpms/fedora-docker;touch${IFS}/tmp/pwned#main", pathChars),
                Arguments.of("git://pkgs.example.com/rpms/fedora-docker;touch#main",
                        "Params element touch should be empty."),
                Arguments.of("git://pkgs.example.com/rpms/$(touch${IFS}/tmp/pwned)#main", pathChars),
                Arguments.of("git://pkgs.example.com/rpms/`touch${IFS}/tmp/pwned`#main", pathChars),
                Arguments.of("git://pkgs.example.com/rpms/x|touch${IFS}/tmp/pwned#main", pathChars),
                Arguments.of("git://pkgs.example.com/rpms/x#main&&touch${IFS}/tmp/pwned", revisionChars),
                Arguments.of("git://-oProxyCommand=touch${IFS}/tmp/pwned/rpms/x#main",
                        "Host must be a host name or IP address with an optional port."),
                Arguments.of("git://pkgs.example.com/rpms/fedora-docker?../../../etc#main",
                        "Module must not contain '..' segments."));
    }

    @ParameterizedTest
    @MethodSource
    void hostileUrls(String src, String reason) throws Exception {
        // a leftover from elsewhere must not hide (or fake) what this test looks for
        Files.deleteIfExists(Path.of("/tmp/pwned"));
        kojid("allowed_scms = *:*");

        KojiFault error = refusal(src, opts());

        assertEquals(1000, error.faultCode());
        assertTrue(error.getMessage().endsWith(" . " + reason), error.getMessage());
        assertEquals(List.of(), git.cloned());
        assertEquals(List.of(), osbsFixture.sectionsAsked());
        assertFalse(Files.exists(Path.of("/tmp/pwned")));
    }

    @Test
    void aDockerfileLinkedToEtcPasswdIsNeverRead() {
        repo.remove("Dockerfile").symlink("Dockerfile", "/etc/passwd").commit("evil");

        KojiFault error = refusal(SRC, opts());

        assertEquals("Dockerfile " + context.workDir().resolve("sources/Dockerfile")
                + " resolves outside the checkout; refusing to read it", error.getMessage());
        assertEquals(1005, error.faultCode());
        assertNoBuildStarted();
    }

    @Test
    void additionalTagsLinkedOutsideTheCheckoutAreNeverRead() {
        repo.symlink("additional-tags", "../../../../../../../../etc/passwd").commit("evil tags");

        KojiFault error = refusal(SRC, opts());

        assertTrue(error.getMessage().startsWith("additional-tags "), error.getMessage());
        assertTrue(error.getMessage().endsWith(" resolves outside the checkout; refusing to read it"));
        assertNoBuildStarted();
    }

    // ---- the parameters' schema (test_schema_validation_*)

    static Stream<Arguments> schema() {
        Map<String, Object> unknown = new HashMap<>(opts());
        unknown.put("version", "1");
        return Stream.of(
                Arguments.of(null, opts(), "src: None is not of type 'string'"),
                Arguments.of(123, opts(), "src: 123 is not of type 'string'"),
                Arguments.of(SRC, null, "opts: None is not of type 'object'"),
                Arguments.of(SRC, "opts", "opts: 'opts' is not of type 'object'"),
                Arguments.of(SRC, List.of(), "opts: [] is not of type 'object'"),
                Arguments.of(SRC, opts("scratch", "true"), "opts.scratch: 'true' is not of type 'boolean'"),
                Arguments.of(SRC, opts("compose_ids", List.of(1, "2")),
                        "opts.compose_ids[1]: '2' is not of type 'integer'"),
                Arguments.of(SRC, opts("yum_repourls", "one.url"),
                        "opts.yum_repourls: 'one.url' is not of type 'array', 'null'"),
                Arguments.of(SRC, unknown, "opts: Additional properties are not allowed ('version' was unexpected)"));
    }

    @ParameterizedTest
    @MethodSource
    void schema(Object src, Object opts, String message) {
        KojiFault error = assertThrows(KojiFault.class,
                () -> handler.handle(context, handler.signature().bind(Arrays.asList(src, HubFixture.TARGET, opts))));

        assertEquals(message, error.getMessage());
        assertEquals(1019, error.faultCode());
        verifyNoInteractions(hub.session());
    }
}
