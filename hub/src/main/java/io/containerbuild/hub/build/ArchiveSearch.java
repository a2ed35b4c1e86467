package io.containerbuild.hub.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code listArchives}' filters, order and paging as one SQL query over archive ids. */
final class ArchiveSearch {
    private static final String FROM = " FROM archives a JOIN archive_types t ON t.id = a.type_id"
            + " JOIN btypes bt ON bt.id = a.btype_id";

    /** Koji's order terms for listArchives, onto columns. */
    private static final Map<String, String> ORDER_COLUMNS = Map.ofEntries(
            Map.entry("id", "a.id"), Map.entry("type_id", "a.type_id"), Map.entry("btype_id", "a.btype_id"),
            Map.entry("btype", "bt.name"), Map.entry("build_id", "a.build_id"),
            Map.entry("buildroot_id", "a.buildroot_id"), Map.entry("filename", "a.filename"),
            Map.entry("size", "a.size"), Map.entry("checksum", "a.checksum"),
            Map.entry("checksum_type", "a.checksum_type"), Map.entry("metadata_only", "a.metadata_only"),
            Map.entry("type_name", "t.name"), Map.entry("type_description", "t.description"),
            Map.entry("type_extensions", "t.extensions"), Map.entry("compression_type", "t.compression_type"),
            Map.entry("arch", "a.arch"));

    private final DirectSql sql;

    ArchiveSearch(DirectSql sql) {
        this.sql = sql;
    }

    /** Matching archive ids in the requested order (by id when none), one page of them. */
    List<Integer> ids(ArchiveFilter filter, QueryOptions options) {
        List<Object> values = new ArrayList<>();
        StringBuilder query = new StringBuilder("SELECT a.id").append(FROM).append(where(filter, values));
        query.append(options.orderBy(ORDER_COLUMNS, "a.id"));
        options.appendPaging(query, values);
        return sql.ids(query.toString(), values);
    }

    /** How many archives match, paging aside ({@code countOnly}). */
    int count(ArchiveFilter filter) {
        List<Object> values = new ArrayList<>();
        return sql.count("SELECT COUNT(*)" + FROM + where(filter, values), values);
    }

    private static String where(ArchiveFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        add(conditions, values, "a.id = ?", filter.archiveId());
        add(conditions, values, "a.build_id = ?", filter.buildId());
        add(conditions, values, "a.buildroot_id = ?", filter.buildrootId());
        add(conditions, values, "a.filename = ?", filter.filename());
        add(conditions, values, "a.size = ?", filter.size());
        add(conditions, values, "a.checksum = ?", filter.checksum());
        add(conditions, values, "a.checksum_type = ?", filter.checksumType());
        add(conditions, values, "a.btype_id = ?", filter.btypeId());
        add(conditions, values, "a.arch = ?", filter.imageArch());
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }
}
