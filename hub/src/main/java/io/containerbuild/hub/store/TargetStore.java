package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Build targets. */
public final class TargetStore {
    private static final String SELECT = """
            SELECT bt.id, bt.name, bt.build_tag, b.name AS build_tag_name, bt.dest_tag, d.name AS dest_tag_name
            FROM build_targets bt JOIN tags b ON b.id = bt.build_tag JOIN tags d ON d.id = bt.dest_tag""";

    private final Database database;
    private final Clock clock;

    public TargetStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * {@code createBuildTarget(name, build_tag, dest_tag)}.
     *
     * @throws KojiFault GenericError {@code A build target with the name 'NAME' already exists}
     */
    public BuildTarget create(String name, int buildTagId, int destTagId) {
        return database.inTransaction(connection -> {
            int event = EventStore.next(connection, clock);
            int id = Sql.insertUnlessDuplicate(connection, """
                    INSERT INTO build_targets (name, build_tag, dest_tag, create_event, update_event)
                    VALUES (?, ?, ?, ?, ?)""", name, buildTagId, destTagId, event, event)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR,
                            "A build target with the name '" + name + "' already exists"));
            return one(connection, "bt.id = ?", id).orElseThrow();
        });
    }

    public Optional<BuildTarget> get(int id) {
        return database.inTransaction(connection -> one(connection, "bt.id = ?", id));
    }

    public Optional<BuildTarget> getByName(String name) {
        return database.inTransaction(connection -> one(connection, "bt.name = ?", name));
    }

    /** Every target, by name ({@code getBuildTargets()}). */
    public List<BuildTarget> list() {
        return database.inTransaction(connection ->
                Sql.list(connection, SELECT + " ORDER BY bt.name", TargetStore::read));
    }

    /** The targets that build in or land in a tag. */
    public List<BuildTarget> listByTag(int tagId) {
        return database.inTransaction(connection -> Sql.list(connection,
                SELECT + " WHERE bt.build_tag = ? OR bt.dest_tag = ? ORDER BY bt.name", TargetStore::read, tagId, tagId));
    }

    /**
     * {@code editBuildTarget}; answers false for an unknown id. Records an event.
     *
     * @throws KojiFault GenericError on a rename onto another target's name
     */
    public boolean update(int id, String name, int buildTagId, int destTagId) {
        return database.inTransaction(connection -> {
            if (one(connection, "bt.id = ?", id).isEmpty()) {
                return false;
            }
            int event = EventStore.next(connection, clock);
            if (!Sql.updateUnlessDuplicate(connection,
                    "UPDATE build_targets SET name = ?, build_tag = ?, dest_tag = ?, update_event = ? WHERE id = ?",
                    name, buildTagId, destTagId, event, id)) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "A build target with the name '" + name + "' already exists");
            }
            return true;
        });
    }

    private static Optional<BuildTarget> one(Connection connection, String condition, Object value) throws SQLException {
        return Sql.one(connection, SELECT + " WHERE " + condition, TargetStore::read, value);
    }

    private static BuildTarget read(ResultSet row) throws SQLException {
        return new BuildTarget(row.getInt("id"), row.getString("name"), row.getInt("build_tag"),
                row.getString("build_tag_name"), row.getInt("dest_tag"), row.getString("dest_tag_name"));
    }
}
