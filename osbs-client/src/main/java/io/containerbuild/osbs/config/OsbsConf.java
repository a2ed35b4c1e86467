package io.containerbuild.osbs.config;

import io.containerbuild.fault.ConfigurationError;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed {@code osbs.conf}: the {@code [general]} settings and every instance section. Parsed once,
 * by {@link OsbsConfParser}; see {@code docs/osbs-conf.md}.
 *
 * @param source the file it was read from, for messages
 * @param verbose debug logging ({@code [general] verbose})
 * @param stateDir where build records, logs and work directories live
 * @param maxConcurrentBuilds how many builds run at once in this process; more wait as NEW
 */
public record OsbsConf(String source, boolean verbose, Path stateDir, int maxConcurrentBuilds,
                       Map<String, OsbsInstance> instances) {

    /** The section the builder uses for binary builds. */
    public static final String DEFAULT_BINARY = "default_binary";
    /** The section the builder uses for source-container builds. */
    public static final String DEFAULT_SOURCE = "default_source";

    public OsbsConf {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stateDir, "stateDir");
        instances = Map.copyOf(instances);
    }

    /**
     * An instance section.
     *
     * @throws ConfigurationError {@code <file>: missing instance section [<name>]}
     */
    public OsbsInstance instance(String name) {
        OsbsInstance instance = instances.get(name);
        if (instance == null) {
            throw new ConfigurationError(source + ": missing instance section [" + name + "]");
        }
        return instance;
    }
}
