package io.containerbuild.cli.watch;

/** Koji's {@code PathInfo} for task output: where the file server publishes what a task uploaded. */
public final class TaskOutputPaths {

    public static final String DEFAULT_VOLUME = "DEFAULT";

    private TaskOutputPaths() {
    }

    /** {@code <top>/work/tasks/<id % 10000>/<id>}, or {@code <top>/vol/<volume>/work/...} off the default volume. */
    public static String taskDirectory(String top, int taskId, String volume) {
        String volumeDir = volume == null || DEFAULT_VOLUME.equals(volume) ? top : top + "/vol/" + volume;
        return volumeDir + "/work/tasks/" + (taskId % 10000) + "/" + taskId;
    }
}
