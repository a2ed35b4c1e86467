package io.containerbuild.hubplugin;

import static io.containerbuild.hubplugin.ContainerExport.array;
import static io.containerbuild.hubplugin.ContainerExport.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.TaskCreator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The hub's improvement on upstream: opts the builder would refuse are refused at submission, as one
 * ParameterError (1019) listing every problem, and no task is created.
 */
@ExtendWith(MockitoExtension.class)
class InvalidOptionsTest {

    private static final String SRC = "git://example.com/containers/hello#abc123";

    @Mock
    private Caller caller;

    @Mock
    private TaskCreator taskCreator;

    /** The fault's message, after checking it is a ParameterError and no task was created. */
    private String refusal(HubExport export, Object... positional) {
        ParameterError refused = assertThrows(ParameterError.class,
                () -> export.call(caller, ContainerExport.bind(export, array(positional))));
        assertEquals(1019, refused.faultCode());
        verifyNoInteractions(taskCreator);
        return refused.getMessage();
    }

    private void accepted(HubExport export, Object... positional) {
        when(taskCreator.createTask(any(), any())).thenReturn(1);
        export.call(caller, ContainerExport.bind(export, array(positional)));
        verify(taskCreator).createTask(any(), any());
    }

    @Nested
    class BuildContainer {

        private HubExport export() {
            return new BuildContainerExport(taskCreator);
        }

        private String refusal(Object opts) {
            return InvalidOptionsTest.this.refusal(export(), SRC, "candidate", opts);
        }

