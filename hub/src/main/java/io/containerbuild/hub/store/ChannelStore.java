package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Channels. The schema seeds Koji's eight; the container-build channels ({@code container-binary},
 * {@code container-source}) are an admin's {@code addChannel}, as with upstream Koji.
 */
public final class ChannelStore {
    private static final String COLUMNS = "c.id, c.name, c.description, c.enabled, c.comment";

    private final Database database;

    public ChannelStore(Database database) {
        this.database = database;
    }

    /**
     * @throws KojiFault GenericError {@code channel NAME already exists (id=N)}
     */
    public Channel create(String name, String description) {
        return database.inTransaction(connection -> {
            Optional<Integer> id = Sql.insertUnlessDuplicate(connection,
                    "INSERT INTO channels (name, description, enabled) VALUES (?, ?, TRUE)", name, description);
            if (id.isEmpty()) {
                int existing = Sql.one(connection, "SELECT id FROM channels WHERE name = ?", row -> row.getInt("id"), name)
                        .orElse(-1);
                throw new KojiFault(FaultCode.GENERIC_ERROR, "channel " + name + " already exists (id=" + existing + ")");
            }
            return new Channel(id.get(), name, description, true, null);
        });
    }

    public Optional<Channel> get(int id) {
        return database.inTransaction(connection ->
                Sql.one(connection, "SELECT " + COLUMNS + " FROM channels c WHERE c.id = ?", ChannelStore::read, id));
    }

    public Optional<Channel> getByName(String name) {
        return database.inTransaction(connection ->
                Sql.one(connection, "SELECT " + COLUMNS + " FROM channels c WHERE c.name = ?", ChannelStore::read, name));
    }

    /** Every channel, by id ({@code listChannels()}). */
    public List<Channel> list() {
        return database.inTransaction(connection ->
                Sql.list(connection, "SELECT " + COLUMNS + " FROM channels c ORDER BY c.id", ChannelStore::read));
    }

    /** The channels a host listens on now ({@code listChannels(hostID=)}). */
    public List<Channel> listByHost(int hostId) {
        return database.inTransaction(connection -> Sql.list(connection, "SELECT " + COLUMNS + """
                 FROM channels c JOIN host_channels hc ON hc.channel_id = c.id
                WHERE hc.host_id = ? AND hc.active = TRUE
                ORDER BY c.id""", ChannelStore::read, hostId));
    }

    /** Enables or disables a channel with an optional comment; false for an unknown id. */
    public boolean setEnabled(int channelId, boolean enabled, String comment) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE channels SET enabled = ?, comment = ? WHERE id = ?", enabled, comment, channelId) == 1);
    }

    private static Channel read(ResultSet row) throws SQLException {
        return new Channel(row.getInt("id"), row.getString("name"), row.getString("description"),
                row.getBoolean("enabled"), row.getString("comment"));
    }
}
