package io.containerbuild.hub.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.Hub;
import io.containerbuild.hub.HubConfig;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * A real hub for the administration tests: the embedded database in a temporary directory, a free
 * port, a cheap password hasher, and the first administrator made through the store the way
 * {@code koji-hub create-admin} makes one.
 */
final class AdminHub implements AutoCloseable {
    static final String ADMIN = "kojiadmin";
    static final String ADMIN_PASSWORD = "admin-secret";

    private final Hub hub;
    private final PasswordHasher hasher = new PasswordHasher(1000);

    private AdminHub(Path dataDir) throws Exception {
        HubConfig config = new HubConfig("127.0.0.1", 0, dataDir, Optional.empty(), List.of(),
                HubConfig.DEFAULT_MAX_REQUEST_LENGTH);
        hub = Hub.start(config, hasher);
        person(ADMIN, ADMIN_PASSWORD, "admin");
    }

    static AdminHub start(Path dataDir) throws Exception {
        return new AdminHub(dataDir);
    }

    Hub hub() {
        return hub;
    }

    Store store() {
        return hub.store();
    }

    /** A person's account with a password and the given permissions, straight into the store. */
    User person(String name, String password, String... permissions) {
        User user = store().users().create(name, UserType.NORMAL, hasher.hash(password));
        for (String permission : permissions) {
            Permission found = store().permissions().get(permission).orElseThrow();
            store().permissions().grant(user.id(), found.id(), null);
        }
        return user;
    }

    KojiSession anonymous() {
        return XmlRpcKojiSession.open(ClientOptions.of(hub.hubUrl()));
    }

    KojiSession login(String user, String password) {
        KojiSession session = anonymous();
        session.login(user, password);
        return session;
    }

    KojiSession admin() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    @Override
    public void close() {
        hub.close();
    }

    /** A keyword call: {@code call(session, "getTag", List.of("f40"), "strict", true)}. */
    static Object call(KojiSession session, String method, List<?> args, Object... keywords) {
        return session.call(method, args, keywords(keywords));
    }

    static Map<String, Object> keywords(Object... pairs) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keywords.put((String) pairs[i], pairs[i + 1]);
        }
        return keywords;
    }

    /** Asserts a fault's code and exact text, as a Koji client would see them. */
    static void assertFault(int code, String message, Executable call) {
        KojiFault fault = assertThrows(KojiFault.class, call);
        assertEquals(code + " " + message, fault.faultCode() + " " + fault.getMessage());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> struct(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** A map from alternating keys and values, nulls allowed. */
    static Map<String, Object> mapOf(Object... pairs) {
        return keywords(pairs);
    }

    static List<Object> listOf(Object... items) {
        return Arrays.asList(items);
    }
}
