package io.containerbuild.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.ConfigurationError;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {

    @TempDir
    Path root;

    private Profile read(Settings settings) {
        return new ProfileReader(new ConfigLocations(root.resolve("etc"), root.resolve("home"))).read(settings);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void laterFilesOverrideEarlierOnesKeyByKeyInKojisOrder() throws IOException {
        write("etc/koji.conf.d/10-site.conf", "[koji]\nserver = http://one/kojihub\nweburl = http://one/koji\n");
        write("etc/koji.conf", "[koji]\nserver = http://two/kojihub\npoll_interval = 3\n");
        write("home/.koji/config.d/a.conf", "[koji]\ntopurl = http://files\n");
        write("home/.koji/config", "[koji]\nauthtype = password\nuser = alice\n");

        Profile profile = read(new Settings("koji"));

        assertEquals(URI.create("http://two/kojihub"), profile.server());
        assertEquals("http://one/koji", profile.weburl());
        assertEquals(Optional.of("http://files"), profile.topurl());
        assertEquals(Optional.of(AuthType.PASSWORD), profile.authtype());
        assertEquals(Optional.of("alice"), profile.user());
        assertEquals(Duration.ofSeconds(3), profile.pollInterval());
    }

    @Test
    void commandLineOptionsWinAndDefaultsAreKojis() throws IOException {
        write("home/.koji/config", "[stage]\nserver = http://stage/kojihub\n");
        Settings settings = new Settings("stage");
        settings.server = Optional.of("http://cli/kojihub");

        Profile profile = read(settings);

        assertEquals(URI.create("http://cli/kojihub"), profile.server());
        assertEquals("http://localhost/koji", profile.weburl());
        assertEquals(Duration.ofSeconds(6), profile.pollInterval());
        assertEquals(Optional.empty(), profile.authtype());
    }

    @Test
    void aGivenConfigFileReplacesTheUsersFilesAndMustExist() throws IOException {
        write("home/.koji/config", "[koji]\nserver = http://home/kojihub\n");
        write("given.conf", "[koji]\nweburl = http://given/koji\n");
        Settings settings = new Settings("koji");
        settings.configFile = Optional.of(root.resolve("given.conf").toString());

        assertEquals(URI.create("http://localhost/kojihub"), read(settings).server());
        settings.configFile = Optional.of(root.resolve("missing.conf").toString());
        assertEquals("Config file " + root.resolve("missing.conf") + " can't be opened.",
                assertThrows(ConfigurationError.class, () -> read(settings)).getMessage());
    }

    @Test
    void errorsNameTheProblem() throws IOException {
        assertEquals("no configuration for profile name: koji",
                assertThrows(ConfigurationError.class, () -> read(new Settings("koji"))).getMessage());
        write("etc/koji.conf", "[koji]\nauthtype = magic\n");
        assertEquals("[koji] authtype: unknown authtype 'magic' (known: noauth, password, kerberos, ssl, gssapi)",
                assertThrows(ConfigurationError.class, () -> read(new Settings("koji"))).getMessage());
    }

    /** Global options as picocli would have filled them. */
    private static final class Settings implements ProfileReader.CommandLineSettings {
        private final String profile;
        Optional<String> configFile = Optional.empty();
        Optional<String> server = Optional.empty();

        Settings(String profile) {
            this.profile = profile;
        }

        @Override
        public String profile() {
            return profile;
        }

        @Override
        public Optional<String> configFile() {
            return configFile;
        }

        @Override
        public Optional<String> server() {
            return server;
        }
    }
}
