package io.containerbuild.it.e2e;

import io.containerbuild.it.RealParts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/kojid} with the container-build plugin, as an administrator configures a builder: its own
 * kojid.conf (the host's account, {@code allowed_scms} admitting the test repositories at
 * {@code git://127.0.0.1/e2e/...}) and an osbs.conf building on the real Docker engine, pushing to the real
 * registry and importing into the hub as the osbs account.
 */
final class KojidProcess implements AutoCloseable {
    /** The allowed_scms entry: the git daemon on its default port, our repositories only. */
    static final String ALLOWED_SCMS = "127.0.0.1:/" + GitRepo.DIRECTORY + "/*";

    private final String host;
    private final Path dir;
    private final LoggedProcess process;

    private KojidProcess(String host, Path dir, LoggedProcess process) {
        this.host = host;
        this.dir = dir;
        this.process = process;
    }

    /**
     * @param host the host's name and account on the hub
     * @param slots builds the engine runs at once for this builder
     */
    static KojidProcess start(HubProcess hub, String host, String password, String osbsUser, String osbsPassword,
            Path dir, int slots) throws IOException {
        Files.createDirectories(dir);
        String instance = """
                engines = local
                registry_uri = http://%s
                koji_hub = %s
                koji_user = %s
                koji_password = %s
                """.formatted(RealParts.registry(), hub.url(), osbsUser, osbsPassword);
        Path osbsConf = Files.writeString(dir.resolve("osbs.conf"), """
                [general]
                state_dir = %s
                max_concurrent_builds = %d

                [engine:local]
                platform = x86_64
                docker_host = unix://%s
                slots = %d

                [default_binary]
                %s
                [default_source]
                %s""".formatted(dir.resolve("osbs"), slots, RealParts.dockerSocket(), slots, instance, instance));
        Path kojidConf = Files.writeString(dir.resolve("kojid.conf"), """
                [kojid]
                server = %s
                user = %s
                password = %s
                workdir = %s
                maxjobs = %d
                sleeptime = 2
                plugins = builder_containerbuild
                allowed_scms = %s
                osbs_conf = %s
                shutdown_grace = 5
                cancel_check_interval = 1
                """.formatted(hub.url(), host, password, dir.resolve("work"), slots, ALLOWED_SCMS, osbsConf));
        LoggedProcess process = LoggedProcess.start("kojid " + host, List.of(Checkout.launcher("kojid").toString(),
                "--config", kojidConf.toString(), "--force-lock"), dir.resolve("kojid.log"), Map.of());
        return new KojidProcess(host, dir, process);
    }

    String host() {
        return host;
    }

    Path dir() {
        return dir;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        return process.log();
    }

    String logTail(int lines) {
        return process.logTail(lines);
    }

    /** SIGKILL: the daemon dies mid-task, leaving its tasks open on the hub. */
    int kill() {
        return process.kill();
    }

    int stop() {
        return process.stop(Duration.ofMinutes(2));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.stop(Duration.ofMinutes(2));
        }
    }
}
