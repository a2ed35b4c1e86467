package io.containerbuild.hub.store;

import io.containerbuild.task.TaskState;

import io.containerbuild.fault.ParameterError;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tasks: creation, reading, listing, and the state machine. Every transition is one conditional
 * UPDATE ({@code ... WHERE id = ? AND state = ...}), so of two racing callers (two hosts opening
 * one task, a close racing a cancel) exactly one changes the row and the other learns it lost from
 * the answer. Who may ask for a transition (owner, admin, the host holding the task) is the hub's
 * check; the store guards the states.
 */
public final class TaskStore {
    private static final String COLUMNS = """
            id, state, create_time, start_time, completion_time, channel_id, host_id, parent, label, waiting, awaited,
            owner, method, arch, priority, weight""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM tasks";
    private static final String SELECT_WITH_REQUEST = "SELECT " + COLUMNS + ", request FROM tasks";

    /** Koji's order terms for listTasks, onto columns; the {@code _ts} forms sort like the times. */
    private static final Map<String, String> ORDER_COLUMNS = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("state", "state"), Map.entry("create_time", "create_time"),
            Map.entry("create_ts", "create_time"), Map.entry("start_time", "start_time"),
            Map.entry("start_ts", "start_time"), Map.entry("completion_time", "completion_time"),
            Map.entry("completion_ts", "completion_time"), Map.entry("channel_id", "channel_id"),
            Map.entry("host_id", "host_id"), Map.entry("parent", "parent"), Map.entry("label", "label"),
            Map.entry("owner", "owner"), Map.entry("method", "method"), Map.entry("arch", "arch"),
            Map.entry("priority", "priority"), Map.entry("weight", "weight"));

    private static final int FREE = TaskState.FREE.code();
    private static final int OPEN = TaskState.OPEN.code();
    private static final int ASSIGNED = TaskState.ASSIGNED.code();

    private final Database database;
    private final Clock clock;

    public TaskStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Creates a task, FREE (or ASSIGNED when the new task names a host), weight 1.0. A subtask whose
     * (parent, label) already exists answers that task instead: a builder retrying
     * {@code host.subtask} gets the same child.
     */
    public Task create(NewTask task) {
        Instant now = Times.now(clock);
        TaskState state = task.assignHost() == null ? TaskState.FREE : TaskState.ASSIGNED;
        return database.inTransaction(connection -> {
            String insert = """
                    INSERT INTO tasks (state, create_time, channel_id, host_id, parent, label, owner, method, request,
                        arch, priority, weight)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0)""";
            Object[] values = {state.code(), now, task.channelId(), task.assignHost(), task.parent(), task.label(),
                task.owner(), task.method(), task.request(), task.arch(), task.priority()};
            if (task.label() == null) {
                int id = Sql.insert(connection, insert, values);
                return new Task(id, state, now, null, null, task.channelId(), task.assignHost(), task.parent(), null,
                        null, null, task.owner(), task.method(), task.arch(), task.priority(), 1.0);
            }
            Optional<Integer> id = Sql.insertUnlessDuplicate(connection, insert, values);
            String condition = id.isPresent() ? "id = ?" : "parent = ? AND label = ?";
            Object[] key = id.isPresent() ? new Object[] {id.get()} : new Object[] {task.parent(), task.label()};
            return Sql.one(connection, SELECT + " WHERE " + condition, TaskStore::read, key).orElseThrow();
        });
    }

    public Optional<Task> get(int id) {
        return database.inTransaction(connection -> Sql.one(connection, SELECT + " WHERE id = ?", TaskStore::read, id));
    }

    /** {@code getTaskInfo(id, request=True)} in one query. */
    public Optional<TaskWithRequest> getWithRequest(int id) {
        return database.inTransaction(connection -> withRequest(connection, id));
    }

    /** The task's methodCall document ({@code getTaskRequest}). */
    public Optional<String> request(int id) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT request FROM tasks WHERE id = ?", row -> row.getString("request"), id));
    }

    /** State and stored result ({@code getTaskResult}). */
    public Optional<TaskResult> result(int id) {
        return database.inTransaction(connection -> Sql.one(connection, "SELECT state, result FROM tasks WHERE id = ?",
                row -> new TaskResult(TaskState.fromCode(row.getInt("state")), row.getString("result")), id));
    }

    /** Direct children by id ({@code getTaskChildren}). */
    public List<Task> children(int parentId) {
        return database.inTransaction(connection ->
                Sql.list(connection, SELECT + " WHERE parent = ? ORDER BY id", TaskStore::read, parentId));
    }

    /**
     * {@code listTasks}: filtered, ordered by the query's order term (default: id), paged.
     *
     * @throws ParameterError for an order term that is not a task field
     */
    public List<Task> list(TaskQuery query) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(query, values)).append(orderBy(query.order()));
        Paging.append(sql, values, query.offset(), query.limit());
        return database.inTransaction(connection ->
                Sql.list(connection, sql.toString(), TaskStore::read, values.toArray()));
    }

    /** How many tasks {@link #list} would answer without paging ({@code countOnly}). */
    public int count(TaskQuery query) {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT COUNT(*) AS n FROM tasks" + where(query, values);
        return database.inTransaction(connection ->
                Sql.one(connection, sql, row -> row.getInt("n"), values.toArray()).orElse(0));
    }

    /**
     * {@code host.openTask}: a FREE task, or one ASSIGNED to this host, becomes OPEN on it with its
     * start time set. Answers the task with its request, or empty when another host or a state
     * change got there first.
     */
    public Optional<TaskWithRequest> open(int taskId, int hostId) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> {
            int changed = Sql.update(connection, """
                    UPDATE tasks SET state = ?, host_id = ?, start_time = ?
                    WHERE id = ? AND (state = ? OR (state = ? AND host_id = ?))""",
                    OPEN, hostId, now, taskId, FREE, ASSIGNED, hostId);
            return changed == 1 ? withRequest(connection, taskId) : Optional.<TaskWithRequest>empty();
        });
    }

    /** The scheduler's assignment: FREE becomes ASSIGNED to a host; false when no longer FREE. */
    public boolean assign(int taskId, int hostId) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE tasks SET state = ?, host_id = ? WHERE id = ? AND state = ?",
                ASSIGNED, hostId, taskId, FREE) == 1);
    }

    /** {@code host.closeTask}: OPEN on this host becomes CLOSED with the methodResponse document. */
    public boolean close(int taskId, int hostId, String responseXml) {
        return finish(taskId, hostId, TaskState.CLOSED, responseXml);
    }

    /** {@code host.failTask}: OPEN on this host becomes FAILED with the fault document. */
    public boolean fail(int taskId, int hostId, String faultXml) {
        return finish(taskId, hostId, TaskState.FAILED, faultXml);
    }

    private boolean finish(int taskId, int hostId, TaskState state, String resultXml) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE tasks SET state = ?, result = ?, completion_time = ?
                WHERE id = ? AND state = ? AND host_id = ?""", state.code(), resultXml, now, taskId, OPEN, hostId) == 1);
    }

    /**
     * {@code cancelTask}: a task that is not finished becomes CANCELED; with {@code recurse} so do
     * its unfinished descendants. Answers the ids this call canceled (the task's own first when it
     * was canceled now); finished tasks stay as they are.
     */
    public List<Integer> cancel(int taskId, boolean recurse) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> {
            List<Integer> canceled = new ArrayList<>();
            Deque<Integer> pending = new ArrayDeque<>(List.of(taskId));
            while (!pending.isEmpty()) {
                int id = pending.removeFirst();
                if (Sql.update(connection, """
                        UPDATE tasks SET state = ?, completion_time = ?
                        WHERE id = ? AND state IN (?, ?, ?)""",
                        TaskState.CANCELED.code(), now, id, FREE, OPEN, ASSIGNED) == 1) {
                    canceled.add(id);
                }
                if (recurse) {
                    pending.addAll(Sql.list(connection, "SELECT id FROM tasks WHERE parent = ? ORDER BY id",
                            row -> row.getInt("id"), id));
                }
            }
            return List.copyOf(canceled);
        });
    }

    /** {@code freeTask} (admin): OPEN or ASSIGNED back to FREE, off its host. */
    public boolean free(int taskId) {
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE tasks SET state = ?, host_id = NULL, start_time = NULL
                WHERE id = ? AND state IN (?, ?)""", FREE, taskId, OPEN, ASSIGNED) == 1);
    }

    /** {@code host.freeTasks}: frees those of the tasks this host holds; answers the ids freed. */
    public List<Integer> freeOwn(int hostId, List<Integer> taskIds) {
        return database.inTransaction(connection -> {
            List<Integer> freed = new ArrayList<>();
            for (int taskId : new LinkedHashSet<>(taskIds)) {
                if (Sql.update(connection, """
                        UPDATE tasks SET state = ?, host_id = NULL, start_time = NULL
                        WHERE id = ? AND host_id = ? AND state IN (?, ?)""", FREE, taskId, hostId, OPEN, ASSIGNED) == 1) {
                    freed.add(taskId);
                }
            }
            return List.copyOf(freed);
        });
    }

    /** Frees every OPEN or ASSIGNED task of a host whose heartbeat stopped; answers how many. */
    public int freeAllOfHost(int hostId) {
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE tasks SET state = ?, host_id = NULL, start_time = NULL
                WHERE host_id = ? AND state IN (?, ?)""", FREE, hostId, OPEN, ASSIGNED));
    }

    /** {@code host.setTaskWeight}: only on a task OPEN on this host. */
    public boolean setWeight(int taskId, int hostId, double weight) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE tasks SET weight = ? WHERE id = ? AND host_id = ? AND state = ?",
                weight, taskId, hostId, OPEN) == 1);
    }

    /** {@code setTaskPriority}: of unfinished tasks, descendants too with {@code recurse}; answers how many. */
    public int setPriority(int taskId, int priority, boolean recurse) {
        return database.inTransaction(connection -> {
            int changed = 0;
            Deque<Integer> pending = new ArrayDeque<>(List.of(taskId));
            while (!pending.isEmpty()) {
                int id = pending.removeFirst();
                changed += Sql.update(connection, "UPDATE tasks SET priority = ? WHERE id = ? AND state IN (?, ?, ?)",
                        priority, id, FREE, OPEN, ASSIGNED);
                if (recurse) {
                    pending.addAll(Sql.list(connection, "SELECT id FROM tasks WHERE parent = ?",
                            row -> row.getInt("id"), id));
                }
            }
            return changed;
        });
    }

    /** {@code host.taskSetWait}: the parent waits, on the listed children or, for null, on all. */
    public void setWait(int parentId, List<Integer> childIds) {
        database.inTransaction(connection -> {
            Sql.update(connection, "UPDATE tasks SET waiting = TRUE WHERE id = ?", parentId);
            if (childIds == null) {
                Sql.update(connection, "UPDATE tasks SET awaited = TRUE WHERE parent = ?", parentId);
            } else {
                for (int childId : childIds) {
                    Sql.update(connection, "UPDATE tasks SET awaited = TRUE WHERE parent = ? AND id = ?", parentId,
                            childId);
                }
            }
            return null;
        });
    }

    /** Ends a wait ({@code host.taskWaitResults}): the parent no longer waits, no child is awaited. */
    public void clearWait(int parentId) {
        database.inTransaction(connection -> {
            Sql.update(connection, "UPDATE tasks SET waiting = FALSE WHERE id = ?", parentId);
            Sql.update(connection, "UPDATE tasks SET awaited = FALSE WHERE parent = ? AND awaited = TRUE", parentId);
            return null;
        });
    }

    /** The tasks ASSIGNED to a host, most urgent first ({@code host.getTasks}). */
    public List<Task> assignedTo(int hostId) {
        return database.inTransaction(connection -> Sql.list(connection,
                SELECT + " WHERE host_id = ? AND state = ? ORDER BY priority, create_time, id", TaskStore::read,
                hostId, ASSIGNED));
    }

    /** The tasks OPEN on a host, by id ({@code host.getHostTasks}). */
    public List<Task> openOn(int hostId) {
        return database.inTransaction(connection -> Sql.list(connection,
                SELECT + " WHERE host_id = ? AND state = ? ORDER BY id", TaskStore::read, hostId, OPEN));
    }

    /** A host's load as Koji counts it: the weights of its OPEN tasks that are not waiting. */
    public double load(int hostId) {
        return database.inTransaction(connection -> Sql.one(connection, """
                SELECT COALESCE(SUM(weight), 0) AS task_load FROM tasks
                WHERE host_id = ? AND state = ? AND (waiting IS NULL OR waiting = FALSE)""",
                row -> row.getDouble("task_load"), hostId, OPEN).orElse(0.0));
    }

    /**
     * The FREE tasks a host may take, in the order the scheduler offers them: lowest priority number
     * first, then oldest. A host serves its channels and its arches plus {@code noarch}, and is not
     * offered tasks it refused.
     */
    public List<Task> nextFreeFor(int hostId, int limit) {
        return database.inTransaction(connection -> {
            Optional<String> arches = Sql.one(connection, "SELECT arches FROM hosts WHERE id = ?",
                    row -> row.getString("arches"), hostId);
            if (arches.isEmpty()) {
                return List.<Task>of();
            }
            Set<String> served = new LinkedHashSet<>(List.of(arches.get().trim().split("\\s+")));
            served.remove("");
            served.add(NewTask.DEFAULT_ARCH);
            List<Object> values = new ArrayList<>(List.of(FREE, hostId));
            values.addAll(served);
            values.add(hostId);
            values.add(limit);
            return Sql.list(connection, SELECT + """
                     t WHERE t.state = ?
                      AND t.channel_id IN (SELECT channel_id FROM host_channels WHERE host_id = ? AND active = TRUE)
                      AND t.arch IN (%s)
                      AND NOT EXISTS (SELECT 1 FROM task_refusals r WHERE r.task_id = t.id AND r.host_id = ?)
                    ORDER BY t.priority, t.create_time, t.id
                    FETCH FIRST ? ROWS ONLY""".formatted(Sql.placeholders(served.size())),
                    TaskStore::read, values.toArray());
        });
    }

    /**
     * {@code host.refuseTask}: records the refusal (replacing an earlier one of this host) and, if the
     * host holds the task, frees it. Answers whether the task was freed.
     */
    public boolean refuse(int taskId, int hostId, boolean soft, String msg) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> {
            Sql.update(connection, "DELETE FROM task_refusals WHERE task_id = ? AND host_id = ?", taskId, hostId);
            Sql.updateUnlessDuplicate(connection, """
                    INSERT INTO task_refusals (task_id, host_id, by_host, soft, msg, refusal_time)
                    VALUES (?, ?, TRUE, ?, ?, ?)""", taskId, hostId, soft, msg, now);
            return Sql.update(connection, """
                    UPDATE tasks SET state = ?, host_id = NULL, start_time = NULL
                    WHERE id = ? AND host_id = ? AND state IN (?, ?)""", FREE, taskId, hostId, OPEN, ASSIGNED) == 1;
        });
    }

    /** The refusals of a task, by host. */
    public List<TaskRefusal> refusals(int taskId) {
        return database.inTransaction(connection -> Sql.list(connection, """
                SELECT task_id, host_id, by_host, soft, msg, refusal_time FROM task_refusals
                WHERE task_id = ? ORDER BY host_id""",
                row -> new TaskRefusal(row.getInt("task_id"), row.getInt("host_id"), row.getBoolean("by_host"),
                        row.getBoolean("soft"), row.getString("msg"), Times.read(row, "refusal_time")), taskId));
    }

    /** Forgets soft refusals older than {@code cutoff} (Koji's SoftRefusalTimeout); answers how many. */
    public int expireSoftRefusals(Instant cutoff) {
        return database.inTransaction(connection -> Sql.update(connection,
                "DELETE FROM task_refusals WHERE soft = TRUE AND refusal_time < ?", cutoff));
    }

    private static Optional<TaskWithRequest> withRequest(Connection connection, int id) throws SQLException {
        return Sql.one(connection, SELECT_WITH_REQUEST + " WHERE id = ?",
                row -> new TaskWithRequest(read(row), row.getString("request")), id);
    }

    private static String where(TaskQuery query, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (!query.states().isEmpty()) {
            conditions.add("state IN (" + Sql.placeholders(query.states().size()) + ")");
            query.states().forEach(state -> values.add(state.code()));
        }
        if (query.method() != null) {
            conditions.add("method = ?");
            values.add(query.method());
        }
        if (query.owner() != null) {
            conditions.add("owner = ?");
            values.add(query.owner());
        }
        if (query.topLevelOnly()) {
            conditions.add("parent IS NULL");
        } else if (query.parent() != null) {
            conditions.add("parent = ?");
            values.add(query.parent());
        }
        if (query.hostId() != null) {
            conditions.add("host_id = ?");
            values.add(query.hostId());
        }
        if (query.channelId() != null) {
            conditions.add("channel_id = ?");
            values.add(query.channelId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String orderBy(String term) {
        if (term == null || term.isEmpty()) {
            return " ORDER BY id";
        }
        boolean descending = term.startsWith("-");
        String column = ORDER_COLUMNS.get(descending ? term.substring(1) : term);
        if (column == null) {
            throw new ParameterError("Invalid order term: " + term);
        }
        // id breaks ties so that paging is stable
        return " ORDER BY " + column + (descending ? " DESC" : "") + (column.equals("id") ? "" : ", id");
    }

    private static Task read(ResultSet row) throws SQLException {
        return new Task(row.getInt("id"), TaskState.fromCode(row.getInt("state")), Times.read(row, "create_time"),
                Times.read(row, "start_time"), Times.read(row, "completion_time"), row.getInt("channel_id"),
                Sql.nullableInt(row, "host_id"), Sql.nullableInt(row, "parent"), row.getString("label"),
                Sql.nullableBoolean(row, "waiting"), Sql.nullableBoolean(row, "awaited"), row.getInt("owner"),
                row.getString("method"), row.getString("arch"), row.getInt("priority"), row.getDouble("weight"));
    }
}
