package io.containerbuild.hub.rpc;

import io.containerbuild.plugin.hub.HubExport;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every method the hub answers, by name: the core groups first, then the plugins' exports. */
public final class ExportRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRegistry.class);

    private final Map<String, HubExport> byName = new LinkedHashMap<>();

    @Inject
    public ExportRegistry(Set<ExportGroup> core, Set<HubExport> plugins) {
        core.forEach(group -> group.exports().forEach(export -> add(export, false)));
        plugins.forEach(export -> add(export, true));
    }

    private void add(HubExport export, boolean fromPlugin) {
        String name = export.signature().name();
        HubExport replaced = byName.put(name, export);
        if (replaced != null && !fromPlugin) {
            throw new IllegalStateException("two core exports are named " + name);
        }
        if (replaced != null) {
            LOG.info("plugin export {} replaces the hub's own", name);
        }
    }

    public Optional<HubExport> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<HubExport> all() {
        return List.copyOf(byName.values());
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
