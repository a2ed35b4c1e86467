package io.containerbuild.kojid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A task the hub's scheduler gave this host, as {@code host.getTasks()} lists it.
 *
 * @param id     the task id
 * @param state  its state code; only ASSIGNED tasks are taken
 * @param method its task method
 */
record AssignedTask(int id, int state, String method) {

    /** Reads {@code host.getTasks()}'s answer; entries without an id are skipped. */
    static List<AssignedTask> listFrom(Object answer) {
        List<AssignedTask> tasks = new ArrayList<>();
        if (answer instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> task && task.get("id") instanceof Integer id) {
                    int state = task.get("state") instanceof Integer code ? code : -1;
                    Object method = task.get("method");
                    tasks.add(new AssignedTask(id, state, method == null ? null : method.toString()));
                }
            }
        }
        return tasks;
    }
}
