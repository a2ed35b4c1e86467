package io.containerbuild.hub.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.containerbuild.testing.PythonPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every administration call from Python's {@code xmlrpc.client} with a Koji-style session (session
 * headers, call numbers, {@code __starstar} keywords): the answers as Python sees them, the
 * refusals of a plain user, nil versus strict faults, password logins of a user and a host.
 */
class PythonClientAdminTest {
    @TempDir
    Path dataDir;

    @Test
    void aKojiStylePythonClientAdministersTheHub() throws Exception {
        Map<String, String> reports;
        try (AdminHub hub = AdminHub.start(dataDir)) {
            PythonPeer.Result result = PythonPeer.run("/admin/koji_admin_calls.py", Duration.ofSeconds(120),
                    hub.hub().hubUrl().toString(), AdminHub.ADMIN, AdminHub.ADMIN_PASSWORD);
            assertEquals(0, result.exitCode(), result.stderr());
            reports = result.reports();
        }

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("createUser", "'int'");
        expected.put("getUser", "[('krb_principals', []), ('name', 'pyuser'), ('status', 0), ('usertype', 0)]");
        expected.put("user.getLoggedInUser", "'pyuser'");
        expected.put("user.createUser", "FAULT 1004 'admin permission required (logged in as pyuser)'");
        expected.put("getUser.unknown", "None");
        expected.put("getUser.strict", "FAULT 1000 \"No such user: 'nobody'\"");
        expected.put("grantPermission", "None");
        expected.put("user.hasPerm", "True");
        expected.put("user.getPerms", "['tag']");
        expected.put("revokePermission", "None");
        expected.put("user.hasPerm.revoked", "False");
        expected.put("hasPerm.strict", "FAULT 1000 'No such permission nosuch defined'");
        expected.put("getAllPerms", "[('description', 'Full administrator access. Perform all actions.'), ('id', 1),"
                + " ('name', 'admin')]");

        expected.put("addChannel", "'int'");
        expected.put("getChannel", "[('comment', None), ('description', 'binary builds'), ('enabled', True),"
                + " ('name', 'container-binary')]");
        expected.put("getChannel.unknown", "None");
        expected.put("getChannel.strict", "FAULT 1000 'query returned no rows'");
        expected.put("user.addChannel", "FAULT 1004 'admin permission required (logged in as pyuser)'");
        expected.put("addHost", "'int'");
        expected.put("getHost", "[('arches', 'x86_64'), ('capacity', 2.0), ('comment', None), ('description', None),"
                + " ('enabled', True), ('name', 'pybuilder.example.com'), ('ready', False), ('task_load', 0.0),"
                + " ('update_time', None), ('update_ts', None)]");
        expected.put("host.getLoggedInUser", "1");
        expected.put("addHostToChannel", "None");
        expected.put("listChannels.host", "['default', 'container-binary']");
        expected.put("listHosts.channel", "['pybuilder.example.com']");
        expected.put("getHost.unknown", "None");
        expected.put("getHost.strict", "FAULT 1000 'Invalid hostInfo: nosuch'");
        expected.put("user.addHost", "FAULT 1004 'host permission required (logged in as pyuser)'");

        expected.put("createTag", "'int'");
        expected.put("getTag", "[('arches', 'x86_64 aarch64'), ('extra', {}), ('locked', False),"
                + " ('maven_include_all', False), ('maven_support', False), ('name', 'py-build'), ('perm', None),"
                + " ('perm_id', None)]");
        expected.put("createTag.duplicate", "FAULT 1000 \"A tag with the name 'py-build' already exists\"");
        expected.put("createTag.dest", "'int'");
        expected.put("createBuildTarget", "None");
        expected.put("getBuildTarget", "[('build_tag_name', 'py-build'), ('dest_tag_name', 'py-dest'),"
                + " ('name', 'py-target')]");
        expected.put("getBuildTargets", "['py-target']");
        expected.put("getBuildConfig", "[('arches', 'x86_64 aarch64'), ('config_inheritance', {'extra': {},"
                + " 'arches': None}), ('extra', {}), ('locked', False), ('maven_include_all', False),"
                + " ('maven_support', False), ('name', 'py-build'), ('perm', None), ('perm_id', None)]");
        expected.put("getTag.unknown", "None");
        expected.put("getTag.strict", "FAULT 1000 \"No such tagInfo: 'nosuch'\"");
        expected.put("getTag.badKeyword", "FAULT 1019 \"getTag() got an unexpected keyword argument 'nosuch'\"");
        expected.put("editTag2.lock", "None");
        expected.put("getTag.locked", "True");
        expected.put("editTag2.unlock", "None");
        expected.put("getTag.unlocked", "False");
        expected.put("user.editTag2", "FAULT 1004 'tag permission required (logged in as pyuser)'");
        expected.put("user.createBuildTarget", "FAULT 1004 'target permission required (logged in as pyuser)'");

        expected.put("packageListAdd", "None");
        expected.put("getPackageConfig", "[('blocked', False), ('extra_arches', None), ('owner_name', 'kojiadmin'),"
                + " ('package_name', 'py-container'), ('tag_name', 'py-dest')]");
        expected.put("getPackageConfig.unlisted", "None");
        expected.put("packageListBlock", "None");
        expected.put("getPackageConfig.blocked", "True");
        expected.put("listPackages", "['py-container']");
        expected.put("user.packageListAdd", "FAULT 1004 'policy violation (package_list)'");

        expected.put("multiCall", "['int', {'faultCode': 1000, 'faultString': 'channel container-binary already"
                + " exists (id=9)'}, 'dict']");
        expected.put("getChannel.afterMultiCall", "'container-source'");

        assertEquals(expected, reports);
    }
}
