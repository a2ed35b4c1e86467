package io.containerbuild.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ConfigurationError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed getters and their errors. */
class IniSectionTest {

    private static final String FILE = "/etc/kojid/kojid.conf";

    private static IniSection kojid(String body) {
        return IniFile.parse("[kojid]\n" + body + "\n", FILE).section("kojid");
    }

    private static String error(Runnable lookup) {
        return assertThrows(ConfigurationError.class, lookup::run).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "yes", "true", "on", "YES", "True", "On", "TRUE"})
    void pythonTrueValues(String value) {
        assertTrue(kojid("flag = " + value).bool("flag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "no", "false", "off", "NO", "False", "OFF"})
    void pythonFalseValues(String value) {
        assertFalse(kojid("flag = " + value).bool("flag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "y", "n", "enabled", "''"})
    void otherBooleansAreErrors(String value) {
        String shown = value.equals("''") ? "" : value;
        assertEquals(FILE + ": [kojid] flag: '" + shown + "' is not a boolean",
                error(() -> kojid("flag = " + value).bool("flag")));
    }

    @Test
    void booleanDefaults() {
        assertTrue(kojid("").bool("flag", true));
        assertFalse(kojid("flag = off").bool("flag", true));
        assertEquals(FILE + ": [kojid] flag: required key is missing", error(() -> kojid("").bool("flag")));
    }

    @ParameterizedTest
    @CsvSource({"5, 5", "-3, -3", "+7, 7", "0010, 10", "2147483647, 2147483647"})
    void integers(String text, int value) {
        assertEquals(value, kojid("maxjobs = " + text).integer("maxjobs"));
    }

    @Test
    void integerErrorsNameFileSectionAndKey() {
        assertEquals("/etc/kojid/kojid.conf: [kojid] maxjobs: 'many' is not an integer",
                error(() -> kojid("maxjobs = many").integer("maxjobs")));
        assertEquals(FILE + ": [kojid] maxjobs: '1.5' is not an integer", error(() -> kojid("maxjobs = 1.5").integer("maxjobs")));
        assertEquals(FILE + ": [kojid] maxjobs: '' is not an integer", error(() -> kojid("maxjobs =").integer("maxjobs")));
        assertEquals(FILE + ": [kojid] maxjobs: '99999999999' is out of range",
                error(() -> kojid("maxjobs = 99999999999").integer("maxjobs")));
        assertEquals(FILE + ": [kojid] maxjobs: required key is missing", error(() -> kojid("").integer("maxjobs")));
        assertEquals(FILE + ": [kojid] maxjobs: 'many' is not an integer",
                error(() -> kojid("maxjobs = many").integer("MaxJobs", 10)));
    }

    @Test
    void integerDefaults() {
        assertEquals(10, kojid("").integer("maxjobs", 10));
        assertEquals(3, kojid("maxjobs = 3").integer("maxjobs", 10));
    }

    @Test
    void strings() {
        IniSection s = kojid("server = https://h/kojihub");
        assertEquals("https://h/kojihub", s.string("server"));
        assertEquals("https://h/kojihub", s.string("server", "x"));
        assertEquals("x", s.string("other", "x"));
        assertEquals(Optional.of("https://h/kojihub"), s.optionalString("Server"));
        assertEquals(Optional.empty(), s.optionalString("other"));
        assertEquals(FILE + ": [kojid] other: required key is missing", error(() -> s.string("Other")));
    }

    @Test
    void lists() {
        IniSection s = kojid("plugins = a  b\tc\narches = x86_64, ppc64le,s390x\nempty =");
        assertEquals(List.of("a", "b", "c"), s.list("plugins"));
        assertEquals(List.of("x86_64,", "ppc64le,s390x"), s.list("arches"));
        assertEquals(List.of("x86_64", "ppc64le", "s390x"), s.list("arches", ListSyntax.SPACES_OR_COMMAS));
        assertEquals(List.of(), s.list("empty"));
        assertEquals(List.of(), s.list("missing"));
        assertEquals(List.of("a"), kojid("l = ,a,").list("l", ListSyntax.SPACES_OR_COMMAS));
    }

    @Test
    void paths() {
        IniSection s = kojid("topdir = /mnt/koji\nempty =\npluginpath = /a:/b::/c ");
        assertEquals(Path.of("/mnt/koji"), s.path("topdir"));
        assertEquals(Path.of("/x"), s.path("missing", Path.of("/x")));
        assertEquals(List.of(Path.of("/a"), Path.of("/b"), Path.of("/c")), s.searchPath("pluginpath"));
        assertEquals(List.of(), s.searchPath("missing"));
        assertEquals(FILE + ": [kojid] empty: '' is not a path", error(() -> s.path("empty")));
        assertEquals(FILE + ": [kojid] missing: required key is missing", error(() -> s.path("missing")));
    }

    @Test
    void seconds() {
        IniSection s = kojid("timeout = 3600\nnegative = -1\nwords = soon");
        assertEquals(Duration.ofHours(1), s.seconds("timeout"));
        assertEquals(Duration.ofSeconds(10800), s.seconds("missing", Duration.ofSeconds(10800)));
        assertEquals(FILE + ": [kojid] negative: '-1' is not a number of seconds", error(() -> s.seconds("negative")));
        assertEquals(FILE + ": [kojid] words: 'soon' is not an integer", error(() -> s.seconds("words")));
    }

    @Test
    void nameAndKeys() {
        IniSection s = kojid("b = 1\na = 2");
        assertEquals("kojid", s.name());
        assertEquals(List.of("b", "a"), List.copyOf(s.keys()));
        assertTrue(s.has("B"));
        assertFalse(s.has("c"));
    }
}
