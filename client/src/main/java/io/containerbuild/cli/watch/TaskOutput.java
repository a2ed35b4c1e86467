package io.containerbuild.cli.watch;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.wire.KojiSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files a task uploaded, by name, with the volumes each one is on. */
public final class TaskOutput {

    private TaskOutput() {
    }

    /**
     * Koji's {@code list_task_output_all_volumes}: {@code listTaskOutput(id, all_volumes=True)}, or, from a hub too
     * old for that keyword, the plain listing with every file on the default volume.
     */
    public static Map<String, List<String>> allVolumes(KojiSession session, int taskId) {
        Object answer;
        try {
            answer = session.call("listTaskOutput", List.of(taskId), Map.of("all_volumes", Boolean.TRUE));
        } catch (ParameterError e) {
            if (!String.valueOf(e.getMessage()).contains("got an unexpected keyword argument")) {
                throw e;
            }
            Map<String, List<String>> files = new LinkedHashMap<>();
            for (Object name : (List<?>) session.call("listTaskOutput", taskId)) {
                files.put(String.valueOf(name), List.of(TaskOutputPaths.DEFAULT_VOLUME));
            }
            return files;
        }
        Map<String, List<String>> files = new LinkedHashMap<>();
        ((Map<?, ?>) answer).forEach((name, volumes) -> {
            List<String> names = new ArrayList<>();
            for (Object volume : (List<?>) volumes) {
                names.add(String.valueOf(volume));
            }
            files.put(String.valueOf(name), names);
        });
        return files;
    }
}
