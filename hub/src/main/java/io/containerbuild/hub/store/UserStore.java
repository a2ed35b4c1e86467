package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** User accounts and their password hashes (hashing itself is the hub's business). */
public final class UserStore {
    private static final String COLUMNS = "id, name, status, usertype";

    private final Database database;

    public UserStore(Database database) {
        this.database = database;
    }

    /**
     * Creates an account; {@code passwordHash} null means no password login.
     *
     * @throws KojiFault GenericError {@code user already exists: NAME}, as Koji's createUser
     */
    public User create(String name, UserType type, String passwordHash) {
        return database.inTransaction(connection -> {
            int id = Sql.insertUnlessDuplicate(connection,
                    "INSERT INTO users (name, password_hash, usertype, status) VALUES (?, ?, ?, ?)",
                    name, passwordHash, type.code(), UserStatus.NORMAL.code())
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "user already exists: " + name));
            return new User(id, name, UserStatus.NORMAL, type);
        });
    }

    public Optional<User> get(int id) {
        return database.inTransaction(connection ->
                Sql.one(connection, "SELECT " + COLUMNS + " FROM users WHERE id = ?", UserStore::read, id));
    }

    public Optional<User> getByName(String name) {
        return database.inTransaction(connection ->
                Sql.one(connection, "SELECT " + COLUMNS + " FROM users WHERE name = ?", UserStore::read, name));
    }

    /** Every account of a type, by id. */
    public List<User> list(UserType type) {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT " + COLUMNS + " FROM users WHERE usertype = ? ORDER BY id", UserStore::read, type.code()));
    }

    /** The stored hash; empty for an unknown user or an account without a password. */
    public Optional<String> passwordHash(int userId) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT password_hash FROM users WHERE id = ?", row -> row.getString("password_hash"), userId));
    }

    /** Answers false for an unknown user. */
    public boolean setPasswordHash(int userId, String passwordHash) {
        return database.inTransaction(connection ->
                Sql.update(connection, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, userId) == 1);
    }

    /** Blocks or unblocks; answers false for an unknown user. */
    public boolean setStatus(int userId, UserStatus status) {
        return database.inTransaction(connection ->
                Sql.update(connection, "UPDATE users SET status = ? WHERE id = ?", status.code(), userId) == 1);
    }

    static User read(ResultSet row) throws SQLException {
        return new User(row.getInt("id"), row.getString("name"), UserStatus.fromCode(row.getInt("status")),
                UserType.fromCode(row.getInt("usertype")));
    }
}
