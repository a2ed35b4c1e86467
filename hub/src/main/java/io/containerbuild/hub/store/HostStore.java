package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Build hosts: their accounts, configuration, heartbeats and channel memberships. */
public final class HostStore {
    /** Koji's default for a new host. */
    public static final double DEFAULT_CAPACITY = 2.0;

    private static final String COLUMNS = """
            h.id, h.user_id, h.name, h.update_time, h.ready, h.task_load, h.arches, h.capacity, h.description,
            h.comment, h.enabled""";

    private final Database database;
    private final Clock clock;

    public HostStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Koji's {@code addHost}: the host's account (usertype HOST, with a password hash or null), the
     * host with capacity 2.0, enabled and not ready, listening on channel {@code default}; all or
     * nothing.
     *
     * @param arches space-separated
     * @throws KojiFault GenericError {@code host already exists: NAME} or {@code user already exists: NAME}
     */
    public Host create(String name, String arches, String passwordHash, Integer creatorId) {
        return database.inTransaction(connection -> {
            if (Sql.one(connection, "SELECT 1 FROM hosts WHERE name = ?", row -> true, name).isPresent()) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "host already exists: " + name);
            }
            User user = new UserStore(database).create(name, UserType.HOST, passwordHash);
            int event = EventStore.next(connection, clock);
            int id = Sql.insert(connection, """
                    INSERT INTO hosts (user_id, name, arches, capacity, ready, enabled, task_load, create_event)
                    VALUES (?, ?, ?, ?, FALSE, TRUE, 0.0, ?)""", user.id(), name, arches, DEFAULT_CAPACITY, event);
            addToChannel(connection, id, channelId(connection, "default"), creatorId, event);
            return new Host(id, user.id(), name, null, false, 0.0, arches, DEFAULT_CAPACITY, null, null, true);
        });
    }

    public Optional<Host> get(int id) {
        return database.inTransaction(connection -> one(connection, "h.id = ?", id));
    }

    public Optional<Host> getByName(String name) {
        return database.inTransaction(connection -> one(connection, "h.name = ?", name));
    }

    /** The host whose account a session is logged in as ({@code host.getID}). */
    public Optional<Host> getByUserId(int userId) {
        return database.inTransaction(connection -> one(connection, "h.user_id = ?", userId));
    }

    /** Every host, by id ({@code listHosts()}). */
    public List<Host> list() {
        return database.inTransaction(connection ->
                Sql.list(connection, "SELECT " + COLUMNS + " FROM hosts h ORDER BY h.id", HostStore::read));
    }

    /** The hosts listening on a channel now ({@code listHosts(channelID=)}). */
    public List<Host> listByChannel(int channelId) {
        return database.inTransaction(connection -> Sql.list(connection, "SELECT " + COLUMNS + """
                 FROM hosts h JOIN host_channels hc ON hc.host_id = h.id
                WHERE hc.channel_id = ? AND hc.active = TRUE
                ORDER BY h.id""", HostStore::read, channelId));
    }

    /**
     * The heartbeat ({@code host.updateHost}): load, readiness and, when not null, the scheduler
     * hints as JSON text. Answers false for an unknown host.
     */
    public boolean heartbeat(int hostId, double taskLoad, boolean ready, String data) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE hosts SET task_load = ?, ready = ?, update_time = ?, data = COALESCE(?, data)
                WHERE id = ?""", taskLoad, ready, now, data, hostId) == 1);
    }

    /** The scheduler hints of the last heartbeat that sent any (JSON text). */
    public Optional<String> data(int hostId) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT data FROM hosts WHERE id = ?", row -> row.getString("data"), hostId));
    }

    /** {@code editHost}; answers false for an unknown host. Records an event. */
    public boolean edit(int hostId, HostChanges changes) {
        return database.inTransaction(connection -> {
            if (one(connection, "h.id = ?", hostId).isEmpty()) {
                return false;
            }
            EventStore.next(connection, clock);
            return Sql.update(connection, """
                    UPDATE hosts SET arches = COALESCE(?, arches), capacity = COALESCE(?, capacity),
                        description = COALESCE(?, description), comment = COALESCE(?, comment),
                        enabled = COALESCE(?, enabled)
                    WHERE id = ?""", changes.arches(), changes.capacity(), changes.description(), changes.comment(),
                    changes.enabled(), hostId) == 1;
        });
    }

    /** Hosts silent since before {@code cutoff} are no longer ready; answers how many changed. */
    public int markNotReadyIfSilentSince(Instant cutoff) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE hosts SET ready = FALSE WHERE ready = TRUE AND (update_time IS NULL OR update_time < ?)",
                cutoff));
    }

    /** {@code addHostToChannel}; false when the host already listens on it. */
    public boolean addToChannel(int hostId, int channelId, Integer creatorId) {
        return database.inTransaction(connection -> {
            if (listens(connection, hostId, channelId)) {
                return false;
            }
            return addToChannel(connection, hostId, channelId, creatorId, EventStore.next(connection, clock));
        });
    }

    /** {@code removeHostFromChannel}; false when the host did not listen on it. */
    public boolean removeFromChannel(int hostId, int channelId, Integer revokerId) {
        return database.inTransaction(connection -> {
            if (!listens(connection, hostId, channelId)) {
                return false;
            }
            int event = EventStore.next(connection, clock);
            return Sql.update(connection, """
                    UPDATE host_channels SET active = NULL, revoke_event = ?, revoker_id = ?
                    WHERE host_id = ? AND channel_id = ? AND active = TRUE""",
                    event, revokerId, hostId, channelId) == 1;
        });
    }

    /** The ids of the channels a host listens on now. */
    public List<Integer> channelIds(int hostId) {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT channel_id FROM host_channels WHERE host_id = ? AND active = TRUE ORDER BY channel_id",
                row -> row.getInt("channel_id"), hostId));
    }

    private static boolean addToChannel(Connection connection, int hostId, int channelId, Integer creatorId, int event)
            throws SQLException {
        return Sql.updateUnlessDuplicate(connection, """
                INSERT INTO host_channels (host_id, channel_id, create_event, creator_id, active)
                VALUES (?, ?, ?, ?, TRUE)""", hostId, channelId, event, creatorId);
    }

    private static boolean listens(Connection connection, int hostId, int channelId) throws SQLException {
        return Sql.one(connection,
                "SELECT 1 FROM host_channels WHERE host_id = ? AND channel_id = ? AND active = TRUE",
                row -> true, hostId, channelId).isPresent();
    }

    private static int channelId(Connection connection, String name) throws SQLException {
        return Sql.one(connection, "SELECT id FROM channels WHERE name = ?", row -> row.getInt("id"), name)
                .orElseThrow(() -> new StoreException("channel " + name + " is missing; the schema seeds it"));
    }

    private static Optional<Host> one(Connection connection, String condition, Object value) throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM hosts h WHERE " + condition, HostStore::read, value);
    }

    private static Host read(ResultSet row) throws SQLException {
        return new Host(row.getInt("id"), row.getInt("user_id"), row.getString("name"), Times.read(row, "update_time"),
                row.getBoolean("ready"), row.getDouble("task_load"), row.getString("arches"), row.getDouble("capacity"),
                row.getString("description"), row.getString("comment"), row.getBoolean("enabled"));
    }
}
