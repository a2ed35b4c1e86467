package io.containerbuild.hub.upload;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.HubConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Koji's work directory, {@code <DataDir>/files/work}: uploads land here and task output lives in
 * {@code tasks/<id % 10000>/<id>/}, which the hub serves as {@code /kojifiles/work/...}.
 */
@Singleton
public final class WorkTree {
    /** Only the default volume exists on this hub. */
    public static final String DEFAULT_VOLUME = "DEFAULT";

    private final Path root;

    @Inject
    public WorkTree(HubConfig config) {
        this(config.dataDir().resolve("files").resolve("work"));
    }

    public WorkTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Koji's {@code pathinfo.taskrelpath}: {@code tasks/<id % 10000>/<id>}. */
    public static String taskRelativeDir(int taskId) {
        return "tasks/" + (taskId % 10000) + "/" + taskId;
    }

    public Path taskDir(int taskId) {
        return root.resolve(taskRelativeDir(taskId));
    }

    /** Volumes other than the default one are refused by name rather than silently misplaced. */
    public static void requireKnownVolume(String volume) {
        if (volume != null && !volume.equals(DEFAULT_VOLUME)) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "No such volume: " + volume);
        }
    }
}
