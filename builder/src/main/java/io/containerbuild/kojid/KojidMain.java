package io.containerbuild.kojid;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.plugin.Plugin;
import io.containerbuild.plugin.PluginLoader;
import io.containerbuild.plugin.builder.BuilderPlugin;
import io.containerbuild.wire.SerialFilters;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code bin/kojid}: the builder daemon. */
public final class KojidMain {
    private static final Logger LOG = LoggerFactory.getLogger(KojidMain.class);
    static final Path DEFAULT_CONFIG = Path.of("/etc/kojid/kojid.conf");

    static final String USAGE = """
            Usage: kojid [--config kojid.conf] [--force-lock]

            Logs in to the hub as a build host, takes tasks and runs them with the enabled plugins' handlers.
            Stops on SIGTERM: no new tasks; running ones get shutdown_grace seconds, then are freed.

              --config FILE   the configuration, section [kojid] (default /etc/kojid/kojid.conf)
              --force-lock    take over the host's exclusive session from a daemon that died without logging out
              --help          this text
            """;

    private KojidMain() {}

    public static void main(String[] args) {
        // nothing this process reads off the wire or disk is ever Java-serialized
        SerialFilters.installRejectAll();
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path configFile = DEFAULT_CONFIG;
        boolean forceLock = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return 0;
            } else if (arg.equals("--force-lock")) {
                forceLock = true;
            } else if (arg.equals("--config") && i + 1 < args.size()) {
                configFile = Path.of(args.get(++i));
            } else if (arg.startsWith("--config=")) {
                configFile = Path.of(arg.substring("--config=".length()));
            } else {
                err.print(USAGE);
                err.println("kojid: unexpected argument: " + arg);
                return 2;
            }
        }
        Kojid daemon;
        try {
            daemon = assemble(configFile, forceLock);
        } catch (KojiFault fault) {
            err.println("kojid: " + fault.getMessage());
            return 1;
        } catch (CreationException | ProvisionException e) {
            err.println("kojid: cannot start: " + rootMessage(e));
            return 1;
        }
        Thread hook = new Thread(() -> stopOnSignal(daemon), "kojid-sigterm");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            daemon.run();
        } catch (KojiFault fault) {
            err.println("kojid: cannot log in to the hub: " + fault.display());
            return 1;
        }
        return 0;
    }

    /** Reads the configuration, loads the enabled plugins (a missing one stops the start) and wires the daemon. */
    static Kojid assemble(Path configFile, boolean forceLock) {
        IniSection section = IniFile.load(configFile).section(KojidConfig.SECTION);
        KojidConfig config = KojidConfig.from(section, configFile, forceLock);
        List<BuilderPlugin> plugins = PluginLoader.of(BuilderPlugin.class).enabled(config.plugins());
        List<Module> modules = plugins.stream().map(Plugin::module).toList();
        LOG.info("Starting kojid for {} with plugins {}", config.server(), config.plugins());
        return Guice.createInjector(new KojidModule(config, section, modules)).getInstance(Kojid.class);
    }

    private static void stopOnSignal(Kojid daemon) {
        daemon.stop();
        try {
            if (!daemon.awaitTermination(daemon.stopAllowance())) {
                LOG.warn("kojid did not finish stopping in time; exiting regardless");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? failure.getMessage() : cause.getMessage();
    }
}
