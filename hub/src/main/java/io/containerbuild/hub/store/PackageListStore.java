package io.containerbuild.hub.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tags' package lists (Koji's {@code tag_packages}, owner included). Entries are versioned: a change
 * revokes the current entry and creates the next one, each with an event. Koji's wording for
 * refusals (already listed, owner missing) is the hub's; the store answers what is there.
 */
public final class PackageListStore {
    private static final String SELECT = """
            SELECT tp.package_id, p.name AS package_name, tp.tag_id, t.name AS tag_name, tp.owner_id,
                u.name AS owner_name, tp.blocked, tp.extra_arches
            FROM tag_packages tp JOIN packages p ON p.id = tp.package_id JOIN tags t ON t.id = tp.tag_id
                JOIN users u ON u.id = tp.owner_id""";
    private static final int MAX_ATTEMPTS = 3;

    private final Database database;
    private final Clock clock;

    public PackageListStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Puts a package on a tag's list, or changes its entry ({@code packageListAdd},
     * {@code packageListBlock}, {@code packageListUnblock}, {@code packageListSetOwner}); the package
     * name is created when new. An entry equal to the current one records nothing.
     */
    public PackageListing set(int tagId, String packageName, int ownerId, boolean blocked, String extraArches,
            Integer creatorId) {
        return database.inTransaction(connection -> {
            int packageId = Packages.ensure(connection, packageName);
            for (int attempt = 1; ; attempt++) {
                Optional<PackageListing> current = current(connection, tagId, packageId);
                if (current.isPresent() && current.get().ownerId() == ownerId && current.get().blocked() == blocked
                        && Objects.equals(current.get().extraArches(), extraArches)) {
                    return current.get();
                }
                int event = EventStore.next(connection, clock);
                if (current.isPresent()) {
                    revoke(connection, tagId, packageId, event, creatorId);
                }
                boolean inserted = Sql.updateUnlessDuplicate(connection, """
                        INSERT INTO tag_packages (package_id, tag_id, owner_id, blocked, extra_arches, create_event,
                            creator_id, active)
                        VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)""",
                        packageId, tagId, ownerId, blocked, extraArches, event, creatorId);
                if (inserted) {
                    return current(connection, tagId, packageId).orElseThrow();
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new StoreException("the package list entry of " + packageName + " in tag " + tagId
                            + " keeps changing concurrently");
                }
            }
        });
    }

    /** Takes a package off a tag's list ({@code packageListRemove}); false when it was not on it. */
    public boolean remove(int tagId, String packageName, Integer revokerId) {
        return database.inTransaction(connection -> {
            Optional<Integer> packageId = Packages.find(connection, packageName);
            if (packageId.isEmpty() || current(connection, tagId, packageId.get()).isEmpty()) {
                return false;
            }
            return revoke(connection, tagId, packageId.get(), EventStore.next(connection, clock), revokerId);
        });
    }

    /** A package's entry in a tag's own list ({@code getPackageConfig}); empty when not listed. */
    public Optional<PackageListing> get(int tagId, String packageName) {
        return database.inTransaction(connection -> Sql.one(connection,
                SELECT + " WHERE tp.tag_id = ? AND p.name = ? AND tp.active = TRUE", PackageListStore::read,
                tagId, packageName));
    }

    /** A tag's list, by package name ({@code listPackages(tagID=)}). */
    public List<PackageListing> listByTag(int tagId) {
        return database.inTransaction(connection -> Sql.list(connection,
                SELECT + " WHERE tp.tag_id = ? AND tp.active = TRUE ORDER BY p.name", PackageListStore::read, tagId));
    }

    /** Every tag listing a package, by tag name ({@code listPackages(pkgID=)}). */
    public List<PackageListing> listByPackage(String packageName) {
        return database.inTransaction(connection -> Sql.list(connection,
                SELECT + " WHERE p.name = ? AND tp.active = TRUE ORDER BY t.name", PackageListStore::read, packageName));
    }

    private static Optional<PackageListing> current(Connection connection, int tagId, int packageId)
            throws SQLException {
        return Sql.one(connection, SELECT + " WHERE tp.tag_id = ? AND tp.package_id = ? AND tp.active = TRUE",
                PackageListStore::read, tagId, packageId);
    }

    private static boolean revoke(Connection connection, int tagId, int packageId, int event, Integer revokerId)
            throws SQLException {
        return Sql.update(connection, """
                UPDATE tag_packages SET active = NULL, revoke_event = ?, revoker_id = ?
                WHERE tag_id = ? AND package_id = ? AND active = TRUE""", event, revokerId, tagId, packageId) == 1;
    }

    private static PackageListing read(ResultSet row) throws SQLException {
        return new PackageListing(row.getInt("package_id"), row.getString("package_name"), row.getInt("tag_id"),
                row.getString("tag_name"), row.getInt("owner_id"), row.getString("owner_name"),
                row.getBoolean("blocked"), row.getString("extra_arches"));
    }
}
