package io.containerbuild.hub.store;

import java.util.List;
import java.util.Optional;

/** Content generators and the users allowed to import as them ({@code grantCGAccess}). */
public final class ContentGeneratorStore {
    private final Database database;

    public ContentGeneratorStore(Database database) {
        this.database = database;
    }

    /** The generator of that name, created when new. */
    public ContentGenerator ensure(String name) {
        return database.inTransaction(connection -> {
            Optional<ContentGenerator> existing = Sql.one(connection, "SELECT id, name FROM content_generators WHERE name = ?",
                    row -> new ContentGenerator(row.getInt("id"), row.getString("name")), name);
            if (existing.isPresent()) {
                return existing.get();
            }
            Optional<Integer> id = Sql.insertUnlessDuplicate(connection,
                    "INSERT INTO content_generators (name) VALUES (?)", name);
            return id.map(created -> new ContentGenerator(created, name))
                    .orElseGet(() -> get(name).orElseThrow());
        });
    }

    public Optional<ContentGenerator> get(String name) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, name FROM content_generators WHERE name = ?",
                row -> new ContentGenerator(row.getInt("id"), row.getString("name")), name));
    }

    /** Every generator, by id. */
    public List<ContentGenerator> list() {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT id, name FROM content_generators ORDER BY id",
                row -> new ContentGenerator(row.getInt("id"), row.getString("name"))));
    }

    /** Lets a user import as a generator; false when it already could. */
    public boolean grant(int cgId, int userId) {
        return database.inTransaction(connection -> Sql.updateUnlessDuplicate(connection,
                "INSERT INTO cg_users (cg_id, user_id) VALUES (?, ?)", cgId, userId));
    }

    /** False when the user could not import as the generator. */
    public boolean revoke(int cgId, int userId) {
        return database.inTransaction(connection ->
                Sql.update(connection, "DELETE FROM cg_users WHERE cg_id = ? AND user_id = ?", cgId, userId) == 1);
    }

    public boolean hasAccess(int cgId, int userId) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT 1 FROM cg_users WHERE cg_id = ? AND user_id = ?", row -> true, cgId, userId).isPresent());
    }
}
