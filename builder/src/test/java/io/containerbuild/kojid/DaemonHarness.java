package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.Multibinder;
import io.containerbuild.config.IniFile;
import io.containerbuild.config.IniSection;
import io.containerbuild.plugin.builder.TaskHandler;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A daemon wired as {@code bin/kojid} wires it (the same module), with the test's handlers in place of a
 * plugin's, running on a thread of its own against a stand-in hub.
 */
final class DaemonHarness implements AutoCloseable {
    private final Kojid daemon;
    private final Thread thread;
    private final KojidConfig config;
    private volatile Throwable failure;

    private DaemonHarness(Kojid daemon, KojidConfig config) {
        this.daemon = daemon;
        this.config = config;
        this.thread = new Thread(() -> {
            try {
                daemon.run();
            } catch (Throwable e) {
                failure = e;
            }
        }, "kojid-under-test");
    }

    /** The settings tests use: quick rounds, quick cancellation checks, a short grace period. */
    static Map<String, String> quickSettings(URI hub, Path workdir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server", hub.toString());
        settings.put("user", StandInHub.HOST_USER);
        settings.put("password", StandInHub.PASSWORD);
        settings.put("workdir", workdir.toString());
        settings.put("sleeptime", "1");
        settings.put("maxjobs", "4");
        settings.put("cancel_check_interval", "1");
        settings.put("shutdown_grace", "1");
        settings.put("allowed_scms", "git.example.org:/containers/*");
        return settings;
    }

    static DaemonHarness start(Map<String, String> settings, TaskHandler... handlers) {
        StringBuilder text = new StringBuilder("[kojid]\n");
        settings.forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));
        IniSection section = IniFile.parse(text.toString(), "test kojid.conf").section(KojidConfig.SECTION);
        KojidConfig config = KojidConfig.from(section, Path.of("test-kojid.conf"), false);
        AbstractModule plugin = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder<TaskHandler> set = Multibinder.newSetBinder(binder(), TaskHandler.class);
                for (TaskHandler handler : handlers) {
                    set.addBinding().toInstance(handler);
                }
            }
        };
        Kojid daemon = Guice.createInjector(new KojidModule(config, section, List.of(plugin))).getInstance(Kojid.class);
        DaemonHarness harness = new DaemonHarness(daemon, config);
        harness.thread.start();
        return harness;
    }

    /** Runs a daemon until the condition holds, then stops it as SIGTERM does. */
    static void runUntil(Map<String, String> settings, String what, BooleanSupplier condition,
                         TaskHandler... handlers) throws InterruptedException {
        try (DaemonHarness daemon = start(settings, handlers)) {
            Await.until(what, condition);
            daemon.stop();
        }
    }

    KojidConfig config() {
        return config;
    }

    /** Stops the daemon as SIGTERM does and waits until it has signed off. */
    void stop() throws InterruptedException {
        requestStop();
        awaitStopped();
    }

    /** What the SIGTERM hook does first: asks the daemon to stop, without waiting. */
    void requestStop() {
        daemon.stop();
    }

    void awaitStopped() throws InterruptedException {
        assertTrue(daemon.awaitTermination(Await.LIMIT), "the daemon did not stop in time");
        thread.join(Duration.ofSeconds(10).toMillis());
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while stopping the daemon", e);
            }
        }
    }
}
