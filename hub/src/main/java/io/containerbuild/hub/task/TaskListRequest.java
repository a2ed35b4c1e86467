package io.containerbuild.hub.task;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.TaskQuery;
import io.containerbuild.task.TaskState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code listTasks(opts, queryOpts)} read into a store query. Koji's filters this hub does not
 * support (arches, negations, time ranges, several values at once) are refused with a
 * ParameterError rather than ignored, since ignoring one would answer tasks the caller excluded.
 *
 * @param query the filters, with ordering and paging when the store can do them
 * @param orderTerms every order term; more than one is sorted here, since the store takes one
 * @param matchesNothing an empty list was given for a filter, which no task can match
 */
public record TaskListRequest(TaskQuery query, List<String> orderTerms, Integer offset, Integer limit,
                              boolean decode, boolean countOnly, boolean asList, boolean matchesNothing) {

    private static final Set<String> SUPPORTED =
            Set.of("state", "method", "owner", "host_id", "channel_id", "parent", "decode");

    public TaskListRequest {
        orderTerms = List.copyOf(orderTerms);
    }

    /** Whether the store orders and pages, or this side must. */
    public boolean sortedHere() {
        return orderTerms.size() > 1;
    }

    public static TaskListRequest parse(Map<String, Object> opts, Map<String, Object> queryOpts) {
        for (Map.Entry<String, Object> option : opts.entrySet()) {
            if (!SUPPORTED.contains(option.getKey()) && option.getValue() != null) {
                throw new ParameterError("listTasks(): option '" + option.getKey() + "' is not supported by this hub");
            }
        }
        List<TaskState> states = new ArrayList<>();
        if (opts.get("state") != null) {
            ints(opts.get("state"), "state").forEach(code -> states.add(state(code)));
        }
        String method = opts.get("method") == null ? null : text(opts.get("method"), "method");
        Integer owner = single(opts, "owner");
        Integer hostId = single(opts, "host_id");
        Integer channelId = single(opts, "channel_id");
        boolean topLevelOnly = opts.containsKey("parent") && opts.get("parent") == null;
        Integer parent = single(opts, "parent");
        boolean matchesNothing = Stream.of("state", "owner", "host_id", "channel_id", "parent")
                .anyMatch(key -> opts.get(key) instanceof List<?> values && values.isEmpty());

        List<String> terms = orderTerms(queryOpts.get("order"));
        Integer offset = optionalInt(queryOpts.get("offset"), "offset");
        Integer limit = optionalInt(queryOpts.get("limit"), "limit");
        boolean sortedHere = terms.size() > 1;
        TaskQuery query = new TaskQuery(states, method, owner, parent, topLevelOnly, hostId, channelId,
                terms.isEmpty() ? null : terms.get(0), sortedHere ? null : offset, sortedHere ? null : limit);
        return new TaskListRequest(query, terms, offset, limit, truthy(opts.get("decode")),
                truthy(queryOpts.get("countOnly")), truthy(queryOpts.get("asList")), matchesNothing);
    }

    /**
     * One value for owner, host_id, channel_id and parent; a list of one is that value. Nil means
     * IS NULL in Koji, which the store has only for parent. An empty list is null here and
     * {@code matchesNothing} for the request.
     */
    private static Integer single(Map<String, Object> opts, String key) {
        Object value = opts.get(key);
        if (value == null) {
            if (opts.containsKey(key) && !key.equals("parent")) {
                throw new ParameterError("listTasks(): option '" + key + "' = None is not supported by this hub");
            }
            return null;
        }
        List<Integer> values = ints(value, key);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new ParameterError("listTasks(): option '" + key + "' takes one value on this hub, not " + values);
        }
        return values.get(0);
    }

    private static List<Integer> ints(Object value, String key) {
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<Integer> numbers = new ArrayList<>();
        for (Object item : items) {
            numbers.add(optionalInt(item, key));
        }
        return numbers;
    }

    private static Integer optionalInt(Object value, String key) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Long wide && wide == wide.intValue()) {
            return wide.intValue();
        }
        throw new ParameterError("listTasks(): '" + key + "' must be an int, not " + value);
    }

    private static String text(Object value, String key) {
        if (value instanceof String string) {
            return string;
        }
        throw new ParameterError("listTasks(): '" + key + "' must be a str, not " + value);
    }

    private static TaskState state(int code) {
        try {
            return TaskState.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new ParameterError("listTasks(): no task state " + code);
        }
    }

    /** Koji takes several comma-separated terms ({@code koji list-tasks} asks for {@code priority,create_time}). */
    private static List<String> orderTerms(Object order) {
        if (order == null) {
            return List.of();
        }
        return Arrays.stream(text(order, "order").split(",")).map(String::strip).filter(term -> !term.isEmpty())
                .toList();
    }

    /** Python truthiness for the flags clients send as booleans or 0/1. */
    private static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        if (value instanceof String string) {
            return !string.isEmpty();
        }
        return true;
    }
}
