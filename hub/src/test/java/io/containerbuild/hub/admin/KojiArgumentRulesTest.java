package io.containerbuild.hub.admin;

import io.containerbuild.wire.PythonText;
import static io.containerbuild.hub.admin.AdminHub.assertFault;
import static io.containerbuild.hub.admin.AdminHub.listOf;
import static io.containerbuild.hub.admin.AdminHub.mapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared rules for Koji's arguments: info values, names, arches, queryOpts and Python's texts. */
class KojiArgumentRulesTest {

    @Test
    void infoArgumentsAreIdsNamesOrStructsAsKojiReadsThem() {
        assertEquals(new NameOrId.Id(7), NameOrId.of(7));
        assertEquals(new NameOrId.Id(7), NameOrId.of(7L));
        assertEquals(new NameOrId.Name("f40"), NameOrId.of("f40"));
        assertEquals(new NameOrId.Id(12), NameOrId.of(mapOf("id", "12", "name", "ignored")));
        assertEquals(new NameOrId.Name("f40"), NameOrId.of(mapOf("name", "f40")));
        assertFault(1019, "Invalid name or id value: 1.5", () -> NameOrId.of(1.5));
        assertFault(1019, "Invalid name or id value: None", () -> NameOrId.of(null));
        assertFault(1019, "Invalid name or id value: {'id': 'x'}", () -> NameOrId.of(mapOf("id", "x")));
        assertFault(1019, "Invalid name or id value: 5000000000", () -> NameOrId.of(5_000_000_000L));
    }

    @Test
    void pythonTextWritesValuesAsPythonWould() {
        assertEquals("'f40'", PythonText.repr("f40"));
        assertEquals("\"it's\"", PythonText.repr("it's"));
        assertEquals("'a\\'b\"c'", PythonText.repr("a'b\"c"));
        assertEquals("'tab\\there\\n'", PythonText.repr("tab\there\n"));
        assertEquals("[1, None, True, {'k': [False]}]", PythonText.repr(listOf(1, null, true, mapOf("k", listOf(false)))));
        assertEquals("f40", PythonText.str("f40"));
        assertEquals("<class 'list'>", PythonText.typeOf(List.of()));
        assertEquals("<class 'NoneType'>", PythonText.typeOf(null));
    }

    @Test
    void namesFollowKojisPatternsAndTheColumnWidths() {
        assertEquals("container-candidate", NameRules.TAG.verify("container-candidate"));
        assertEquals("builder1.example.com", NameRules.HOST.verify("builder1.example.com"));
        assertEquals("alice@EXAMPLE", NameRules.USER.verify("alice@EXAMPLE"));
        assertFault(1000, "Name alice@EXAMPLE does not match RegexNameInternal value",
                () -> NameRules.TAG.verify("alice@EXAMPLE"));
        assertFault(1000, "Name c++ does not match RegexUserName value", () -> NameRules.USER.verify("c++"));
        assertFault(1000, "Name  does not match RegexNameInternal value", () -> NameRules.CHANNEL.verify(""));
        String longName = "p".repeat(51);
        assertFault(1000, "Name " + longName + " is too long. Max length is 50 characters",
                () -> NameRules.PERMISSION.verify(longName));
        assertFault(1000, "Name should be string", () -> NameRules.TAG.verify(5));
    }

    @Test
    void archesComeAsKojisStringsOrListsAndLeaveSpaceSeparated() {
        assertEquals("x86_64 aarch64", ArchesArgument.normalize("arches", "x86_64,aarch64"));
        assertEquals("x86_64 aarch64", ArchesArgument.normalize("arches", " x86_64   aarch64 "));
        assertEquals("x86_64 aarch64", ArchesArgument.normalize("arches", List.of("x86_64", "aarch64")));
        assertEquals("", ArchesArgument.normalize("arches", ""));
        assertEquals(null, ArchesArgument.normalize("arches", null));
        assertFault(1000, "Architecture can be only [a-zA-Z0-9_-]", () -> ArchesArgument.normalize("arches", "x86/64"));
        assertFault(1019, "arches must be a string or a list of arches, not int",
                () -> ArchesArgument.normalize("arches", 64));
    }

    @Test
    void queryOptionsOrderSliceCountAndListAsKojiDoes() {
        List<Map<String, Object>> rows = List.of(mapOf("id", 2, "name", "b"), mapOf("id", 1, "name", null),
                mapOf("id", 3, "name", "a"));

        assertEquals(rows, QueryOptions.apply(rows, null));
        assertEquals(List.of(rows.get(2), rows.get(0), rows.get(1)), QueryOptions.apply(rows, mapOf("order", "name")));
        assertEquals(List.of(rows.get(2), rows.get(0)), QueryOptions.apply(rows, mapOf("order", "-id", "limit", 2)));
        assertEquals(List.of(rows.get(0)), QueryOptions.apply(rows, mapOf("order", "id", "offset", 1, "limit", 1,
                "countOnly", false, "asList", false)));
        assertEquals(3, QueryOptions.apply(rows, mapOf("countOnly", true)));
        assertEquals(List.of(listOf(1, null)), QueryOptions.apply(rows, mapOf("order", "id", "limit", 1, "asList", true)));
        assertFault(1000, "Invalid order field: nosuch", () -> QueryOptions.apply(rows, mapOf("order", "nosuch")));
        assertFault(1019, "queryOpts limit must be a non-negative int, not -1",
                () -> QueryOptions.apply(rows, mapOf("limit", -1)));
    }

    @Test
    void truthIsPythons() {
        assertEquals(List.of(false, false, false, false, false, false),
                listOf(PythonTruth.of(null), PythonTruth.of(false), PythonTruth.of(0), PythonTruth.of(""),
                        PythonTruth.of(List.of()), PythonTruth.of(Map.of())));
        assertEquals(List.of(true, true, true, true), listOf(PythonTruth.of(true), PythonTruth.of(2),
                PythonTruth.of("x"), PythonTruth.of(List.of(0))));
    }
}
