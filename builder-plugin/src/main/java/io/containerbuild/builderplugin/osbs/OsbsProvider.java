package io.containerbuild.builderplugin.osbs;

import java.util.Optional;

/**
 * Makes the OSBS client of an osbs.conf instance section (upstream: {@code OSBS(Configuration(
 * conf_section=...))}). The host binds it: the handlers only ask for a section. Called at most once
 * per task, from the task's thread.
 */
@FunctionalInterface
public interface OsbsProvider {

    /** The client for the section, or empty when none can be made (the task then fails with ContainerError). */
    Optional<OsbsInstance> instance(OsbsSection section);
}
