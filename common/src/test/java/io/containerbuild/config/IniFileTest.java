package io.containerbuild.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ConfigurationError;
import io.containerbuild.fault.FaultCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniFileTest {

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(IniFileTest.class.getResource("/config/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void readsAKojidConf() {
        IniSection kojid = IniFile.load(resource("kojid.conf")).section("kojid");
        assertEquals(15, kojid.integer("sleeptime"));
        assertEquals(10, kojid.integer("maxjobs"));
        assertEquals(10, kojid.integer("MaxJobs"));
        assertEquals(Path.of("/mnt/koji"), kojid.path("topdir"));
        assertEquals("https://koji.example.com/kojihub", kojid.string("server"));
        assertEquals(List.of("builder_containerbuild", "runroot"), kojid.list("plugins"));
        assertEquals(List.of(Path.of("/usr/lib/koji-builder-plugins"), Path.of("/usr/local/lib/koji-builder-plugins")),
                kojid.searchPath("pluginpath"));
        assertEquals(List.of("pkgs.example.com:/*:no", "git.example.org:/containers/*:no:make,sources",
                "!git.example.org:/containers/secret"), kojid.list("allowed_scms"));
        assertTrue(kojid.bool("allowed_scms_use_config"));
        assertFalse(kojid.bool("allowed_scms_use_policy"));
        assertTrue(kojid.bool("use_createrepo_c"));
        assertEquals(Duration.ofHours(1), kojid.seconds("timeout"));
        assertEquals(Set.of("sleeptime", "maxjobs", "minspace", "topdir", "workdir", "server", "plugins", "pluginpath",
                "allowed_scms", "allowed_scms_use_config", "allowed_scms_use_policy", "use_createrepo_c", "timeout"),
                kojid.keys());
    }

    @Test
    void readsAnOsbsConf() {
        IniFile osbs = IniFile.load(resource("osbs.conf"));
        assertEquals(List.of("general", "default_binary", "default_source"), List.copyOf(osbs.sectionNames()));
        assertTrue(osbs.section("general").bool("verbose"));
        IniSection binary = osbs.section("default_binary");
        assertEquals(Duration.ofSeconds(10800), binary.seconds("default_buildtime_limit"));
        assertEquals(Duration.ofSeconds(21600), binary.seconds("max_buildtime_limit"));
        assertFalse(binary.bool("verify_ssl"));
        IniSection source = osbs.section("default_source");
        assertEquals(Duration.ofSeconds(10800), source.seconds("default_buildtime_limit", Duration.ofSeconds(10800)));
        assertTrue(source.bool("verify_ssl", true));
    }

    @Test
    void valuesAreNeverInterpolated() {
        IniSection hub = IniFile.load(resource("hub.conf")).section("hub");
        assertEquals("Down for maintenance at ${env:HOME} and %(KojiDir)s", hub.string("offlinemessage"));
        assertEquals(List.of("hub_containerbuild"), hub.list("Plugins"));
    }

    @Test
    void fileAndOtherLookupsStayLiteral() {
        IniSection kojid = IniFile.load(resource("lookups.conf")).section("kojid");
        assertEquals("${file:UTF-8:/etc/hostname}", kojid.string("hostname"));
        assertEquals("${env:HOME}", kojid.string("home"));
        assertEquals("${sys:user.name}", kojid.string("user"));
        assertEquals("${kojid.topdir}/work", kojid.string("workdir"));
        assertEquals("${script:javascript:1+1}", kojid.string("script"));
        assertEquals(Path.of("${kojid.topdir}/work"), kojid.path("workdir"));
    }

    @Test
    void laterFilesOverrideEarlierOnesKeyByKey() {
        Path dropIns = resource("koji.conf.d");
        List<Path> files = new ArrayList<>();
        files.add(resource("koji.conf"));
        files.addAll(IniFile.dropIns(dropIns));
        files.add(tmp.resolve("missing-user-config"));
        IniFile koji = IniFile.loadAll(files);

        IniSection profile = koji.section("koji");
        assertEquals("gssapi", profile.string("authtype"));
        assertEquals("~/.koji/client.crt", profile.string("cert"));
        assertEquals("https://koji.example.com/kojihub", profile.string("server"));
        assertEquals(List.of("koji", "stage", "local"), List.copyOf(koji.sectionNames()));
        assertEquals(List.of(resource("koji.conf").toString(), dropIns.resolve("10-local.conf").toString(),
                dropIns.resolve("20-later.conf").toString()), koji.sources());
    }

    @Test
    void dropInsAreSortedConfFilesOnly() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("conf.d"));
        Files.writeString(dir.resolve("b.conf"), "");
        Files.writeString(dir.resolve("a.conf"), "");
        Files.writeString(dir.resolve("c.conf.rpmsave"), "");
        Files.createDirectory(dir.resolve("d.conf"));
        assertEquals(List.of(dir.resolve("a.conf"), dir.resolve("b.conf")), IniFile.dropIns(dir));
        assertEquals(List.of(), IniFile.dropIns(tmp.resolve("absent")));
    }

    @Test
    void mergedErrorsNameTheFileTheValueCameFrom() throws IOException {
        Path first = write("first.conf", "[kojid]\nmaxjobs = many\nsleeptime = 5\n");
        Path second = write("second.conf", "[kojid]\nsleeptime = soon\n");
        IniSection kojid = IniFile.loadAll(List.of(first, second)).section("kojid");
        assertEquals(first + ": [kojid] maxjobs: 'many' is not an integer",
                assertThrows(ConfigurationError.class, () -> kojid.integer("maxjobs")).getMessage());
        assertEquals(second + ": [kojid] sleeptime: 'soon' is not an integer",
                assertThrows(ConfigurationError.class, () -> kojid.integer("sleeptime")).getMessage());
        assertEquals(first + ", " + second + ": [kojid] server: required key is missing",
                assertThrows(ConfigurationError.class, () -> kojid.string("server")).getMessage());
    }

    @Test
    void loadAllOfNothingIsEmpty() {
        IniFile none = IniFile.loadAll(List.of(tmp.resolve("nope.conf")));
        assertEquals(List.of(), none.sources());
        assertEquals(Set.of(), none.sectionNames());
        assertEquals("(no configuration file): missing section [koji]",
                assertThrows(ConfigurationError.class, () -> none.section("koji")).getMessage());
    }

    @Test
    void missingFileIsAConfigurationError() {
        Path missing = tmp.resolve("kojid.conf");
        ConfigurationError e = assertThrows(ConfigurationError.class, () -> IniFile.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals(FaultCode.CONFIGURATION_ERROR.code(), e.faultCode());
    }

    @Test
    void unreadableFileIsAConfigurationError() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("a-directory.conf"));
        ConfigurationError e = assertThrows(ConfigurationError.class, () -> IniFile.load(directory));
        assertTrue(e.getMessage().startsWith(directory + ": cannot read file: "), e.getMessage());
    }

    @Test
    void nonUtf8FileIsAConfigurationError() throws IOException {
        Path latin1 = Files.write(tmp.resolve("latin1.conf"), "[s]\nk = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ": cannot read file: not UTF-8 text",
                assertThrows(ConfigurationError.class, () -> IniFile.load(latin1)).getMessage());
    }

    @Test
    void missingSectionNamesFileAndSection() throws IOException {
        Path file = write("kojid.conf", "[other]\nx = 1\n");
        IniFile ini = IniFile.load(file);
        assertEquals(file + ": missing section [kojid]",
                assertThrows(ConfigurationError.class, () -> ini.section("kojid")).getMessage());
        assertFalse(ini.hasSection("kojid"));
        assertTrue(ini.optionalSection("kojid").isEmpty());
        assertTrue(ini.hasSection("other"));
    }

    @Test
    void sectionNamesAreCaseSensitiveAndMayContainDots() {
        IniFile ini = IniFile.parse("[Kojid]\nx = 1\n[fedora.stg]\nserver = s\n[with space]\na = b\n", "t.conf");
        assertFalse(ini.hasSection("kojid"));
        assertEquals(1, ini.section("Kojid").integer("x"));
        assertEquals("s", ini.section("fedora.stg").string("server"));
        assertEquals("b", ini.section("with space").string("a"));
    }

    @Test
    void emptySectionsExist() {
        IniFile ini = IniFile.parse("[empty]\n[full]\na = 1\n", "t.conf");
        assertTrue(ini.hasSection("empty"));
        assertEquals(Set.of(), ini.section("empty").keys());
    }

    @Test
    void emptyConfigurationHasNothing() {
        assertEquals(Set.of(), IniFile.empty().sectionNames());
        assertEquals(Set.of(), IniFile.parse("", "t.conf").sectionNames());
        assertEquals(Set.of(), IniFile.parse("# only a comment\n\n", "t.conf").sectionNames());
    }
}
