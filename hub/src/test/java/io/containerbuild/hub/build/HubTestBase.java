package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of a subclass against a fresh hub on H2 and again on PostgreSQL, driven through
 * the Java Koji client. {@code osbs} may import as the content generator; {@code admin} is an
 * admin; {@code alice} is an ordinary user.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(HubBackend.class)
abstract class HubTestBase {
    @Parameter
    HubBackend backend;

    @TempDir
    Path dataDir;

    TestHub hub;
    KojiSession osbs;

    @BeforeEach
    void startHub() throws Exception {
        hub = TestHub.start(backend, dataDir);
        hub.contentGeneratorAccount("osbs");
        hub.user("admin", "admin");
        hub.user("alice");
        osbs = hub.login("osbs");
    }

    @AfterEach
    void stopHub() {
        if (hub != null) {
            hub.close();
        }
    }

    /** Uploads the image's files and imports it without a reservation; answers the build record. */
    Map<String, Object> importImage(ImageImport image) {
        return record(osbs.call("CGImport", image.upload(hub), image.directory));
    }

    /** Reserves the image's NVR with CGInitBuild; answers {build_id, token}. */
    Map<String, Object> reserve(ImageImport image) {
        return record(osbs.call("CGInitBuild", TestHub.CG,
                Map.of("name", image.name, "version", image.version, "release", image.release)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> record(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> records(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static Map<String, Object> kwargs(Object... pairs) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keywords.put((String) pairs[i], pairs[i + 1]);
        }
        return keywords;
    }

    /** The call fails with this fault code and message. */
    static KojiFault assertFault(FaultCode code, String message, Executable call) {
        return assertFault(code, message, call, "");
    }

    static KojiFault assertFault(FaultCode code, String message, Executable call, String why) {
        KojiFault fault = assertThrows(KojiFault.class, call, why);
        assertEquals(code.code(), fault.faultCode(), why + ": " + fault.getMessage());
        assertEquals(message, fault.getMessage(), why);
        return fault;
    }
}
