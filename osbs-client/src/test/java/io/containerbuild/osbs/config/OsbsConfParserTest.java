package io.containerbuild.osbs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.config.IniFile;
import io.containerbuild.fault.ConfigurationError;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** osbs.conf: every key, the defaults, and errors that name file, section and key. */
class OsbsConfParserTest {

    private static final String ENGINES = """
            [engine:x86-1]
            platform = x86_64
            docker_host = unix:///run/docker-1.sock
            slots = 2

            [engine:arm-1]
            platform = aarch64
            docker_host = tcp://arm.example.com:2376
            docker_tls_cert_path = /etc/osbs/arm-certs
            """;

    @TempDir
    Path dir;

    private static OsbsConf parse(String text) {
        return OsbsConfParser.parse(IniFile.parse(text, "/etc/osbs.conf"));
    }

    @Test
    void readsEveryKey() throws Exception {
        Path auth = dir.resolve("auth.json");
        Files.writeString(auth, "{\"auths\": {\"registry.example.com\": {\"auth\": \"cHVzaGVyOnMzY3IzdA==\"}}}");
        OsbsConf conf = parse("""
                [general]
                verbose = true
                state_dir = /var/lib/osbs-test
                max_concurrent_builds = 3

                """ + ENGINES + """

                [default_binary]
                engines = x86-1, arm-1
                registry_uri = https://registry.example.com/v2
                registry_auth_file = %s
                koji_hub = https://koji.example.com/kojihub
                koji_cg_name = osbs
                koji_user = cg-user
                koji_password = cg-pass
                default_buildtime_limit = 600
                max_buildtime_limit = 1200
                cleanup_used_resources = false

                [default_source]
                engines = x86-1
                registry_uri = 127.0.0.1:5000
                registry_user = u
                registry_password = p
                """.formatted(auth));
        assertTrue(conf.verbose());
        assertEquals(Path.of("/var/lib/osbs-test"), conf.stateDir());
        assertEquals(3, conf.maxConcurrentBuilds());
        OsbsInstance binary = conf.instance(OsbsConf.DEFAULT_BINARY);
        assertEquals(List.of("x86_64", "aarch64"), List.copyOf(binary.platforms()));
        EngineEndpoint x86 = binary.enginesFor("x86_64").get(0);
        assertEquals(new EngineEndpoint("x86-1", "x86_64", URI.create("unix:///run/docker-1.sock"), Optional.empty(), 2), x86);
        EngineEndpoint arm = binary.enginesFor("aarch64").get(0);
        assertEquals(Optional.of(Path.of("/etc/osbs/arm-certs")), arm.tlsCertDir());
        assertEquals(1, arm.slots());
        assertEquals("registry.example.com", binary.registry().host());
        assertFalse(binary.registry().insecure());
        assertEquals(new RegistryCredentials("pusher", "s3cr3t"), binary.registry().credentials().orElseThrow());
        KojiAccount koji = binary.koji().orElseThrow();
        assertEquals(URI.create("https://koji.example.com/kojihub"), koji.hubUrl());
        assertEquals("osbs", koji.contentGenerator());
        assertEquals("cg-user", koji.user());
        assertEquals(Duration.ofSeconds(600), binary.defaultBuildtimeLimit());
        assertEquals(Duration.ofSeconds(1200), binary.maxBuildtimeLimit());
        assertFalse(binary.cleanupUsedResources());
        assertFalse(koji.toString().contains("cg-pass"), "passwords stay out of toString");

        OsbsInstance source = conf.instance(OsbsConf.DEFAULT_SOURCE);
        assertEquals(new RegistryCredentials("u", "p"), source.registry().credentials().orElseThrow());
        assertTrue(source.koji().isEmpty());
        assertEquals(Duration.ofSeconds(10800), source.defaultBuildtimeLimit());
        assertEquals(Duration.ofSeconds(21600), source.maxBuildtimeLimit());
        assertTrue(source.cleanupUsedResources());
    }

    @Test
    void defaultsWithoutAGeneralSection() {
        OsbsConf conf = parse(ENGINES + "\n[default_binary]\nengines = x86-1\nregistry_uri = http://127.0.0.1:5000\n");
        assertFalse(conf.verbose());
        assertEquals(OsbsConfParser.DEFAULT_STATE_DIR, conf.stateDir());
        assertEquals(4, conf.maxConcurrentBuilds());
        assertTrue(conf.instance("default_binary").registry().insecure());
        assertEquals("atomic-reactor", parse(ENGINES
                + "\n[default_binary]\nengines = x86-1\nregistry_uri = r.example.com\nkoji_hub = http://k/kojihub\n"
                + "koji_user = u\nkoji_password = p\n").instance("default_binary").koji().orElseThrow().contentGenerator(),
                "koji_cg_name defaults to atomic-reactor");
    }

