package io.containerbuild.hub.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Koji's event sequence. Every write to versioned data (grants, host channels, tags, targets,
 * package lists, builds, tagging) takes a new event in its own transaction, so event ids order the
 * writes. Task and session updates take none, as in Koji: they are not versioned.
 */
public final class EventStore {
    private final Database database;

    public EventStore(Database database) {
        this.database = database;
    }

    /** The newest event ({@code getLastEvent()}); the schema starts with one. */
    public Event last() {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, event_time FROM events ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", EventStore::read)
                .orElseThrow(() -> new StoreException("the events table is empty; the schema seeds one event")));
    }

    /** The newest event strictly before a time ({@code getLastEvent(before=ts)}). */
    public Optional<Event> lastBefore(Instant before) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, event_time FROM events WHERE event_time < ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                EventStore::read, before));
    }

    public Optional<Event> get(int id) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, event_time FROM events WHERE id = ?", EventStore::read, id));
    }

    /** Takes the next event id, in the caller's transaction. */
    static int next(Connection connection, Clock clock) throws SQLException {
        return Sql.insert(connection, "INSERT INTO events (event_time) VALUES (?)", Times.now(clock));
    }

    private static Event read(ResultSet row) throws SQLException {
        return new Event(row.getInt("id"), Times.read(row, "event_time"));
    }
}
