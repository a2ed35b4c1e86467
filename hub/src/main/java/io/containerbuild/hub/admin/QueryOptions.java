package io.containerbuild.hub.admin;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Koji's {@code queryOpts} applied to a list of records ({@code _applyQueryOpts}): {@code order}
 * (one field, {@code -} for descending, nils last), then {@code offset} and {@code limit}; then
 * {@code countOnly} answers the count and {@code asList} the records' values as lists.
 */
public final class QueryOptions {
    private QueryOptions() {}

    /** Answers the records, their count, or their values as lists; nil options change nothing. */
    public static Object apply(List<Map<String, Object>> records, Map<String, Object> queryOpts) {
        if (queryOpts == null || queryOpts.isEmpty()) {
            return records;
        }
        List<Map<String, Object>> result = new ArrayList<>(records);
        Object order = queryOpts.get("order");
        if (PythonTruth.of(order)) {
            result.sort(comparator(PythonText.str(order), result));
        }
        int offset = count(queryOpts, "offset");
        if (offset > 0) {
            result = new ArrayList<>(result.subList(Math.min(offset, result.size()), result.size()));
        }
        if (queryOpts.get("limit") != null) {
            int limit = count(queryOpts, "limit");
            result = new ArrayList<>(result.subList(0, Math.min(limit, result.size())));
        }
        if (PythonTruth.of(queryOpts.get("countOnly"))) {
            return result.size();
        }
        if (PythonTruth.of(queryOpts.get("asList"))) {
            List<Object> rows = new ArrayList<>(result.size());
            result.forEach(record -> rows.add(new ArrayList<>(record.values())));
            return rows;
        }
        return result;
    }

    private static Comparator<Map<String, Object>> comparator(String order, List<Map<String, Object>> records) {
        boolean descending = order.startsWith("-");
        String field = descending ? order.substring(1) : order;
        if (!records.isEmpty() && !records.get(0).containsKey(field)) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid order field: " + field);
        }
        Comparator<Map<String, Object>> ascending = Comparator.comparing(
                record -> record.get(field), Comparator.nullsLast(QueryOptions::compareValues));
        return descending ? ascending.reversed() : ascending;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        return PythonText.str(left).compareTo(PythonText.str(right));
    }

    private static int count(Map<String, Object> queryOpts, String option) {
        Object value = queryOpts.get(option);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof Integer number) || number < 0) {
            throw new ParameterError("queryOpts " + option + " must be a non-negative int, not "
                    + PythonText.repr(value));
        }
        return number;
    }
}
