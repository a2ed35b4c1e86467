package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which builds are in which tags (Koji's {@code tag_listing}), versioned: untagging keeps the row
 * with its revoke event. Package-list and permission checks before tagging are the hub's.
 */
public final class TaggingStore {
    private final Database database;
    private final Clock clock;

    public TaggingStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Tags a build ({@code tagBuild}); answers the tagging event.
     *
     * @throws KojiFault TagError {@code build NVR already tagged (TAG)}, also when a concurrent call
     *     tagged it first
     */
    public int tag(int tagId, int buildId, Integer creatorId) {
        return database.inTransaction(connection -> {
            if (tagged(connection, tagId, buildId)) {
                throw alreadyTagged(connection, tagId, buildId);
            }
            int event = EventStore.next(connection, clock);
            if (!Sql.updateUnlessDuplicate(connection, """
                    INSERT INTO tag_listing (build_id, tag_id, create_event, creator_id, active)
                    VALUES (?, ?, ?, ?, TRUE)""", buildId, tagId, event, creatorId)) {
                throw alreadyTagged(connection, tagId, buildId);
            }
            return event;
        });
    }

    /**
     * Untags a build ({@code untagBuild}).
     *
     * @throws KojiFault TagError {@code build NVR not in tag TAG}
     */
    public void untag(int tagId, int buildId, Integer revokerId) {
        database.inTransaction(connection -> {
            int event = EventStore.next(connection, clock);
            int changed = Sql.update(connection, """
                    UPDATE tag_listing SET active = NULL, revoke_event = ?, revoker_id = ?
                    WHERE tag_id = ? AND build_id = ? AND active = TRUE""", event, revokerId, tagId, buildId);
            if (changed == 0) {
                throw new KojiFault(FaultCode.TAG_ERROR,
                        "build " + nvr(connection, buildId) + " not in tag " + tagName(connection, tagId));
            }
            return null;
        });
    }

    /**
     * The builds in a tag now, newest tagging first ({@code listTagged(tag, package=, latest=)}).
     *
     * @param packageName null for every package
     * @param latest only the most recently tagged build of each package
     */
    public List<TaggedBuild> listTagged(int tagId, String packageName, boolean latest) {
        StringBuilder sql = new StringBuilder("SELECT " + BuildStore.COLUMNS
                + ", t.name AS tag_name, tl.create_event AS tag_event FROM " + BuildStore.TABLES + """
                 JOIN tag_listing tl ON tl.build_id = b.id JOIN tags t ON t.id = tl.tag_id
                WHERE tl.tag_id = ? AND tl.active = TRUE""");
        List<Object> values = new ArrayList<>(List.of(tagId));
        if (packageName != null) {
            sql.append(" AND p.name = ?");
            values.add(packageName);
        }
        sql.append(" ORDER BY tl.create_event DESC, b.id DESC");
        String query = sql.toString();
        List<TaggedBuild> tagged = database.inTransaction(connection -> Sql.list(connection, query,
                row -> read(row, tagId), values.toArray()));
        if (!latest) {
            return tagged;
        }
        Set<String> seen = new HashSet<>();
        return tagged.stream().filter(entry -> seen.add(entry.build().name())).toList();
    }

    /** The ids of the tags a build is in now. */
    public List<Integer> tagsOf(int buildId) {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT tag_id FROM tag_listing WHERE build_id = ? AND active = TRUE ORDER BY tag_id",
                row -> row.getInt("tag_id"), buildId));
    }

    private static TaggedBuild read(ResultSet row, int tagId) throws SQLException {
        return new TaggedBuild(BuildStore.read(row), tagId, row.getString("tag_name"), row.getInt("tag_event"));
    }

    private static boolean tagged(Connection connection, int tagId, int buildId) throws SQLException {
        return Sql.one(connection, "SELECT 1 FROM tag_listing WHERE tag_id = ? AND build_id = ? AND active = TRUE",
                row -> true, tagId, buildId).isPresent();
    }

    private static KojiFault alreadyTagged(Connection connection, int tagId, int buildId) throws SQLException {
        return new KojiFault(FaultCode.TAG_ERROR,
                "build " + nvr(connection, buildId) + " already tagged (" + tagName(connection, tagId) + ")");
    }

    private static String nvr(Connection connection, int buildId) throws SQLException {
        return BuildStore.one(connection, "b.id = ?", buildId).map(Build::nvr).orElse("#" + buildId);
    }

    private static String tagName(Connection connection, int tagId) throws SQLException {
        return Sql.one(connection, "SELECT name FROM tags WHERE id = ?", row -> row.getString("name"), tagId)
                .orElse("#" + tagId);
    }
}