        /** Upstream's builder test cases for the schema (§3.3), each with a git branch so only the type is wrong. */
        static Stream<Arguments> typeProblems() {
            return Stream.of(
                    Arguments.of("scratch", "true", "opts.scratch: 'true' is not of type 'boolean'"),
                    Arguments.of("scratch", 1, "opts.scratch: 1 is not of type 'boolean'"),
                    Arguments.of("scratch", null, "opts.scratch: None is not of type 'boolean'"),
                    Arguments.of("isolated", "no", "opts.isolated: 'no' is not of type 'boolean'"),
                    Arguments.of("flatpak", 0, "opts.flatpak: 0 is not of type 'boolean'"),
                    Arguments.of("compose_ids", array(1, "2"), "opts.compose_ids[1]: '2' is not of type 'integer'"),
                    Arguments.of("compose_ids", array(1.5), "opts.compose_ids[0]: 1.5 is not of type 'integer'"),
                    Arguments.of("yum_repourls", "one.url",
                            "opts.yum_repourls: 'one.url' is not of type 'array', 'null'"),
                    Arguments.of("dependency_replacements", array(3),
                            "opts.dependency_replacements[0]: 3 is not of type 'string'"),
                    Arguments.of("koji_parent_build", 7, "opts.koji_parent_build: 7 is not of type 'string', 'null'"),
                    Arguments.of("release", true, "opts.release: True is not of type 'string', 'null'"),
                    Arguments.of("skip_build", "false", "opts.skip_build: 'false' is not of type 'boolean'"),
                    Arguments.of("userdata", "x", "opts.userdata: 'x' is not of type 'object'"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("typeProblems")
        void aValueOfTheWrongType(String key, Object value, String problem) {
            assertEquals("Invalid options for buildContainer: " + problem,
                    refusal(struct("git_branch", "main", key, value)));
        }

        @Test
        void anUnknownKey() {
            assertEquals("Invalid options for buildContainer: opts: Additional properties are not allowed"
                    + " ('version' was unexpected)", refusal(struct("git_branch", "main", "version", "1.0")));
        }

        @Test
        void unknownKeysAreListedTogether() {
            assertEquals("Invalid options for buildContainer: opts: Additional properties are not allowed"
                            + " ('name', 'version' were unexpected)",
                    refusal(struct("version", "1.0", "git_branch", "main", "name", "hello")));
        }

        @Test
        void optsThatAreNotADict() {
            assertEquals("Invalid options for buildContainer: opts: 'scratch' is not of type 'object'",
                    refusal("scratch"));
            assertEquals("Invalid options for buildContainer: opts: 123 is not of type 'object'",
                    refusal(123));
            assertEquals("Invalid options for buildContainer: opts: ['git_branch'] is not of type 'object'",
                    refusal(array("git_branch")));
        }

        @Test
        void aGitBranchIsRequired() {
            assertEquals("Invalid options for buildContainer: Git branch must be specified",
                    refusal(struct("scratch", true)));
            assertEquals("Invalid options for buildContainer: Git branch must be specified",
                    refusal(struct("git_branch", "")));
            assertEquals("Invalid options for buildContainer: Git branch must be specified",
                    refusal(struct("git_branch", null)));
        }

        @Test
        void scratchAndIsolatedExcludeEachOther() {
            assertEquals("Invalid options for buildContainer: Build cannot be both isolated and scratch",
                    refusal(struct("git_branch", "main", "scratch", true, "isolated", true, "release", "2")));
        }

        @Test
        void anArchOverrideNeedsAScratchOrIsolatedBuild() {
            assertEquals("Invalid options for buildContainer: arch-override is only allowed for isolated or scratch"
                    + " builds", refusal(struct("git_branch", "main", "arch_override", "x86_64")));
        }

        @Test
        void skipBuildIsGone() {
            assertEquals("Invalid options for buildContainer: 'skip_build' functionality has been removed",
                    refusal(struct("git_branch", "main", "skip_build", true)));
        }

        @Test
        void aSigningIntentExcludesComposeIds() {
            assertEquals("Invalid options for buildContainer: signing_intent used with compose_ids",
                    refusal(struct("git_branch", "main", "signing_intent", "release", "compose_ids", array(1, 2))));
        }

        @Test
        void typeProblemsAndBrokenRulesComeInOneAnswer() {
            assertEquals("Invalid options for buildContainer: opts.scratch: 'true' is not of type 'boolean';"
                    + " Git branch must be specified", refusal(struct("scratch", "true")));
        }

        @Test
        void everyProblemIsListedInTheBuildersOrder() {
            Map<String, Object> opts = struct("version", "1", "compose_ids", array(1), "signing_intent", "release",
                    "skip_build", true, "yum_repourls", "one.url", "scratch", true, "isolated", true,
                    "userdata", 5, "arch_override", "s390x");

            assertEquals("Invalid options for buildContainer:"
                    + " opts: Additional properties are not allowed ('version' was unexpected);"
                    + " opts.yum_repourls: 'one.url' is not of type 'array', 'null';"
                    + " opts.userdata: 5 is not of type 'object';"
                    + " Git branch must be specified;"
                    + " Build cannot be both isolated and scratch;"
                    + " 'skip_build' functionality has been removed;"
                    + " signing_intent used with compose_ids", refusal(opts));
        }

        /** Scratch was asked for, in the wrong type: complaining that the override needs scratch would mislead. */
        @Test
        void aRuleIsNotJudgedOnAValueOfTheWrongType() {
            assertEquals("Invalid options for buildContainer: opts.scratch: 'true' is not of type 'boolean'",
                    refusal(struct("git_branch", "main", "scratch", "true", "arch_override", "x86_64")));
            assertEquals("Invalid options for buildContainer: opts.git_branch: 5 is not of type 'string', 'null'",
                    refusal(struct("git_branch", 5)));
            assertEquals("Invalid options for buildContainer: opts.compose_ids[0]: '1' is not of type 'integer'",
                    refusal(struct("git_branch", "main", "signing_intent", "release", "compose_ids", array("1"))));
        }

        @Test
        void aRuleOnWellTypedKeysIsJudgedBesideOthersTypeProblems() {
            assertEquals("Invalid options for buildContainer: opts.userdata: [] is not of type 'object';"
                            + " arch-override is only allowed for isolated or scratch builds",
                    refusal(struct("git_branch", "main", "userdata", array(), "arch_override", "x86_64")));
        }

        /** rpkg sends skip_build=False; upstream re-added the key for it. */
        @Test
        void skipBuildFalseIsAccepted() {
            accepted(export(), SRC, "candidate", struct("git_branch", "main", "skip_build", false));
        }

        @Test
        void anArchOverrideOnAnIsolatedBuildIsAccepted() {
            accepted(export(), SRC, "candidate",
                    struct("git_branch", "main", "isolated", true, "release", "3", "arch_override", "x86_64"));
        }

        /** The CLI's own rules on this URL are not the builder's: OSBS judges it. */
        @Test
        void theOperatorCsvUrlIsLeftToOsbs() {
            accepted(export(), SRC, "candidate",
                    struct("git_branch", "main", "operator_csv_modifications_url", "not a url"));
        }

        @Test
        void everyKeyTheCliSendsIsAccepted() {
            accepted(export(), SRC, "candidate", struct("flatpak", false, "arch_override", "x86_64 s390x",
                    "scratch", true, "yum_repourls", array("http://example.com/a.repo"), "git_branch", "main",
                    "signing_intent", null, "compose_ids", null, "userdata", struct("a", 1),
                    "dependency_replacements", array("gomod:example.com/x:v1"),
                    "operator_csv_modifications_url", null, "release", null, "isolated", false,
                    "koji_parent_build", "base-1-1", "skip_build", false));
        }
    }

    @Nested
    class BuildSourceContainer {

        private HubExport export() {
            return new BuildSourceContainerExport(taskCreator);
        }

        private String refusal(Object opts) {
            return InvalidOptionsTest.this.refusal(export(), "candidate", opts);
        }

        @Test
        void theImageBuildMustBeNamed() {
            assertEquals("Invalid options for buildSourceContainer: koji_build_id or koji_build_nvr must be specified",
                    refusal(struct("scratch", true, "signing_intent", "release")));
        }

        @Test
        void aBuildIdOrAnNvrIsEnough() {
            accepted(export(), "candidate", struct("koji_build_nvr", "hello-1.0-1"));
        }

        /** The builder's schema asks for the key, not for a true value (the CLI would refuse 0). */
        @Test
        void aBuildIdOfZeroNamesABuild() {
            accepted(export(), "candidate", struct("koji_build_id", 0));
        }

        @Test
        void binaryBuildKeysAreUnknownHere() {
            assertEquals("Invalid options for buildSourceContainer: opts: Additional properties are not allowed"
                    + " ('git_branch' was unexpected)", refusal(struct("koji_build_id", 1, "git_branch", "main")));
        }

        @Test
        void valuesOfTheWrongType() {
            assertEquals("Invalid options for buildSourceContainer: opts.scratch: 'yes' is not of type 'boolean';"
                            + " opts.signing_intent: None is not of type 'string'",
                    refusal(struct("koji_build_id", 1, "scratch", "yes", "signing_intent", null)));
        }

        /** The id was given, in the wrong type: "name the build" would mislead. */
        @Test
        void aBuildIdOfTheWrongTypeIsOnlyATypeProblem() {
            assertEquals("Invalid options for buildSourceContainer: opts.koji_build_id: '12' is not of type 'integer'",
                    refusal(struct("koji_build_id", "12")));
            assertEquals("Invalid options for buildSourceContainer: opts.koji_build_nvr: None is not of type 'string'",
                    refusal(struct("koji_build_nvr", null)));
        }

        @Test
        void typeProblemsAndTheMissingBuildComeInOneAnswer() {
            assertEquals("Invalid options for buildSourceContainer: opts: Additional properties are not allowed"
                            + " ('koji_build', 'nvr' were unexpected);"
                            + " koji_build_id or koji_build_nvr must be specified",
                    refusal(struct("nvr", "hello-1.0-1", "koji_build", 5)));
        }

        @Test
        void optsThatAreNotADict() {
            assertEquals("Invalid options for buildSourceContainer: opts: [] is not of type 'object'",
                    refusal(array()));
        }
    }
}
