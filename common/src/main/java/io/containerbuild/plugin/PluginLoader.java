package io.containerbuild.plugin;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds the plugins a host's configuration enables. Koji refuses to run a builder whose plugin is
 * missing and takes a hub offline; we stop the start instead, naming what is installed, because a
 * host that silently lacks a task type or an export is worse than one that does not start.
 */
public final class PluginLoader<P extends Plugin> {
    private final Class<P> type;
    private final ClassLoader classLoader;

    public PluginLoader(Class<P> type, ClassLoader classLoader) {
        this.type = type;
        this.classLoader = classLoader;
    }

    public static <P extends Plugin> PluginLoader<P> of(Class<P> type) {
        return new PluginLoader<>(type, type.getClassLoader());
    }

    /** Every plugin of this kind on the class path, by name. */
    public Map<String, P> installed() {
        Map<String, P> byName = new LinkedHashMap<>();
        for (P plugin : ServiceLoader.load(type, classLoader)) {
            P clash = byName.putIfAbsent(plugin.name(), plugin);
            if (clash != null) {
                throw new KojiFault(FaultCode.PLUGIN_ERROR, "plugin name conflict: " + plugin.name() + " is provided by "
                        + clash.getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
        return byName;
    }

    /** The named plugins, in the order given; a name that is not installed is a {@code PluginError}. */
    public List<P> enabled(List<String> names) {
        Map<String, P> installed = installed();
        List<P> result = new ArrayList<>();
        for (String name : names) {
            P plugin = installed.get(name);
            if (plugin == null) {
                throw new KojiFault(FaultCode.PLUGIN_ERROR, "plugin " + name + " is enabled in the configuration but not installed"
                        + " (installed " + type.getSimpleName() + "s: " + describe(installed) + ")");
            }
            result.add(plugin);
        }
        return List.copyOf(result);
    }

    private static String describe(Map<String, ?> installed) {
        return installed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(installed.keySet()));
    }
}
