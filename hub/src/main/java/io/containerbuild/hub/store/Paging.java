package io.containerbuild.hub.store;

import java.util.List;

/** OFFSET/FETCH in the standard form both databases accept. */
final class Paging {
    private Paging() {}

    static void append(StringBuilder sql, List<Object> values, Integer offset, Integer limit) {
        if (offset != null && offset > 0) {
            sql.append(" OFFSET ? ROWS");
            values.add(offset);
        }
        if (limit != null) {
            sql.append(" FETCH FIRST ? ROWS ONLY");
            values.add(limit);
        }
    }
}
