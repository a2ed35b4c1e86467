package io.containerbuild.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArchesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "i386, i386", "i486, i386", "i586, i386", "i686, i386", "athlon, i386",
        "x86_64, x86_64", "ia32e, x86_64",
        "ppc64le, ppc64le", "ppc64, ppc64", "ppc64p7, ppc64", "ppc64pseries, ppc64", "ppc64iseries, ppc64",
        "ppc, ppc",
        "s390x, s390x", "s390, s390",
        "aarch64, aarch64",
        "armv7hl, armhfp", "armv7hnl, armhfp", "armv6hl, armhfp",
        "armv7l, arm", "armv5tel, arm",
        "sparc64v, sparc64", "sparcv9, sparc", "alphaev6, alpha",
        "noarch, noarch", "src, src", "riscv64, riscv64",
        // Koji's canonArch, not rpm's compatibility table: these stay or go to Koji's answer
        "amd64, amd64", "geode, geode", "arm64, arm",
        // fnmatch is case-sensitive
        "I686, I686", "X86_64, X86_64",
    })
    void canonicalMatchesKojiCanonArch(String arch, String canonical) {
        assertEquals(canonical, Arches.canonical(arch));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x86_64,ppc64le | x86_64 ppc64le",
        "x86_64 ppc64le | x86_64 ppc64le",
        "' x86_64  ,ppc64le, ' | x86_64 ppc64le",
        "x86_64 | x86_64",
        "'' | ''",
        "',,  ,' | ''",
        "aarch64,s390x,x86_64 | aarch64 s390x x86_64",
    })
    void normalizeTurnsCommasIntoSingleSpaces(String input, String expected) {
        assertEquals(expected, Arches.normalize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64;ppc64le", "x86_64\tppc64le", "x86_64\nppc64le", "x86.64", "$(id)", "ä"})
    void normalizeRejectsCharactersKojiDoesNotAllow(String input) {
        KojiFault fault = assertThrows(KojiFault.class, () -> Arches.normalize(input));
        assertEquals(FaultCode.GENERIC_ERROR.code(), fault.faultCode());
        assertEquals("Architecture can be only [a-zA-Z0-9_-]", fault.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x86_64,ppc64le", "x86_64 ppc64le"})
    void parseGivesTheList(String input) {
        assertEquals(List.of("x86_64", "ppc64le"), Arches.parse(input));
    }
}
