package io.containerbuild.hub.rpc;

import io.containerbuild.plugin.hub.HubExport;
import java.util.List;

/**
 * A family of the hub's own methods (sessions, tasks, builds, ...), like one of Koji's export
 * classes. Groups are bound into a multibinder by the hub module; plugin exports come after them
 * and may replace a core method of the same name, as in Koji.
 */
public interface ExportGroup {
    List<HubExport> exports();
}
