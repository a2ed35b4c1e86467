package io.containerbuild.builderplugin.osbs;

import io.containerbuild.config.IniSection;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.osbs.OsbsException;
import io.containerbuild.osbs.builds.EngineOsbs;
import io.containerbuild.osbs.config.OsbsConf;
import io.containerbuild.osbs.config.OsbsConfParser;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The production OSBS clients: osbs-client on Docker engines, configured by the osbs.conf that the
 * daemon's {@code [kojid]} section names in {@code osbs_conf} (upstream's default
 * {@code /etc/osbs.conf}). One client serves both instance sections and every task of the daemon, so
 * that engine slots and build records are shared; it is made on the first build that needs it, so a
 * daemon whose builds are all refused early never reads osbs.conf. It takes Flatpak requests, so
 * that osbs-client itself answers them, with the reason this engine cannot build them yet.
 */
@Singleton
public final class OsbsConfProvider implements OsbsProvider {
    static final String OSBS_CONF_KEY = "osbs_conf";
    static final Path DEFAULT_OSBS_CONF = Path.of("/etc/osbs.conf");

    private final Path confFile;
    private OsbsConf conf;
    private EngineOsbs osbs;

    @Inject
    public OsbsConfProvider(IniSection daemonOptions) {
        this.confFile = daemonOptions.path(OSBS_CONF_KEY, DEFAULT_OSBS_CONF);
    }

    /** @throws ContainerError naming osbs.conf's problem, when no client can be made from it */
    @Override
    public synchronized Optional<OsbsInstance> instance(OsbsSection section) {
        try {
            if (osbs == null) {
                conf = OsbsConfParser.load(confFile);
                osbs = new EngineOsbs(conf);
            }
            io.containerbuild.osbs.config.OsbsInstance settings = conf.instance(section.sectionName());
            return Optional.of(new OsbsInstance(section, osbs, settings.defaultBuildtimeLimit(),
                    settings.maxBuildtimeLimit(), conf.verbose(), true));
        } catch (KojiFault | OsbsException e) {
            throw new ContainerError("Could not successfully instantiate `osbs`: " + e.getMessage(), e);
        }
    }
}
