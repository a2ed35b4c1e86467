package io.containerbuild.clientplugin;

import static io.containerbuild.clientplugin.CallSequence.SCM;
import static io.containerbuild.clientplugin.CallSequence.call;
import static io.containerbuild.clientplugin.CallSequence.keywords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole client in-process against the Python stand-in hub: the calls on the wire and what the user sees. */
class ContainerBuildStandInHubTest {

    @TempDir
    Path dir;

    private KojiRun koji(StandInHub hub, String... args) {
        List<String> all = new ArrayList<>(List.of("-c", hub.writeConfig(dir).toString(), "-p", "standin"));
        all.addAll(List.of(args));
        return KojiRun.run(dir, false, all.toArray(String[]::new));
    }

    @Test
    void waitingBuildSendsTheObservedSequenceAndPrintsTheResult() {
        try (StandInHub hub = StandInHub.start(dir, "success")) {
            KojiRun run = koji(hub, "container-build", "--wait", "tgt", SCM, "--git-branch", "main");

            assertEquals(0, run.exitCode(), run.stderr() + hub.stderr());
            CallSequence.assertSequence(CallSequence.succeedingBuild(opts("git_branch", "main")), hub.requests());
            assertEquals(String.join("\n",
                    "Created task: 4242",
                    "Task info: http://web.example.com/koji/taskinfo?taskID=4242",
                    "Watching tasks (this may be safely interrupted)...",
                    "4242 buildContainer (noarch): open (builder1.example.com)",
                    "4242 buildContainer (noarch): open (builder1.example.com) -> closed",
                    "  0 free  0 open  1 done  0 failed",
                    "",
                    "4242 buildContainer (noarch) completed successfully",
                    "Task Result (4242):",
                    "koji_builds:",
                    "    http://web.example.com/koji/buildinfo?buildID=101",
                    "repositories:",
                    "    registry.example.com/ns/app:1.0-1",
                    "    registry.example.com/ns/app:latest",
                    ""), run.stdout());
            assertEquals("", run.stderr());
        }
    }

    @Test
    void aFailedTaskExitsOneWithoutFetchingTheResultAgain() {
        try (StandInHub hub = StandInHub.start(dir, "failure")) {
            KojiRun run = koji(hub, "container-build", "--wait", "--quiet", "tgt", SCM, "--git-branch", "main");

            assertEquals(1, run.exitCode());
            List<Map<String, Object>> expected = new ArrayList<>(CallSequence.submission(opts("git_branch", "main")));
            expected.addAll(List.of(
                    call(null, "getTaskInfo", 4242, keywords("request", true)),
                    call(null, "getHost", 7),
                    call(null, "getTaskChildren", 4242),
                    call(null, "getTaskInfo", 4242, keywords("request", true)),
                    call(null, "getHost", 7),
                    call(null, "getTaskResult", 4242),
                    call(null, "getTaskChildren", 4242)));
            CallSequence.assertSequence(expected, hub.requests());
            assertEquals("", run.stdout(), "quiet prints nothing");
        }
    }

    @Test
    void withoutWaitingTheClientStopsAfterTheTaskLines() {
        try (StandInHub hub = StandInHub.start(dir, "success")) {
            KojiRun run = koji(hub, "container-build", "--nowait", "--scratch", "--background",
                    "--channel-override", "fast", "tgt", SCM, "--git-branch", "main");

            assertEquals(0, run.exitCode(), run.stderr());
            assertEquals("Created task: 4242\nTask info: http://web.example.com/koji/taskinfo?taskID=4242\n",
                    run.stdout());
            List<Map<String, Object>> observed = CallSequence.observed(hub.requests());
            assertEquals(call(3, "buildContainer", SCM, "tgt", opts("scratch", true, "git_branch", "main"),
                    keywords("priority", 5, "channel", "fast")), observed.get(4));
            // like Python's client when it is collected, the client logs out on its way out
            assertEquals(call(4, "logout", keywords("session_id", null)), observed.get(5));
            assertEquals(6, observed.size());
        }
    }

    @Test
    void aRunInTheBackgroundDoesNotWaitUnlessAsked() {
        try (StandInHub hub = StandInHub.start(dir, "success")) {
            KojiRun run = koji(hub, "container-build", "tgt", SCM, "--git-branch", "main");

            assertEquals(0, run.exitCode(), run.stderr());
            assertEquals(6, hub.requests().size(), "submission and the exit logout only");
        }
    }

    @Test
    void flatpakAndSourceBuildsSendTheirOwnOptions() {
        try (StandInHub hub = StandInHub.start(dir, "success")) {
            koji(hub, "flatpak-build", "--nowait", "tgt", SCM, "--git-branch", "f39", "--repo-url",
                    "http://r/a.repo", "--repo-url", "http://r/b.repo", "--userdata", "{\"ticket\": 7}");
            koji(hub, "source-container-build", "--nowait", "--koji-build-nvr", "app-1.0-1", "--koji-build-id", "9",
                    "tgt");

            List<Map<String, Object>> observed = CallSequence.observed(hub.requests());
            assertEquals(call(3, "buildContainer", SCM, "tgt", opts("flatpak", true, "yum_repourls",
                    List.of("http://r/a.repo", "http://r/b.repo"), "git_branch", "f39", "userdata",
                    Map.of("ticket", 7)), keywords("priority", null)), observed.get(4));
            assertEquals(call(3, "buildSourceContainer", "tgt", opts("koji_build_id", 9, "koji_build_nvr", "app-1.0-1"),
                    keywords("priority", null)), observed.get(10));
        }
    }

    @Test
    void targetTagAndLockProblemsAreUsageErrorsAfterLogin() {
        String usage = "Usage: koji container-build [options] target <scm url or archive path>\n"
                + "(Specify the --help global option for a list of other help options)\n\n";
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("no-target", "Unknown build target: tgt");
        messages.put("no-tag", "Unknown destination tag: tgt-candidate");
        messages.put("locked", "Destination tag tgt-candidate is locked");
        messages.forEach((scenario, message) -> {
            Path scenarioDir = dir.resolve(scenario);
            scenarioDir.toFile().mkdirs();
            try (StandInHub hub = StandInHub.start(scenarioDir, scenario)) {
                KojiRun run = koji(hub, "container-build", "--wait", "tgt", SCM, "--git-branch", "main");

                assertEquals(2, run.exitCode(), scenario);
                assertEquals(usage + "koji: error: " + message + "\n", run.stderr(), scenario);
                assertEquals("", run.stdout(), scenario);
            }
        });
    }

    @Test
    void aLockedTagStillTakesScratchBuilds() {
        try (StandInHub hub = StandInHub.start(dir, "locked")) {
            KojiRun run = koji(hub, "container-build", "--nowait", "--scratch", "tgt", SCM, "--git-branch", "main");

            assertEquals(0, run.exitCode(), run.stderr());
        }
    }

    static Map<String, Object> opts(Object... pairs) {
        Map<String, Object> opts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            opts.put((String) pairs[i], pairs[i + 1]);
        }
        return opts;
    }
}
