package io.containerbuild.builderplugin.osbs;

import io.containerbuild.builderplugin.task.TaskLog;
import io.containerbuild.fault.ContainerError;

/**
 * The task's OSBS client, made on first use as upstream makes it: a build refused before it reaches
 * OSBS never needs osbs.conf.
 */
public final class OsbsHandle {

    private final OsbsProvider provider;
    private final OsbsSection section;
    private final TaskLog log;
    private OsbsInstance instance;

    public OsbsHandle(OsbsProvider provider, OsbsSection section, TaskLog log) {
        this.provider = provider;
        this.section = section;
        this.log = log;
    }

    /** @throws ContainerError {@code Could not successfully instantiate `osbs`} */
    public OsbsInstance get() {
        if (instance == null) {
            instance = provider.instance(section)
                    .orElseThrow(() -> new ContainerError("Could not successfully instantiate `osbs`"));
            log.verbose(instance.verbose());
            log.debug("Using osbs.conf instance " + section.sectionName());
        }
        return instance;
    }
}
