package io.containerbuild.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.BuildError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class BuildTagArchesTest {

    private static final String OVERRIDE_NOT_ALLOWED = "arch-override is only allowed for isolated or scratch builds";

    private final BuildTagArches tag = new BuildTagArches("f40-container-build", 42, "x86_64 ppc64le s390x aarch64");

    @Test
    void withoutOverrideTheTagArchesAreTheCandidates() {
        assertEquals(List.of("x86_64", "ppc64le", "s390x", "aarch64"), tag.platforms(null, false));
        assertEquals(List.of("x86_64", "ppc64le", "s390x", "aarch64"), tag.platforms(null, true));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void tagWithoutArchesFails(String arches) {
        BuildTagArches empty = new BuildTagArches("empty-build", 7, arches);
        BuildError e = assertThrows(BuildError.class, () -> empty.platforms("x86_64", true));
        assertEquals("No arches for tag empty-build [7]", e.getMessage());
    }

    @Test
    void noArchesIsReportedBeforeAForbiddenOverride() {
        BuildTagArches empty = new BuildTagArches("empty-build", 7, "");
        assertEquals("No arches for tag empty-build [7]",
                assertThrows(BuildError.class, () -> empty.platforms("x86_64", false)).getMessage());
    }

    /** Upstream test_arch_override: only the builder's own rule, scratch+isolated is rejected earlier. */
    @ParameterizedTest(name = "override=''{0}'' allowed={1}")
    @CsvSource({
        "'x86_64', true, x86_64",
        "'', true, x86_64 ppc64le s390x aarch64",
        "'', false, x86_64 ppc64le s390x aarch64",
        "'ppc64le x86_64', true, ppc64le x86_64",
    })
    void overrideIsHonouredForScratchOrIsolatedAndEmptyMeansNone(String override, boolean allowed, String expected) {
        assertEquals(Arches.split(expected), tag.platforms(override, allowed));
    }

    @ParameterizedTest
    @CsvSource({"x86_64", "' '", "bogus"})
    void anyNonEmptyOverrideOnANormalBuildFails(String override) {
        BuildError e = assertThrows(BuildError.class, () -> tag.platforms(override, false));
        assertEquals(OVERRIDE_NOT_ALLOWED, e.getMessage());
    }

    @Test
    void candidatesAreFilteredByCanonicalArchAndKeepTheirSpelling() {
        BuildTagArches i386Tag = new BuildTagArches("el-build", 1, "i386 x86_64");
        assertEquals(List.of("i686", "ia32e", "noarch"), i386Tag.platforms("i686 ia32e noarch amd64 ppc64le", true));
    }

    @Test
    void tagArchesAreCanonicalisedToo() {
        BuildTagArches tagWithVariants = new BuildTagArches("t", 1, "i686 ppc64p7 armv7hl");
        assertEquals(List.of("i386", "ppc64", "armhfp"), tagWithVariants.platforms("i386 ppc64 armhfp", true));
    }

    @Test
    void duplicatesAreDroppedKeepingTheFirst() {
        assertEquals(List.of("x86_64", "s390x"), tag.platforms("x86_64 s390x x86_64 s390x", true));
        BuildTagArches duplicated = new BuildTagArches("t", 1, "x86_64 x86_64");
        assertEquals(List.of("x86_64"), duplicated.platforms(null, false));
    }

    @Test
    void noarchAlwaysPasses() {
        assertEquals(List.of("noarch"), tag.platforms("noarch", true));
    }

    @ParameterizedTest
    @CsvSource({"riscv64", "' '", "'amd64 arm64'"})
    void nothingLeftFails(String override) {
        BuildError e = assertThrows(BuildError.class, () -> tag.platforms(override, true));
        assertEquals("No matching arches were found", e.getMessage());
    }

    @Test
    void tagOfOnlySpacesSelectsNothing() {
        BuildTagArches blank = new BuildTagArches("t", 1, "  ");
        assertEquals("No matching arches were found",
                assertThrows(BuildError.class, () -> blank.platforms(null, false)).getMessage());
    }
}
