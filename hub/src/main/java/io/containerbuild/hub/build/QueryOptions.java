package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.ParameterError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Koji's {@code queryOpts}: {@code order} (comma-separated fields, {@code -} for descending),
 * {@code offset}, {@code limit} and {@code countOnly}. {@code asList} and {@code group} change the
 * shape of the answer and are refused rather than ignored; other keys are ignored, as Koji does.
 */
record QueryOptions(List<String> order, Integer offset, Integer limit, boolean countOnly) {

    static final QueryOptions NONE = new QueryOptions(List.of(), null, null, false);

    QueryOptions {
        order = List.copyOf(order);
    }

    static QueryOptions from(Map<String, Object> raw) {
        if (raw == null) {
            return NONE;
        }
        if (Boolean.TRUE.equals(raw.get("asList")) || raw.get("group") != null) {
            throw new ParameterError("queryOpts asList and group are not supported by this hub");
        }
        List<String> order = new ArrayList<>();
        Object orderValue = raw.get("order");
        if (orderValue instanceof String terms) {
            for (String term : terms.split(",")) {
                if (!term.isBlank()) {
                    order.add(term.strip());
                }
            }
        } else if (orderValue != null) {
            throw new ParameterError("queryOpts order must be a string, not " + PythonText.typeName(orderValue));
        }
        return new QueryOptions(order, count(raw, "offset"), count(raw, "limit"),
                Boolean.TRUE.equals(raw.get("countOnly")));
    }

    /**
     * {@code ORDER BY} over the allowed fields (Koji's field names onto SQL), ending with
     * {@code tiebreak} so that pages are stable.
     *
     * @throws ParameterError {@code Invalid order term: X} for a field not in {@code columns}
     */
    String orderBy(Map<String, String> columns, String tiebreak) {
        List<String> parts = new ArrayList<>();
        for (String term : order) {
            boolean descending = term.startsWith("-");
            String field = descending ? term.substring(1) : term;
            String column = columns.get(field);
            if (column == null) {
                throw new ParameterError("Invalid order term: " + field);
            }
            parts.add(column + (descending ? " DESC" : ""));
        }
        parts.add(tiebreak);
        return " ORDER BY " + String.join(", ", parts);
    }

    /** OFFSET/FETCH in the standard form both databases accept. */
    void appendPaging(StringBuilder sql, List<Object> values) {
        if (offset != null && offset > 0) {
            sql.append(" OFFSET ? ROWS");
            values.add(offset);
        }
        if (limit != null) {
            sql.append(" FETCH FIRST ? ROWS ONLY");
            values.add(limit);
        }
    }

    private static Integer count(Map<String, Object> raw, String key) {
        Object value = raw.get(key);
        if (value == null) {
            return null;
        }
        if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0
                && ((Number) value).longValue() <= Integer.MAX_VALUE) {
            return ((Number) value).intValue();
        }
        throw new ParameterError("queryOpts " + key + " must be a non-negative int, not " + PythonText.repr(value));
    }
}