    @Test
    void errorsNameFileSectionAndKey() {
        assertError("/etc/osbs.conf: [default_binary] registry_uri: required key is missing",
                ENGINES + "[default_binary]\nengines = x86-1\n");
        assertError("/etc/osbs.conf: [default_binary] engines: 'x86-2' names 'x86-2', which has no [engine:x86-2] section",
                ENGINES + "[default_binary]\nengines = x86-2\nregistry_uri = r\n");
        assertError("/etc/osbs.conf: [default_binary] registri_uri: 'r' is not a key of this kind of section",
                ENGINES + "[default_binary]\nengines = x86-1\nregistri_uri = r\n");
        assertError("/etc/osbs.conf: [engine:bad] docker_host: 'http://x' is neither unix:///path nor tcp://host:port",
                "[engine:bad]\nplatform = x86_64\ndocker_host = http://x\n");
        assertError("/etc/osbs.conf: [engine:bad] slots: '0' must be at least 1",
                "[engine:bad]\nplatform = x86_64\ndocker_host = unix:///x\nslots = 0\n");
        assertError("/etc/osbs.conf: [engine:bad] docker_tls_cert_path: '/c' is only for tcp:// engines",
                "[engine:bad]\nplatform = x86_64\ndocker_host = unix:///x\ndocker_tls_cert_path = /c\n");
        assertError("/etc/osbs.conf: [default_binary] default_buildtime_limit: '900' is more than max_buildtime_limit 600",
                ENGINES + "[default_binary]\nengines = x86-1\nregistry_uri = r\ndefault_buildtime_limit = 900\n"
                        + "max_buildtime_limit = 600\n");
        assertError("/etc/osbs.conf: [default_binary] max_buildtime_limit: 'soon' is not an integer",
                ENGINES + "[default_binary]\nengines = x86-1\nregistry_uri = r\nmax_buildtime_limit = soon\n");
        assertError("/etc/osbs.conf: [default_binary] registry_password: is required when registry_user is given",
                ENGINES + "[default_binary]\nengines = x86-1\nregistry_uri = r\nregistry_user = u\n");
        assertError("/etc/osbs.conf: [default_binary] koji_user: 'u' is given but koji_hub is not",
                ENGINES + "[default_binary]\nengines = x86-1\nregistry_uri = r\nkoji_user = u\n");
        assertError("/etc/osbs.conf: [default_binary] koji_password: required key is missing",
                ENGINES + "[default_binary]\nengines = x86-1\nregistry_uri = r\nkoji_hub = https://k/kojihub\nkoji_user = u\n");
        assertError("/etc/osbs.conf: [general] verbose: 'sometimes' is not a boolean", "[general]\nverbose = sometimes\n");
    }

    @Test
    void aMissingInstanceIsNamed() {
        OsbsConf conf = parse(ENGINES);
        ConfigurationError error = assertThrows(ConfigurationError.class, () -> conf.instance("default_source"));
        assertEquals("/etc/osbs.conf: missing instance section [default_source]", error.getMessage());
    }

    @Test
    void anAuthFileWithoutTheRegistryIsAnError() throws Exception {
        Path auth = dir.resolve("auth.json");
        Files.writeString(auth, "{\"auths\": {\"other.example.com\": {\"auth\": \"dTpw\"}}}");
        assertError("/etc/osbs.conf: [default_binary] registry_auth_file: '" + auth + "' has no entry for "
                + "registry.example.com under \"auths\"", ENGINES + "[default_binary]\nengines = x86-1\n"
                + "registry_uri = registry.example.com\nregistry_auth_file = " + auth + "\n");
    }

    @Test
    void theExampleConfigurationParses() {
        OsbsConf conf = OsbsConfParser.load(Path.of("../etc/osbs.conf"));
        assertEquals(List.of("x86_64"), List.copyOf(conf.instance(OsbsConf.DEFAULT_BINARY).platforms()));
        assertTrue(conf.instance(OsbsConf.DEFAULT_SOURCE).koji().isPresent());
    }

    private static void assertError(String expected, String text) {
        ConfigurationError error = assertThrows(ConfigurationError.class, () -> parse(text));
        assertEquals(expected, error.getMessage());
    }
}
