package io.containerbuild.hub.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.containerbuild.config.IniFile;
import io.containerbuild.hub.Hub;
import io.containerbuild.hub.HubConfig;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.testing.PythonPeer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Koji's session protocol against a running hub, spoken by a Python client as koji.ClientSession speaks it. */
class SessionApiTest {
    @TempDir
    Path dataDir;

    private Hub hub;

    @BeforeEach
    void start() throws Exception {
        HubConfig config = HubConfig.from(IniFile.parse("[hub]\nPort = 0\nDataDir = " + dataDir + "\n", "test"), dataDir);
        PasswordHasher hasher = new PasswordHasher(1_000);
        hub = Hub.start(config, hasher);
        hub.store().users().create("alice", UserType.NORMAL, hasher.hash("alicepass"));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aPythonClientLogsInCallsWithRisingCallNumbersAndLogsOut() {
        PythonPeer.Result result = PythonPeer.run("/session/python_sessions.py", Duration.ofSeconds(60),
                hub.hubUrl().toString(), "alice", "alicepass");
        Map<String, String> reports = result.reports();

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("None", reports.get("anonymous user"));
        assertEquals("FAULT 1002 invalid username or password", reports.get("wrong password"));
        assertEquals("['header-auth', 'session-id', 'session-key']", reports.get("login keys"));
        assertEquals("'alice'", reports.get("logged in user"));
        assertEquals("1", reports.get("api version"));
        assertEquals("FAULT 1009 unable to retry call 1 (method getAPIVersion) for session 1", reports.get("replayed callnum"));
        assertEquals("FAULT 1008 1 > 0 (session 1)", reports.get("lower callnum"));
        assertEquals("1", reports.get("after a jump"));
        assertEquals("FAULT 1002 Invalid session or bad credentials", reports.get("wrong key"));
        assertEquals("[[1], {'faultCode': 1000, 'faultString': 'Invalid method: noSuchMethod'}, [['a', None]], "
                        + "{'faultCode': 1019, 'faultString': \"getLoggedInUser() got an unexpected keyword argument 'bogus'\"}]",
                reports.get("multicall"));
        assertEquals("FAULT 1019 getLoggedInUser() got an unexpected keyword argument 'bogus'",
                reports.get("unknown keyword"));
        assertEquals("None", reports.get("logout"));
        assertEquals("FAULT 1002 Invalid session or bad credentials", reports.get("after logout"));
    }
}
