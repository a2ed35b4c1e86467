package io.containerbuild.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ConfigurationError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ConfigParser conventions, checked on small texts. */
class IniSyntaxTest {

    private static IniSection section(String text) {
        return IniFile.parse(text, "test.conf").section("s");
    }

    private static String error(String text) {
        return assertThrows(ConfigurationError.class, () -> IniFile.parse(text, "test.conf")).getMessage();
    }

    @Test
    void keysAreCaseInsensitiveAndValuesTrimmed() {
        IniSection s = section("[s]\n  MaxJobs   =    5   \nServer: https://h/x\n");
        assertEquals("5", s.string("maxjobs"));
        assertEquals("5", s.string("MAXJOBS"));
        assertEquals("https://h/x", s.string("server"));
        assertEquals(Set.of("maxjobs", "server"), s.keys());
    }

    @Test
    void theFirstSeparatorSplits() {
        IniSection s = section("[s]\nurl = http://h:80/p?a=b\nhost:port = 1\n");
        assertEquals("http://h:80/p?a=b", s.string("url"));
        assertEquals("port = 1", s.string("host"));
    }

    @Test
    void keysWithDotsSurvive() {
        IniSection s = section("[s]\nlog.level = debug\n");
        assertEquals("debug", s.string("log.level"));
        assertEquals(Set.of("log.level"), s.keys());
    }

    @Test
    void commentLinesAreSkippedEvenIndentedOrInsideAValue() {
        IniSection s = section("# top\n[s]\n; semi\na = 1\n   # indented\nlist = x\n    y\n  ; between\n    z\n");
        assertEquals("1", s.string("a"));
        assertEquals(List.of("x", "y", "z"), s.list("list"));
    }

    @Test
    void inlineCommentsAfterWhitespaceAreStripped() {
        IniSection s = section("[s]\na = value ; comment\nb = value # comment\nc = a;b#c\n");
        assertEquals("value", s.string("a"));
        assertEquals("value", s.string("b"));
        assertEquals("a;b#c", s.string("c"));
    }

    @Test
    void indentedLinesContinueAValueJoinedWithNewlines() {
        IniSection s = section("[s]\nallowed_scms = a:/x\n    b:/y   ; note\n\n    c:/z\nnext = 1\n");
        assertEquals("a:/x\nb:/y\n\nc:/z", s.string("allowed_scms"));
        assertEquals(List.of("a:/x", "b:/y", "c:/z"), s.list("allowed_scms"));
        assertEquals("1", s.string("next"));
    }

    @Test
    void aValueMayStartOnTheNextLine() {
        IniSection s = section("[s]\nplugins =\n    one\n    two\n");
        assertEquals(List.of("one", "two"), s.list("plugins"));
    }

    @Test
    void continuationNeedsDeeperIndentThanTheKey() {
        IniSection s = section("[s]\n  a = 1\n  b = 2\n    more\n");
        assertEquals("1", s.string("a"));
        assertEquals("2\nmore", s.string("b"));
    }

    @Test
    void blankLinesEndAValueUnlessAContinuationFollows() {
        IniSection s = section("[s]\na = 1\n\n\nb = 2\n");
        assertEquals("1", s.string("a"));
        assertEquals("2", s.string("b"));
    }

    @Test
    void quotesAroundAValueAreRemoved() {
        IniSection s = section("[s]\na = \"two words\"\nb = 'x'\nc = say \"hi\"\n");
        assertEquals("two words", s.string("a"));
        assertEquals("x", s.string("b"));
        assertEquals("say \"hi\"", s.string("c"));
    }

    @Test
    void emptyValuesArePresent() {
        IniSection s = section("[s]\nempty =\n");
        assertEquals(Optional.of(""), s.optionalString("empty"));
        assertTrue(s.has("empty"));
        assertEquals(List.of(), s.list("empty"));
    }

    @Test
    void defaultSectionFillsEverySection() {
        IniFile ini = IniFile.parse("[DEFAULT]\ntopdir = /mnt/koji\nx = d\n[s]\nx = own\n[t]\n", "test.conf");
        assertEquals(Set.of("s", "t"), ini.sectionNames());
        assertEquals("own", ini.section("s").string("x"));
        assertEquals("/mnt/koji", ini.section("s").string("topdir"));
        assertEquals("d", ini.section("t").string("x"));
        assertEquals(Set.of("topdir", "x"), ini.section("t").keys());
        assertFalse(ini.hasSection("DEFAULT"));
    }

    @Test
    void crlfLineEndingsAreFine() {
        assertEquals(List.of("a", "b"), section("[s]\r\nl = a\r\n  b\r\n").list("l"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("x = 1\n[s]\n", "test.conf: line 1: 'x' is outside of any [section]"),
                Arguments.of("[s]\njust words\n", "test.conf: line 2: expected 'key = value', got 'just words'"),
                Arguments.of("[s]\n= value\n", "test.conf: line 2: empty key in '= value'"),
                Arguments.of("[s\nx = 1\n", "test.conf: line 1: malformed section header '[s'"),
                Arguments.of("[]\n", "test.conf: line 1: malformed section header '[]'"),
                Arguments.of("[s]\na = path \\\nb = 1\n",
                        "test.conf: line 2: a value may not end with a space and a backslash"),
                Arguments.of("[s]\na = 1\n   more \\\n",
                        "test.conf: line 3: a value may not end with a space and a backslash"),
                Arguments.of("[s]\na = 1\nA = 2\n", "test.conf: [s] a: duplicate key"),
                Arguments.of("[s]\na = 1\n[t]\n[s]\na = 2\n", "test.conf: [s] a: duplicate key"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedTextIsRejectedWithItsPlace(String text, String message) {
        assertEquals(message, error(text));
    }

    @Test
    void aTrailingBackslashWithoutSpaceIsJustACharacter() {
        assertEquals("C:\\dir\\", section("[s]\npath = C:\\dir\\\n").string("path"));
    }
}
