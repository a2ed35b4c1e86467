package io.containerbuild.osbs.testing;

import io.containerbuild.config.IniFile;
import io.containerbuild.options.UserData;
import io.containerbuild.osbs.BinaryBuildRequest;
import io.containerbuild.osbs.BuildLogLine;
import io.containerbuild.osbs.Osbs;
import io.containerbuild.osbs.builds.EngineOsbs;
import io.containerbuild.osbs.config.OsbsConf;
import io.containerbuild.osbs.config.OsbsConfParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An {@link EngineOsbs} on the real engine and registry, importing into a {@link StandInHub}, with a
 * fresh git repository holding a trivial image whose repository name no other test uses.
 */
public final class OsbsFixture implements AutoCloseable {

    public static final String TARGET = "osbs-it-target";

    public final StandInHub hub;
    public final EngineOsbs osbs;
    public final GitRepos repo;
    /** The {@code name} label: the image's repository in the registry. */
    public final String imageName;
    public final Path stateDir;

    private OsbsFixture(StandInHub hub, EngineOsbs osbs, GitRepos repo, String imageName, Path stateDir) {
        this.hub = hub;
        this.osbs = osbs;
        this.repo = repo;
        this.imageName = imageName;
        this.stateDir = stateDir;
    }

    /** With {@code extraInstanceKeys} added to both instance sections, e.g. a broken registry. */
    public static OsbsFixture start(Path scratch, String dockerHost, String registry) {
        StandInHub hub = StandInHub.start();
        Path state = scratch.resolve("state");
        OsbsConf conf = OsbsConfParser.parse(IniFile.parse(conf(state, dockerHost, registry, hub), "osbs.conf"));
        String imageName = "osbs-it/app-" + UUID.randomUUID().toString().substring(0, 8);
        GitRepos repo = GitRepos.create("osbs-app", scratch);
        return new OsbsFixture(hub, new EngineOsbs(conf), repo, imageName, state);
    }

    public static OsbsFixture start(Path scratch) {
        return start(scratch, RealParts.dockerHost(), RealParts.registry());
    }

    /**
     * With a second platform, {@code aarch64}, whose engine is the same real dockerd: the images are
     * amd64 whatever their label says, which is enough to show the manifest lists.
     */
    public static OsbsFixture startTwoPlatforms(Path scratch) {
        StandInHub hub = StandInHub.start();
        Path state = scratch.resolve("state");
        String text = conf(state, RealParts.dockerHost(), RealParts.registry(), hub)
                .replace("engines = local", "engines = local local-arm")
                .replace("[default_binary]", "[engine:local-arm]\nplatform = aarch64\ndocker_host = "
                        + RealParts.dockerHost() + "\nslots = 2\n\n[default_binary]");
        OsbsConf conf = OsbsConfParser.parse(IniFile.parse(text, "osbs.conf"));
        String imageName = "osbs-it/multi-" + UUID.randomUUID().toString().substring(0, 8);
        return new OsbsFixture(hub, new EngineOsbs(conf), GitRepos.create("osbs-multi", scratch), imageName, state);
    }

    static String conf(Path state, String dockerHost, String registry, StandInHub hub) {
        String instance = """
                engines = local
                registry_uri = http://%s
                koji_hub = %s
                koji_user = osbs
                koji_password = secret
                """.formatted(registry, hub.url());
        return """
                [general]
                state_dir = %s
                max_concurrent_builds = 4

                [engine:local]
                platform = x86_64
                docker_host = %s
                slots = 4

                [default_binary]
                %s
                [default_source]
                %s""".formatted(state, dockerHost, instance, instance);
    }

    /** A Dockerfile from the test base image with the required labels, and more lines after. */
    public String dockerfile(String labels, String... lines) {
        return "FROM " + BaseImage.pullSpec() + "\n"
                + "LABEL com.redhat.component=\"test-app\" name=\"" + imageName + "\" version=\"1.0\" " + labels + "\n"
                + String.join("\n", lines) + "\n";
    }

    /** Commits the files and returns the commit. */
    public String commit(Map<String, String> files) {
        return repo.commit(files, "test content");
    }

    /** A request for the commit on {@code main}, for the given platforms. */
    public BinaryBuildRequest request(String ref, List<String> platforms) {
        return new BinaryBuildRequest(repo.url(), ref, "main", "alice", "test-app", TARGET, 4242, platforms, false,
                false, false, null, null, null, List.of(), List.of(), List.of(), UserData.empty(), null,
                Duration.ofMinutes(10), Duration.ofMinutes(20));
    }

    /** A request for the commit on {@code main}. */
    public BinaryBuildRequest request(String ref, boolean scratch, boolean isolated, String release) {
        return request(ref, scratch, isolated, release, Duration.ofMinutes(10));
    }

    /** A request with its own build-time limit. */
    public BinaryBuildRequest request(String ref, boolean scratch, boolean isolated, String release, Duration limit) {
        return new BinaryBuildRequest(repo.url(), ref, "main", "alice", "test-app", TARGET, 4242, List.of("x86_64"),
                scratch, isolated, false, release, null, null, List.of(), List.of(), List.of(), UserData.empty(), null,
                limit, Duration.ofMinutes(20));
    }

    public static String log(Osbs osbs, String name) {
        try (Stream<BuildLogLine> lines = osbs.getBuildLogs(name, false)) {
            return String.join("\n", lines.map(line -> line.platform() + ": " + line.text()).toList());
        }
    }

    @Override
    public void close() {
        osbs.close();
        hub.close();
    }
}
