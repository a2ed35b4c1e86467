package io.containerbuild.clientplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every usage error the three commands give before contacting the hub, in upstream's order and words: the command's
 * usage, a blank line, {@code koji: error: <message>} on standard error, nothing on standard output, exit status 2.
 * No configuration exists, which also shows that these checks need none.
 */
class UsageErrorGoldenTest {

    private static final String SCM = "git://git.example.com/app#0123abc";
    private static final String CONTAINER_USAGE = "Usage: koji container-build [options] target <scm url or archive path>\n"
            + "(Specify the --help global option for a list of other help options)\n\n";
    private static final String FLATPAK_USAGE = "Usage: koji flatpak-build [options] target <scm url>\n"
            + "(Specify the --help global option for a list of other help options)\n\n";
    private static final String SOURCE_USAGE = "Usage: koji source-container-build [options] target\n"
            + "(Specify the --help global option for a list of other help options)\n\n";

    @TempDir
    Path dir;

    static Stream<Arguments> errors() {
        String two = "Exactly two arguments (a build target and a SCM URL) are required";
        return Stream.of(
                Arguments.of(CONTAINER_USAGE, two, new String[] {"container-build"}),
                Arguments.of(CONTAINER_USAGE, two, new String[] {"container-build", "tgt"}),
                Arguments.of(CONTAINER_USAGE, two, new String[] {"container-build", "tgt", SCM, "extra"}),
                Arguments.of(FLATPAK_USAGE, two, new String[] {"flatpak-build", "tgt"}),
                Arguments.of(CONTAINER_USAGE, "scm URL does not look like an URL to a source repository",
                        new String[] {"container-build", "tgt", "https:/repo#revision", "--git-branch", "b"}),
                Arguments.of(CONTAINER_USAGE, "scm URL does not look like an URL to a source repository",
                        new String[] {"container-build", "tgt", "https//repo#revision"}),
                Arguments.of(CONTAINER_USAGE, "scm URL must be of the form <url_to_repository>#<revision>)",
                        new String[] {"container-build", "tgt", "https://reporevision"}),
                Arguments.of(CONTAINER_USAGE, "--arch-override is only allowed for --scratch or --isolated builds",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b", "--arch-override", "x86_64"}),
                Arguments.of(CONTAINER_USAGE, "--signing-intent cannot be used with --compose-id",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b", "--signing-intent", "release",
                                "--compose-id", "1"}),
                Arguments.of(CONTAINER_USAGE,
                        "Only --isolated builds support option --operator-csv-modifications-url",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b",
                                "--operator-csv-modifications-url", "https://example.com/m.json"}),
                Arguments.of(CONTAINER_USAGE,
                        "Value provided to --operator-csv-modifications-url does not look like an URL",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b", "--isolated",
                                "--operator-csv-modifications-url", "https//example.com"}),
                Arguments.of(CONTAINER_USAGE, "git-branch must be specified",
                        new String[] {"container-build", "tgt", SCM}),
                Arguments.of(CONTAINER_USAGE, "Build cannot be both isolated and scratch",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b", "--scratch", "--isolated"}),
                // the first broken rule is reported, in upstream's order
                Arguments.of(CONTAINER_USAGE, "--arch-override is only allowed for --scratch or --isolated builds",
                        new String[] {"container-build", "tgt", SCM, "--arch-override", "x86_64"}),
                Arguments.of(CONTAINER_USAGE, "--userdata is not valid JSON: Unexpected character ('n' (code 110)): "
                        + "was expecting double-quote to start field name",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b", "--userdata", "{nope}"}),
                Arguments.of(CONTAINER_USAGE, "--userdata must be a JSON object, e.g. '{\"key\": \"value\"}'",
                        new String[] {"container-build", "tgt", SCM, "--git-branch", "b", "--userdata", "[1]"}),
                Arguments.of(CONTAINER_USAGE, "no such option: --bogus",
                        new String[] {"container-build", "--bogus", "tgt", SCM}),
                Arguments.of(CONTAINER_USAGE, "--git-branch option requires 1 argument",
                        new String[] {"container-build", "tgt", SCM, "--git-branch"}),
                Arguments.of(SOURCE_USAGE, "Exactly one argument (a build target) is required",
                        new String[] {"source-container-build", "--koji-build-id", "1"}),
                Arguments.of(SOURCE_USAGE, "Exactly one argument (a build target) is required",
                        new String[] {"source-container-build", "a", "b", "--koji-build-id", "1"}),
                Arguments.of(SOURCE_USAGE, "at least one of --koji-build-id and --koji-build-nvr has to be specified",
                        new String[] {"source-container-build", "tgt"}),
                // as upstream's truth test: build id 0 counts as absent
                Arguments.of(SOURCE_USAGE, "at least one of --koji-build-id and --koji-build-nvr has to be specified",
                        new String[] {"source-container-build", "tgt", "--koji-build-id", "0"}));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("errors")
    void reportsTheUsageErrorAndExitsTwo(String usage, String message, String[] args) {
        KojiRun run = KojiRun.run(dir, false, args);

        assertEquals(usage + "koji: error: " + message + "\n", run.stderr());
        assertEquals("", run.stdout());
        assertEquals(2, run.exitCode());
    }
}
