package io.containerbuild.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndDropsComments() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER)", "INSERT INTO a VALUES ('x;y -- z', 'it''s')",
                "SELECT \"a;b\" FROM a"), SqlScript.statements("""
                -- a comment; with a semicolon
                CREATE TABLE a (x INTEGER); -- trailing
                INSERT INTO a VALUES ('x;y -- z', 'it''s');
                SELECT "a;b" FROM a
                """));
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 'oops"));
    }

    @Test
    void theIndexListsEveryMigrationFileInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> onDisk = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".sql")).sorted().toList();
            assertEquals(onDisk, MigrationRunner.available().stream()
                    .map(migration -> "V" + migration.version() + "__"
                            + migration.description().replace(' ', '_') + ".sql")
                    .sorted().toList());
        }
    }

    @Test
    void migrationNamesAreChecked() {
        assertEquals(3, Migration.of("V3__add_things.sql", "x").version());
        assertEquals("add things", Migration.of("V3__add_things.sql", "x").description());
        assertEquals(Migration.of("V1__a.sql", "a\r\nb").checksum(), Migration.of("V1__a.sql", "a\nb").checksum());
        assertThrows(StoreException.class, () -> Migration.of("initial.sql", "x"));
    }
}
