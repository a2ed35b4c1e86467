package io.containerbuild.hub.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code listBuilds}' filters, order and paging as one SQL query over build ids. */
final class BuildSearch {
    private static final String FROM = " FROM builds b JOIN packages p ON p.id = b.package_id"
            + " JOIN users u ON u.id = b.owner_id JOIN events e ON e.id = b.create_event";

    /** Koji's order terms for listBuilds, onto columns; the {@code _ts} forms sort like the times. */
    private static final Map<String, String> ORDER_COLUMNS = Map.ofEntries(
            Map.entry("build_id", "b.id"), Map.entry("version", "b.version"), Map.entry("release", "b.release"),
            Map.entry("epoch", "b.epoch"), Map.entry("state", "b.state"),
            Map.entry("completion_time", "b.completion_time"), Map.entry("completion_ts", "b.completion_time"),
            Map.entry("start_time", "b.start_time"), Map.entry("start_ts", "b.start_time"),
            Map.entry("source", "b.source"), Map.entry("creation_event_id", "b.create_event"),
            Map.entry("creation_time", "e.event_time"), Map.entry("creation_ts", "e.event_time"),
            Map.entry("task_id", "b.task_id"), Map.entry("package_id", "b.package_id"),
            Map.entry("package_name", "p.name"), Map.entry("name", "p.name"),
            Map.entry("nvr", "p.name || '-' || b.version || '-' || b.release"),
            Map.entry("owner_id", "b.owner_id"), Map.entry("owner_name", "u.name"));

    private final DirectSql sql;

    BuildSearch(DirectSql sql) {
        this.sql = sql;
    }

    /** Matching build ids in the requested order (by id when none), one page of them. */
    List<Integer> ids(BuildFilter filter, QueryOptions options) {
        List<Object> values = new ArrayList<>();
        StringBuilder query = new StringBuilder("SELECT b.id").append(FROM).append(where(filter, values));
        query.append(options.orderBy(ORDER_COLUMNS, "b.id"));
        options.appendPaging(query, values);
        return sql.ids(query.toString(), values);
    }

    /** How many builds match, paging aside ({@code countOnly}). */
    int count(BuildFilter filter) {
        List<Object> values = new ArrayList<>();
        return sql.count("SELECT COUNT(*)" + FROM + where(filter, values), values);
    }

    private static String where(BuildFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        add(conditions, values, "b.package_id = ?", filter.packageId());
        add(conditions, values, "p.name = ?", filter.packageName());
        add(conditions, values, "b.owner_id = ?", filter.ownerId());
        if (filter.taskId() != null && filter.taskId() == -1) {
            conditions.add("b.task_id IS NOT NULL");
        } else {
            add(conditions, values, "b.task_id = ?", filter.taskId());
        }
        if (filter.prefix() != null) {
            add(conditions, values, LikePattern.condition("p.name"), LikePattern.prefix(filter.prefix()));
        }
        if (filter.pattern() != null) {
            add(conditions, values, LikePattern.condition("p.name || '-' || b.version || '-' || b.release"),
                    LikePattern.glob(filter.pattern()));
        }
        if (filter.source() != null) {
            add(conditions, values, LikePattern.condition("b.source"), LikePattern.glob(filter.source()));
        }
        add(conditions, values, "b.state = ?", filter.state());
        add(conditions, values, "e.event_time < ?", filter.createdBefore());
        add(conditions, values, "e.event_time > ?", filter.createdAfter());
        add(conditions, values, "b.completion_time < ?", filter.completeBefore());
        add(conditions, values, "b.completion_time > ?", filter.completeAfter());
        add(conditions, values, "b.cg_id = ?", filter.cgId());
        add(conditions, values,
                "EXISTS (SELECT 1 FROM archives a WHERE a.build_id = b.id AND a.btype_id = ?)", filter.btypeId());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }
}
