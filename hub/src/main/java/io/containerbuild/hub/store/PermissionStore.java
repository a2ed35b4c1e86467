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
 * Permissions and who holds them. Grants are versioned: revoking keeps the row with its revoke
 * event. Whether {@code admin} stands in for another permission is the hub's rule, not the store's:
 * {@link #has} is exact membership, as Koji's {@code hasPerm}.
 */
public final class PermissionStore {
    private final Database database;
    private final Clock clock;

    public PermissionStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every permission, by id ({@code getAllPerms}). */
    public List<Permission> all() {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT id, name, description FROM permissions ORDER BY id", PermissionStore::read));
    }

    public Optional<Permission> get(String name) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, name, description FROM permissions WHERE name = ?", PermissionStore::read, name));
    }

    public Optional<Permission> get(int id) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, name, description FROM permissions WHERE id = ?", PermissionStore::read, id));
    }

    /**
     * A new permission ({@code grantPermission(..., create=True)}).
     *
     * @throws KojiFault GenericError {@code permission already exists: NAME}
     */
    public Permission create(String name, String description) {
        return database.inTransaction(connection -> {
            int id = Sql.insertUnlessDuplicate(connection,
                    "INSERT INTO permissions (name, description) VALUES (?, ?)", name, description)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "permission already exists: " + name));
            return new Permission(id, name, description);
        });
    }

    /**
     * Grants a permission; answers false when the user already holds it (also when a concurrent
     * grant won). {@code creatorId} is null for grants made outside a session.
     */
    public boolean grant(int userId, int permissionId, Integer creatorId) {
        return database.inTransaction(connection -> {
            if (holds(connection, userId, permissionId)) {
                return false;
            }
            int event = EventStore.next(connection, clock);
            return Sql.updateUnlessDuplicate(connection, """
                    INSERT INTO user_perms (user_id, perm_id, create_event, creator_id, active)
                    VALUES (?, ?, ?, ?, TRUE)""", userId, permissionId, event, creatorId);
        });
    }

    /** Revokes a permission; answers false when the user did not hold it. */
    public boolean revoke(int userId, int permissionId, Integer revokerId) {
        return database.inTransaction(connection -> {
            if (!holds(connection, userId, permissionId)) {
                return false;
            }
            int event = EventStore.next(connection, clock);
            return Sql.update(connection, """
                    UPDATE user_perms SET active = NULL, revoke_event = ?, revoker_id = ?
                    WHERE user_id = ? AND perm_id = ? AND active = TRUE""",
                    event, revokerId, userId, permissionId) == 1;
        });
    }

    /** The permissions a user holds now, by name ({@code getPerms}). */
    public List<Permission> ofUser(int userId) {
        return database.inTransaction(connection -> Sql.list(connection, """
                SELECT p.id, p.name, p.description
                FROM user_perms up JOIN permissions p ON p.id = up.perm_id
                WHERE up.user_id = ? AND up.active = TRUE
                ORDER BY p.name""", PermissionStore::read, userId));
    }

    /** Exact membership: {@code admin} does not imply anything here. */
    public boolean has(int userId, String permission) {
        return database.inTransaction(connection -> Sql.one(connection, """
                SELECT 1 FROM user_perms up JOIN permissions p ON p.id = up.perm_id
                WHERE up.user_id = ? AND p.name = ? AND up.active = TRUE""", row -> true, userId, permission)
                .isPresent());
    }

    private static boolean holds(Connection connection, int userId, int permissionId) throws SQLException {
        return Sql.one(connection, "SELECT 1 FROM user_perms WHERE user_id = ? AND perm_id = ? AND active = TRUE",
                row -> true, userId, permissionId).isPresent();
    }

    private static Permission read(ResultSet row) throws SQLException {
        return new Permission(row.getInt("id"), row.getString("name"), row.getString("description"));
    }
}
