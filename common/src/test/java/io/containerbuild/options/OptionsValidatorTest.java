package io.containerbuild.options;

import static io.containerbuild.options.OptionsRule.ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED;
import static io.containerbuild.options.OptionsRule.CSV_URL_NEEDS_ISOLATED;
import static io.containerbuild.options.OptionsRule.CSV_URL_NOT_AN_URL;
import static io.containerbuild.options.OptionsRule.GIT_BRANCH_REQUIRED;
import static io.containerbuild.options.OptionsRule.SCRATCH_AND_ISOLATED;
import static io.containerbuild.options.OptionsRule.SIGNING_INTENT_WITH_COMPOSE_IDS;
import static io.containerbuild.options.OptionsRule.SKIP_BUILD_REMOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OptionsValidatorTest {

    private final OptionsValidator validator = new OptionsValidator();

    private static ContainerBuildOptions.Builder valid() {
        return ContainerBuildOptions.builder().gitBranch("main");
    }

    private List<String> cli(ContainerBuildOptions.Builder options) {
        return messages(validator.validate(options.build(), Audience.CLI));
    }

    private List<String> builder(ContainerBuildOptions.Builder options) {
        return messages(validator.validate(options.build(), Audience.BUILDER));
    }

    private static List<String> messages(List<Violation> violations) {
        return violations.stream().map(Violation::message).toList();
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void aPlainBuildWithABranchIsValid(Audience audience) {
        assertEquals(List.of(), validator.validate(valid().build(), audience));
    }

    /** CLI §4.1 items 4–9 and the builder's checks, one rule at a time. */
    @Nested
    class EachRule {

        @Test
        void gitBranchIsRequired() {
            assertEquals(List.of("git-branch must be specified"), cli(ContainerBuildOptions.builder()));
            assertEquals(List.of("Git branch must be specified"), builder(ContainerBuildOptions.builder()));
            assertEquals(List.of("Git branch must be specified"), builder(ContainerBuildOptions.builder().gitBranch("")));
            assertEquals(List.of("git-branch must be specified"), cli(ContainerBuildOptions.builder().gitBranch("")));
        }

        /** Upstream test_isolated_scratch_restriction / test_scratch_and_isolated_conflict. */
        @ParameterizedTest(name = "scratch={0} isolated={1}")
        @CsvSource({"true, true, true", "true, false, false", "false, true, false", "false, false, false",
            "true, , false", ", true, false"})
        void buildCannotBeBothIsolatedAndScratch(Boolean scratch, Boolean isolated, boolean rejected) {
            List<String> expected = rejected ? List.of("Build cannot be both isolated and scratch") : List.of();
            assertEquals(expected, cli(valid().scratch(scratch).isolated(isolated)));
            assertEquals(expected, builder(valid().scratch(scratch).isolated(isolated)));
        }

        /** Upstream test_arch_override_restriction (CLI) and test_arch_override (builder). */
        @ParameterizedTest(name = "override={0} scratch={1} isolated={2}")
        @CsvSource({
            "x86_64, true, , false",
            "x86_64, , true, false",
            "x86_64, , , true",
            "x86_64, false, false, true",
            "'x86_64 ppc64le', , , true",
            "'', , , false",
            "'', true, , false",
            ", , , false",
        })
        void archOverrideNeedsScratchOrIsolated(String override, Boolean scratch, Boolean isolated, boolean rejected) {
            ContainerBuildOptions.Builder options = valid().archOverride(override).scratch(scratch).isolated(isolated);
            assertEquals(rejected ? List.of("--arch-override is only allowed for --scratch or --isolated builds") : List.of(),
                    cli(options));
            assertEquals(rejected ? List.of("arch-override is only allowed for isolated or scratch builds") : List.of(),
                    builder(options));
        }

        /** Upstream test_compose_id_arg_restrictions / test_compose_ids_and_signing_intent. */
        @Test
        void signingIntentExcludesComposeIds() {
            ContainerBuildOptions.Builder both = valid().signingIntent("release").composeIds(List.of(1, 2));
            assertEquals(List.of("--signing-intent cannot be used with --compose-id"), cli(both));
            assertEquals(List.of("signing_intent used with compose_ids"), builder(both));

            assertEquals(List.of(), cli(valid().signingIntent("release")));
            assertEquals(List.of(), builder(valid().composeIds(List.of(1))));
            assertEquals(List.of(), cli(valid().composeIds(List.of(1)).yumRepoUrls(List.of("http://a.repo"))));
            assertEquals(List.of(), builder(valid().composeIds(List.of(1)).yumRepoUrls(List.of("http://a.repo"))));
            // Python truthiness: empty values do not count
            assertEquals(List.of(), builder(valid().signingIntent("").composeIds(List.of(1))));
            assertEquals(List.of(), cli(valid().signingIntent("release").composeIds(List.of())));
        }

        /** Upstream test_isolated_operator_csv_modification_url. */
        @Test
        void csvUrlIsOnlyForIsolatedBuilds() {
            ContainerBuildOptions.Builder notIsolated = valid().operatorCsvModificationsUrl("https://example.com/test.json");
            assertEquals(List.of("Only --isolated builds support option --operator-csv-modifications-url"), cli(notIsolated));
            assertEquals(List.of(), cli(notIsolated.isolated(true)));
            assertEquals(List.of("Only --isolated builds support option --operator-csv-modifications-url"),
                    cli(valid().operatorCsvModificationsUrl("https://example.com").scratch(true)));
        }

        /** Upstream test_source_operator_csv_modification_url_invalid_value. */
        @ParameterizedTest
        @CsvSource({"https//example.com, true", "example.com, true", "https://example.com, false",
            "https://example.com/test.json, false"})
        void csvUrlMustLookLikeAnUrl(String url, boolean rejected) {
            ContainerBuildOptions.Builder options = valid().isolated(true).operatorCsvModificationsUrl(url);
            assertEquals(rejected ? List.of("Value provided to --operator-csv-modifications-url does not look like an URL")
                    : List.of(), cli(options));
        }

        @Test
        void theBuilderLeavesCsvUrlChecksToTheBuildService() {
            assertEquals(List.of(), builder(valid().operatorCsvModificationsUrl("example.com")));
        }

        /** Upstream test_skip_build: true is refused, false is accepted (rpkg sends it). */
        @Test
        void skipBuildIsRemoved() {
            assertEquals(List.of("'skip_build' functionality has been removed"), builder(valid().skipBuild(true)));
            assertEquals(List.of(), builder(valid().skipBuild(false)));
            assertEquals(List.of(), cli(valid().skipBuild(true)));
        }
    }

    @Nested
    class Order {

        private final ContainerBuildOptions everythingWrong = ContainerBuildOptions.builder()
                .scratch(true)
                .isolated(true)
                .archOverride("x86_64")
                .signingIntent("release")
                .composeIds(List.of(1))
                .skipBuild(true)
                .operatorCsvModificationsUrl("example.com")
                .build();

        @Test
        void theCliReportsInItsOwnOrder() {
            // scratch+isolated also makes the override legal, so the CSV rules and the branch come first
            ContainerBuildOptions overrideAlone = everythingWrong.toBuilder().scratch(null).isolated(null).build();
            assertEquals(List.of(ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED, SIGNING_INTENT_WITH_COMPOSE_IDS,
                    CSV_URL_NEEDS_ISOLATED, CSV_URL_NOT_AN_URL, GIT_BRANCH_REQUIRED),
                    rules(validator.validate(overrideAlone, Audience.CLI)));
            assertEquals(List.of(SIGNING_INTENT_WITH_COMPOSE_IDS, CSV_URL_NOT_AN_URL, GIT_BRANCH_REQUIRED,
                    SCRATCH_AND_ISOLATED), rules(validator.validate(everythingWrong, Audience.CLI)));
        }

        @Test
        void theBuilderReportsInItsOwnOrder() {
            assertEquals(List.of(GIT_BRANCH_REQUIRED, SCRATCH_AND_ISOLATED, SKIP_BUILD_REMOVED,
                    SIGNING_INTENT_WITH_COMPOSE_IDS), rules(validator.validate(everythingWrong, Audience.BUILDER)));
            ContainerBuildOptions overrideAlone = everythingWrong.toBuilder().scratch(null).isolated(null).build();
            assertEquals(List.of(GIT_BRANCH_REQUIRED, ARCH_OVERRIDE_NEEDS_SCRATCH_OR_ISOLATED, SKIP_BUILD_REMOVED,
                    SIGNING_INTENT_WITH_COMPOSE_IDS), rules(validator.validate(overrideAlone, Audience.BUILDER)));
        }

        @Test
        void violationsCarryTheAudiencesMessage() {
            List<Violation> violations = validator.validate(everythingWrong, Audience.BUILDER);
            assertEquals(new Violation(GIT_BRANCH_REQUIRED, "Git branch must be specified"), violations.get(0));
            assertEquals(List.of("Git branch must be specified", "Build cannot be both isolated and scratch",
                    "'skip_build' functionality has been removed", "signing_intent used with compose_ids"),
                    messages(violations));
        }

        private List<OptionsRule> rules(List<Violation> violations) {
            return violations.stream().map(Violation::rule).toList();
        }
    }

    @Test
    void rulesKnowWhichAudienceChecksThem() {
        assertTrue(CSV_URL_NEEDS_ISOLATED.appliesTo(Audience.CLI));
        assertFalse(CSV_URL_NEEDS_ISOLATED.appliesTo(Audience.BUILDER));
        assertFalse(SKIP_BUILD_REMOVED.appliesTo(Audience.CLI));
        assertTrue(SKIP_BUILD_REMOVED.appliesTo(Audience.BUILDER));
        assertTrue(GIT_BRANCH_REQUIRED.appliesTo(Audience.CLI) && GIT_BRANCH_REQUIRED.appliesTo(Audience.BUILDER));
    }

    /** CLI §4.2 and the builder's anyOf. */
    @Nested
    class SourceBuilds {

        @ParameterizedTest
        @EnumSource(Audience.class)
        void anIdOrAnNvrOrBothAreEnough(Audience audience) {
            assertEquals(List.of(), validator.validate(SourceContainerBuildOptions.builder().kojiBuildId(1).build(), audience));
            assertEquals(List.of(), validator.validate(
                    SourceContainerBuildOptions.builder().kojiBuildNvr("n-v-r").build(), audience));
            assertEquals(List.of(), validator.validate(
                    SourceContainerBuildOptions.builder().kojiBuildId(1).kojiBuildNvr("n-v-r").build(), audience));
        }

        @Test
        void theCliWantsOne() {
            List<Violation> violations = validator.validate(
                    SourceContainerBuildOptions.builder().scratch(true).build(), Audience.CLI);
            assertEquals(List.of(new Violation(OptionsRule.SOURCE_BUILD_REQUIRED,
                    "at least one of --koji-build-id and --koji-build-nvr has to be specified")), violations);
        }

        @Test
        void theCliTreatsIdZeroAndAnEmptyNvrAsMissing() {
            assertEquals(1, validator.validate(SourceContainerBuildOptions.builder().kojiBuildId(0).build(),
                    Audience.CLI).size());
            assertEquals(1, validator.validate(SourceContainerBuildOptions.builder().kojiBuildNvr("").build(),
                    Audience.CLI).size());
        }

        @Test
        void theBuilderOnlyAsksForPresence() {
            assertEquals(List.of(), validator.validate(SourceContainerBuildOptions.builder().kojiBuildId(0).build(),
                    Audience.BUILDER));
            assertEquals(List.of(), validator.validate(SourceContainerBuildOptions.builder().kojiBuildNvr("").build(),
                    Audience.BUILDER));
        }

        @Test
        void theBuilderWordsItLikeJsonschema() {
            List<Violation> violations = validator.validate(SourceContainerBuildOptions.builder().scratch(true)
                    .signingIntent("release").build(), Audience.BUILDER);
            assertEquals(List.of(new Violation(OptionsRule.SOURCE_BUILD_REQUIRED,
                    "{'scratch': True, 'signing_intent': 'release'} is not valid under any of the given schemas")),
                    violations);
            assertEquals("{} is not valid under any of the given schemas", validator.validate(
                    SourceContainerBuildOptions.builder().build(), Audience.BUILDER).get(0).message());
        }
    }
}
