package io.containerbuild.osbs.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tag categories per kind of build (§5.2), and build names (§5.1). */
class TagPlanTest {

    private static final Map<String, String> LABELS = Map.of("version", "1.0", "release", "3", "name", "ns/app",
            "flavour", "mint");

    @Test
    void regularBuildsGetAllThreeCategories() {
        TagPlan plan = TagPlan.plan(BuildKind.REGULAR, "target-12345-20260101000000", LABELS,
                TagPlan.defaultFloating(List.of("extra", "latest")), warning -> { });
        assertEquals(List.of("target-12345-20260101000000"), plan.unique());
        assertEquals(List.of("1.0-3"), plan.primary());
        assertEquals(List.of("latest", "1.0", "extra"), plan.floating(), "duplicates are dropped");
        assertEquals(List.of("1.0-3", "target-12345-20260101000000", "latest", "1.0", "extra"), plan.all());
    }

    @Test
    void scratchBuildsGetTheUniqueTagOnly() {
        TagPlan plan = TagPlan.plan(BuildKind.SCRATCH, "u", LABELS, TagPlan.defaultFloating(List.of()), warning -> { });
        assertEquals(List.of("u"), plan.all());
    }

    @Test
    void isolatedAndSourceBuildsGetNoFloatingTags() {
        for (BuildKind kind : List.of(BuildKind.ISOLATED, BuildKind.SOURCE)) {
            TagPlan plan = TagPlan.plan(kind, "u", LABELS, TagPlan.defaultFloating(List.of("x")), warning -> { });
            assertEquals(List.of("1.0-3"), plan.primary());
            assertEquals(List.of(), plan.floating());
        }
    }

    @Test
    void templatesAreFilledFromLabelsAndBadTagsAreDroppedWithAWarning() {
        List<String> warnings = new ArrayList<>();
        TagPlan plan = TagPlan.plan(BuildKind.REGULAR, "u", LABELS,
                List.of("{version}-{flavour}", "{missing}", "bad tag", "-dash", "ok_1.2"), warnings::add);
        assertEquals(List.of("1.0-mint", "ok_1.2"), plan.floating());
        assertEquals(3, warnings.size(), warnings.toString());
    }

    @Test
    void buildNamesHaveOsbsForms() {
        BuildNames names = new BuildNames(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        assertTrue(names.buildName(BuildKind.SCRATCH, "git://h/r.git", "main").matches("scratch-\\d{5}-20260102030405"));
        assertTrue(names.buildName(BuildKind.ISOLATED, "git://h/r.git", "main").matches("isolated-\\d{5}-20260102030405"));
        assertTrue(names.buildName(BuildKind.SOURCE, null, null).matches("source-\\d{5}-20260102030405"));
        String regular = names.buildName(BuildKind.REGULAR, "git://h/rpms/My_App.git", "Release-1.x");
        assertTrue(regular.matches("myapp-release-1x-[0-9a-f]{5}-\\d{5}-20260102030405"), regular);
        String longName = names.buildName(BuildKind.REGULAR, "git://h/" + "a".repeat(80) + ".git", "b".repeat(80));
        assertTrue(longName.length() <= 63 && longName.contains("aaa") && longName.contains("bbb"), longName);
        assertTrue(names.uniqueTag("f40-container-candidate").matches("f40-container-candidate-\\d{5}-20260102030405"));
        assertTrue(names.uniqueTag(null).startsWith("none-"));
    }
}
