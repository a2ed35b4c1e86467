package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.ArchiveType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pieces that turn Koji's search arguments into SQL terms. */
class SearchTermsTest {
    private static final ArchiveType TAR = new ArchiveType(1, "tar", "Tar file", "tar tar.gz tar.bz2 tar.xz tgz", "tar");
    private static final ArchiveType JSON = new ArchiveType(3, "json", "JSON data", "json", null);

    @Test
    void globsAndPrefixesBecomeLikePatternsWithOnlyTheirOwnWildcards() {
        assertEquals("app-%-_.0", LikePattern.glob("app-*-?.0"));
        assertEquals("a\\_b\\%c\\\\%", LikePattern.glob("a_b%c\\*"));
        assertEquals("ap\\_p*%", LikePattern.prefix("ap_p*"));
    }

    @Test
    void archiveTypesComeFromTheShortestKnownExtension() {
        assertEquals(Optional.of(TAR), ArchiveTypeMatch.forFilename("docker-image-x.x86_64.TAR.GZ", List.of(JSON, TAR)));
        assertEquals(Optional.of(JSON), ArchiveTypeMatch.forFilename("icm-x86_64.json", List.of(TAR, JSON)));
        assertEquals(Optional.empty(), ArchiveTypeMatch.forFilename("image.qcow2", List.of(TAR, JSON)));
        assertEquals(Optional.empty(), ArchiveTypeMatch.forFilename("README", List.of(TAR, JSON)));
    }

    @Test
    void queryOptionsOrderOnlyByKnownFields() {
        QueryOptions options = QueryOptions.from(Map.of("order", "-nvr,state", "limit", 5, "offset", 10));

        assertEquals(" ORDER BY n DESC, s, b.id", options.orderBy(Map.of("nvr", "n", "state", "s"), "b.id"));
        assertEquals(5, options.limit());
        assertEquals("Invalid order term: state",
                assertThrows(ParameterError.class, () -> options.orderBy(Map.of("nvr", "n"), "b.id")).getMessage());
        assertThrows(ParameterError.class, () -> QueryOptions.from(Map.of("asList", true)));
        assertThrows(ParameterError.class, () -> QueryOptions.from(Map.of("limit", -1)));
    }

    @Test
    void timeFiltersTakeEpochSecondsOrIsoText() {
        assertEquals(Instant.parse("2024-01-31T12:00:00Z"), TimeArgument.parse("t", 1_706_702_400));
        assertEquals(Instant.parse("2024-01-31T12:00:00Z"), TimeArgument.parse("t", "2024-01-31 12:00:00"));
        assertEquals(Instant.parse("2024-01-31T10:00:00.5Z"), TimeArgument.parse("t", "2024-01-31T12:00:00.5+02:00"));
        assertEquals(Instant.parse("2024-01-31T00:00:00Z"), TimeArgument.parse("t", "2024-01-31"));
        assertNull(TimeArgument.parse("t", null));
        assertEquals("listBuilds(): t is not a time: 'soon'",
                assertThrows(ParameterError.class, () -> TimeArgument.parse("t", "soon")).getMessage());
    }

    @Test
    void pythonTextReadsLikeKojisMessages() {
        assertEquals("'foo-1-1'", PythonText.repr("foo-1-1"));
        assertEquals("\"it's\"", PythonText.repr("it's"));
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("name", "x");
        struct.put("n", 1);
        struct.put("ok", true);
        struct.put("no", null);
        assertEquals("{'name': 'x', 'n': 1, 'ok': True, 'no': None}", PythonText.repr(struct));
        assertEquals("<class 'list'>", PythonText.typeOf(List.of()));
    }
}
