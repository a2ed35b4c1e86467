package io.containerbuild.builderplugin.hub;

import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.fault.BuildError;
import java.util.Optional;

/**
 * Refuses to build an NVR the hub already has, unless that build failed or was cancelled (Koji
 * lets a new build take over such an NVR).
 */
public final class NvrCheck {

    private final KojiHub hub;
    private final TaskLog log;

    public NvrCheck(KojiHub hub, TaskLog log) {
        this.hub = hub;
        this.log = log;
    }

    /** @throws BuildError {@code Build for <nvr> already exists, id <id>} */
    public void check(String nvr) {
        Optional<KojiBuild> existing;
        try {
            existing = hub.build(nvr);
        } catch (RuntimeException e) {
            // Upstream treats any failure to look the build up as "no build"; the import would refuse
            // a duplicate later anyway.
            log.info("No build for " + nvr + " found: " + e);
            return;
        }
        if (existing.isEmpty()) {
            log.info("No build for " + nvr + " found");
            return;
        }
        KojiBuild build = existing.get();
        if (build.state().releasesNvr()) {
            log.info("Build for " + nvr + " found, but with reusable state " + build.state().code());
            return;
        }
        throw new BuildError("Build for " + nvr + " already exists, id " + build.id());
    }
}
