package io.containerbuild.cli.watch;

import io.containerbuild.task.TaskState;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the task records the hub returns ({@code getTaskInfo}, {@code listTasks}), and Koji's task labels. */
public final class TaskRecords {

    private TaskRecords() {
    }

    /** The record as a struct, or null for the hub's nil. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> struct(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        throw new IllegalStateException("the hub sent " + value + " where a struct was expected");
    }

    /** A list of structs, as {@code getTaskChildren} and {@code listTasks} return. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> structs(Object value) {
        if (value instanceof List<?>) {
            return (List<Map<String, Object>>) value;
        }
        throw new IllegalStateException("the hub sent " + value + " where a list was expected");
    }

    public static int intField(Map<String, Object> record, String key) {
        if (record.get(key) instanceof Number number) {
            return number.intValue();
        }
        throw new IllegalStateException("the hub's record has no number " + key + ": " + record);
    }

    public static TaskState state(Map<String, Object> task) {
        return TaskState.fromCode(intField(task, "state"));
    }

    /** Koji's lower-case state name, e.g. {@code closed}. */
    public static String stateName(TaskState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Koji's {@code taskLabel}: {@code method (arch)}. Koji adds details for a few core RPM methods; none of the
     * container methods has any, so a container build reads {@code buildContainer (noarch)}.
     */
    public static String label(Map<String, Object> task) {
        return task.get("method") + " (" + task.get("arch") + ")";
    }
}
