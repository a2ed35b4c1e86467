package io.containerbuild.hub.task;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Task;
import io.containerbuild.hub.store.TaskResult;
import io.containerbuild.hub.store.User;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers {@code listTasks}: the task records plus {@code request} and {@code result} (the stored
 * XML, or decoded with {@code decode}), {@code owner_name} and {@code owner_type}.
 */
public final class TaskListing {
    /** Order terms onto task fields; nulls sort last, as both databases sort them ascending. */
    private static final Map<String, Comparator<Task>> FIELDS = Map.ofEntries(
            Map.entry("id", Comparator.comparing(Task::id)),
            Map.entry("state", Comparator.comparing(task -> task.state().code())),
            Map.entry("create_time", nullsLast(Task::createTime)), Map.entry("create_ts", nullsLast(Task::createTime)),
            Map.entry("start_time", nullsLast(Task::startTime)), Map.entry("start_ts", nullsLast(Task::startTime)),
            Map.entry("completion_time", nullsLast(Task::completionTime)),
            Map.entry("completion_ts", nullsLast(Task::completionTime)),
            Map.entry("channel_id", Comparator.comparing(Task::channelId)),
            Map.entry("host_id", nullsLast(Task::hostId)), Map.entry("parent", nullsLast(Task::parent)),
            Map.entry("label", nullsLast(Task::label)), Map.entry("owner", Comparator.comparing(Task::owner)),
            Map.entry("method", Comparator.comparing(Task::method)), Map.entry("arch", Comparator.comparing(Task::arch)),
            Map.entry("priority", Comparator.comparing(Task::priority)),
            Map.entry("weight", Comparator.comparing(Task::weight)));

    private final Store store;
    private final TaskDocuments documents;

    @Inject
    public TaskListing(Store store, TaskDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    public Object list(TaskListRequest request) {
        if (request.matchesNothing()) {
            return request.countOnly() ? 0 : List.of();
        }
        if (request.countOnly()) {
            return store.tasks().count(request.query());
        }
        List<Task> tasks = request.sortedHere() ? sortAndPage(request) : store.tasks().list(request.query());
        Map<Integer, Optional<User>> owners = new HashMap<>();
        List<Object> records = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            Map<String, Object> record = record(task, request.decode(), owners);
            records.add(request.asList() ? new ArrayList<>(record.values()) : record);
        }
        return records;
    }

    private List<Task> sortAndPage(TaskListRequest request) {
        Comparator<Task> order = null;
        for (String term : request.orderTerms()) {
            Comparator<Task> next = comparator(term);
            order = order == null ? next : order.thenComparing(next);
        }
        List<Task> sorted = new ArrayList<>(store.tasks().list(request.query()));
        sorted.sort(order.thenComparing(Task::id));
        int from = Math.min(sorted.size(), Math.max(0, request.offset() == null ? 0 : request.offset()));
        int to = request.limit() == null ? sorted.size() : Math.min(sorted.size(), from + Math.max(0, request.limit()));
        return sorted.subList(from, to);
    }

    private static Comparator<Task> comparator(String term) {
        boolean descending = term.startsWith("-");
        Comparator<Task> ascending = FIELDS.get(descending ? term.substring(1) : term);
        if (ascending == null) {
            throw new ParameterError("Invalid order term: " + term);
        }
        return descending ? ascending.reversed() : ascending;
    }

    private static <T extends Comparable<? super T>> Comparator<Task> nullsLast(Function<Task, T> field) {
        return Comparator.comparing(field, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private Map<String, Object> record(Task task, boolean decode, Map<Integer, Optional<User>> owners) {
        Map<String, Object> record = TaskRecords.toWire(task);
        String request = store.tasks().request(task.id()).orElse(null);
        String result = store.tasks().result(task.id()).map(TaskResult::result).orElse(null);
        record.put("request", decode && request != null ? documents.requestParams(request) : request);
        record.put("result", decode && result != null ? documents.resultOrFaultStruct(result) : result);
        Optional<User> owner = owners.computeIfAbsent(task.owner(), id -> store.users().get(id));
        record.put("owner_name", owner.map(User::name).orElse(null));
        record.put("owner_type", owner.map(user -> user.usertype().code()).orElse(null));
        return record;
    }
}
