package io.containerbuild.clientplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/koji} as users run it, from the packaged jars (Failsafe runs after the package phase), against the
 * stand-in hub: the wire sees exactly koji-plugin-api.md §7.
 */
class BinKojiIT {

    @TempDir
    Path dir;

    @Test
    void binKojiContainerBuildSendsTheObservedSequence() throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("bin/koji");
        assertTrue(Files.isExecutable(launcher), launcher + " is missing");
        try (StandInHub hub = StandInHub.start(dir, "success")) {
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "-c", hub.writeConfig(dir).toString(),
                    "-p", "standin", "container-build", "--wait", "tgt", CallSequence.SCM, "--git-branch", "main");
            builder.environment().put("HOME", dir.toString());
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.redirectError(dir.resolve("stderr").toFile());
            builder.redirectOutput(dir.resolve("stdout").toFile());
            Process koji = builder.start();
            assertTrue(koji.waitFor(60, TimeUnit.SECONDS), "bin/koji did not finish");

            String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
            assertEquals(0, koji.exitValue(), stderr);
            CallSequence.assertSequence(CallSequence.succeedingBuild(
                    ContainerBuildStandInHubTest.opts("git_branch", "main")), hub.requests());
            assertTrue(Files.readString(dir.resolve("stdout")).endsWith(
                    "4242 buildContainer (noarch) completed successfully\nTask Result (4242):\nkoji_builds:\n"
                            + "    http://web.example.com/koji/buildinfo?buildID=101\nrepositories:\n"
                            + "    registry.example.com/ns/app:1.0-1\n    registry.example.com/ns/app:latest\n"));
        }
    }
}
