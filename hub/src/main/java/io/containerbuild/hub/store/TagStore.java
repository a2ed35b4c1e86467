package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Tags. There is no tag inheritance: a tag's build config ({@code getBuildConfig}) is its own
 * configuration.
 */
public final class TagStore {
    private static final String SELECT = """
            SELECT t.id, t.name, t.arches, t.perm_id, p.name AS perm, t.locked, t.maven_support, t.maven_include_all,
                t.extra
            FROM tags t LEFT JOIN permissions p ON p.id = t.perm_id""";

    private final Database database;
    private final Clock clock;

    public TagStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * {@code createTag(name, parent=None, arches=None, perm=None, locked=False, ...)}.
     *
     * @throws KojiFault GenericError {@code A tag with the name NAME already exists}
     */
    public Tag create(String name, String arches, boolean locked, Integer permId, String extra) {
        return database.inTransaction(connection -> {
            int event = EventStore.next(connection, clock);
            int id = Sql.insertUnlessDuplicate(connection, """
                    INSERT INTO tags (name, arches, perm_id, locked, extra, create_event, update_event)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", name, arches, permId, locked, extra, event, event)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR,
                            "A tag with the name " + name + " already exists"));
            return one(connection, "t.id = ?", id).orElseThrow();
        });
    }

    public Optional<Tag> get(int id) {
        return database.inTransaction(connection -> one(connection, "t.id = ?", id));
    }

    public Optional<Tag> getByName(String name) {
        return database.inTransaction(connection -> one(connection, "t.name = ?", name));
    }

    /** Every tag, by id. */
    public List<Tag> list() {
        return database.inTransaction(connection -> Sql.list(connection, SELECT + " ORDER BY t.id", TagStore::read));
    }

    /**
     * Writes a tag's whole configuration ({@code editTag}: read, change with {@code with*}, write);
     * answers false for an unknown id. Records an event.
     *
     * @throws KojiFault GenericError {@code A tag with the name NAME already exists} on a rename
     *     onto another tag's name
     */
    public boolean update(Tag tag) {
        return database.inTransaction(connection -> {
            if (one(connection, "t.id = ?", tag.id()).isEmpty()) {
                return false;
            }
            int event = EventStore.next(connection, clock);
            boolean written = Sql.updateUnlessDuplicate(connection, """
                    UPDATE tags SET name = ?, arches = ?, perm_id = ?, locked = ?, maven_support = ?,
                        maven_include_all = ?, extra = ?, update_event = ?
                    WHERE id = ?""", tag.name(), tag.arches(), tag.permId(), tag.locked(), tag.mavenSupport(),
                    tag.mavenIncludeAll(), tag.extra(), event, tag.id());
            if (!written) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "A tag with the name " + tag.name() + " already exists");
            }
            return true;
        });
    }

    static Optional<Tag> one(Connection connection, String condition, Object value) throws SQLException {
        return Sql.one(connection, SELECT + " WHERE " + condition, TagStore::read, value);
    }

    private static Tag read(ResultSet row) throws SQLException {
        return new Tag(row.getInt("id"), row.getString("name"), row.getString("arches"), Sql.nullableInt(row, "perm_id"),
                row.getString("perm"), row.getBoolean("locked"), row.getBoolean("maven_support"),
                row.getBoolean("maven_include_all"), row.getString("extra"));
    }
}
