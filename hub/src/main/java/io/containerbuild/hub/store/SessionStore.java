package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Login sessions: creation, the call-number sequence, renewal, expiry, logout and exclusivity.
 * Every check that two concurrent calls could race on is one conditional UPDATE.
 */
public final class SessionStore {
    private static final String COLUMNS = """
            id, user_id, session_key, master, authtype, hostip, callnum, exclusive, start_time, update_time,
            renew_time, expired, closed""";

    private final Database database;
    private final Clock clock;

    public SessionStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A new session; {@code master} is the top session's id for a subsession, else null. */
    public Session create(int userId, String key, AuthType authtype, String hostip, Integer master) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> {
            int id = Sql.insert(connection, """
                    INSERT INTO sessions (user_id, session_key, master, authtype, hostip, start_time, update_time)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", userId, key, master, authtype.code(), hostip, now, now);
            return new Session(id, userId, key, master, authtype, hostip, null, false, now, now, null, false, false);
        });
    }

    public Optional<Session> get(int id) {
        return database.inTransaction(connection ->
                Sql.one(connection, "SELECT " + COLUMNS + " FROM sessions WHERE id = ?", SessionStore::read, id));
    }

    /** The subsessions of a top session, by id. */
    public List<Session> subsessions(int masterId) {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT " + COLUMNS + " FROM sessions WHERE master = ? ORDER BY id", SessionStore::read, masterId));
    }

    /**
     * Records a call number if it is higher than the last one (or the first); answers false when it
     * is not, so that of two calls racing with one number exactly one is accepted. Also touches
     * the session's update time.
     */
    public boolean advanceCallnum(int sessionId, int callnum) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE sessions SET callnum = ?, update_time = ?
                WHERE id = ? AND (callnum IS NULL OR callnum < ?) AND expired = FALSE AND closed = FALSE""",
                callnum, now, sessionId, callnum) == 1);
    }

    /**
     * Renews a session after expiry (login with {@code renew=True}): a new key, a fresh call-number
     * sequence, not expired. Answers false for a logged-out or unknown session.
     */
    public boolean renew(int sessionId, String newKey) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE sessions SET session_key = ?, renew_time = ?, update_time = ?, callnum = NULL, expired = FALSE
                WHERE id = ? AND closed = FALSE""", newKey, now, now, sessionId) == 1);
    }

    /** Marks a session and its subsessions expired; answers how many rows changed. */
    public int expire(int sessionId) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE sessions SET expired = TRUE WHERE (id = ? OR master = ?) AND expired = FALSE",
                sessionId, sessionId));
    }

    /** Logs out a session and its subsessions; answers how many were still open. */
    public int logout(int sessionId) {
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE sessions SET expired = TRUE, closed = TRUE, exclusive = NULL
                WHERE (id = ? OR master = ?) AND closed = FALSE""", sessionId, sessionId));
    }

    /** Logs out one subsession of a master ({@code logoutChild}); false when it is not the master's. */
    public boolean logoutChild(int masterId, int childId) {
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE sessions SET expired = TRUE, closed = TRUE, exclusive = NULL
                WHERE id = ? AND master = ? AND closed = FALSE""", childId, masterId) == 1);
    }

    /**
     * Makes a top session its user's only exclusive one ({@code exclusiveSession(force)}): with
     * {@code force} another exclusive session of the user is logged out first.
     *
     * @throws KojiFault GenericError for a subsession or a closed session; AuthLockError
     *     {@code Cannot get exclusive session} when another session holds it and force is off, or a
     *     concurrent call got it first
     */
    public void makeExclusive(int sessionId, boolean force) {
        database.inTransaction(connection -> {
            Session session = Sql.one(connection, "SELECT " + COLUMNS + " FROM sessions WHERE id = ?",
                    SessionStore::read, sessionId)
                    .filter(Session::active)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No such session: " + sessionId));
            if (session.master() != null) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "subsessions cannot become exclusive");
            }
            if (session.exclusive()) {
                return null;
            }
            if (force) {
                Sql.update(connection, """
                        UPDATE sessions SET expired = TRUE, closed = TRUE, exclusive = NULL
                        WHERE user_id = ? AND exclusive = TRUE AND id <> ?""", session.userId(), sessionId);
            }
            if (!Sql.updateUnlessDuplicate(connection, "UPDATE sessions SET exclusive = TRUE WHERE id = ?", sessionId)) {
                throw new KojiFault(FaultCode.AUTH_LOCK_ERROR, "Cannot get exclusive session");
            }
            return null;
        });
    }

    /** Gives up exclusivity ({@code sharedSession}); false when the session was not exclusive. */
    public boolean makeShared(int sessionId) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE sessions SET exclusive = NULL WHERE id = ? AND exclusive = TRUE", sessionId) == 1);
    }

    private static Session read(ResultSet row) throws SQLException {
        return new Session(row.getInt("id"), row.getInt("user_id"), row.getString("session_key"),
                Sql.nullableInt(row, "master"), AuthType.fromCode(row.getInt("authtype")), row.getString("hostip"),
                Sql.nullableInt(row, "callnum"), Boolean.TRUE.equals(Sql.nullableBoolean(row, "exclusive")),
                Times.read(row, "start_time"), Times.read(row, "update_time"), Times.read(row, "renew_time"),
                row.getBoolean("expired"), row.getBoolean("closed"));
    }
}
