package io.containerbuild.hub.task;

import io.containerbuild.hub.Hub;
import io.containerbuild.hub.HubConfig;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.CallerUser;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.plugin.hub.TaskCreator;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.SessionInfo;
import io.containerbuild.wire.WireCodec;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real hub for the task, host and upload tests: embedded database in a temporary directory, any
 * free port, a cheap password hasher. Accounts and hosts are made through the store, as the admin
 * API is another part of the hub; everything else goes over the wire.
 */
public final class TaskHub implements AutoCloseable {
    private static final PasswordHasher HASHER = new PasswordHasher(1000);

    private final Hub hub;
    private final HttpClient http = HttpClient.newHttpClient();

    private TaskHub(Hub hub) {
        this.hub = hub;
    }

    public static TaskHub start(Path dataDir) throws Exception {
        HubConfig config = new HubConfig("127.0.0.1", 0, dataDir, Optional.empty(), List.of(),
                HubConfig.DEFAULT_MAX_REQUEST_LENGTH);
        return new TaskHub(Hub.start(config, HASHER));
    }

    public Hub hub() {
        return hub;
    }

    public Store store() {
        return hub.store();
    }

    public <T> T instance(Class<T> type) {
        return hub.instance(type);
    }

    public URI hubUrl() {
        return hub.hubUrl();
    }

    public User user(String name) {
        return store().users().create(name, UserType.NORMAL, HASHER.hash(password(name)));
    }

    public User admin(String name) {
        User user = user(name);
        Permission admin = store().permissions().get("admin").orElseThrow();
        store().permissions().grant(user.id(), admin.id(), null);
        return user;
    }

    /** A host listening on channel {@code default}, as {@code addHost} makes it. */
    public Host host(String name, String arches) {
        return store().hosts().create(name, arches, HASHER.hash(password(name)), null);
    }

    public Channel channel(String name) {
        return store().channels().getByName(name).orElseGet(() -> store().channels().create(name, null));
    }

    public static String password(String name) {
        return name + "-secret";
    }

    public XmlRpcKojiSession anonymous() {
        return XmlRpcKojiSession.open(ClientOptions.of(hubUrl()));
    }

    public XmlRpcKojiSession login(String name) {
        XmlRpcKojiSession session = anonymous();
        session.login(name, password(name));
        return session;
    }

    /** A builder's session: logged in as the host and exclusive, as kojid makes it. */
    public XmlRpcKojiSession builder(String hostName) {
        XmlRpcKojiSession session = login(hostName);
        session.call("exclusiveSession");
        return session;
    }

    /** A top-level task owned by {@code owner}, made as the hub plugin makes them (the bell rings). */
    public int task(User owner, String method, List<Object> arguments) {
        return task(owner, new NewTask(method, arguments, Optional.empty(), 20, "noarch"));
    }

    public int task(User owner, NewTask task) {
        Caller caller = new Caller() {
            @Override
            public Optional<CallerUser> user() {
                return Optional.of(new CallerUser(owner.id(), owner.name()));
            }

            @Override
            public boolean hasPerm(String permission) {
                return false;
            }

            @Override
            public void assertPerm(String permission) {
                throw new AssertionError("not used by task creation");
            }
        };
        return instance(TaskCreator.class).createTask(caller, task);
    }

    /**
     * A fast upload as Koji's client sends it: the chunk as the body of a POST to the hub URL, the
     * file's place in the query, the session in headers. Answers the decoded reply, or throws its fault.
     */
    public Object rawUpload(XmlRpcKojiSession session, String query, byte[] chunk) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hubUrl() + "?" + query))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(chunk));
        Optional<SessionInfo> info = session.sessionInfo();
        info.ifPresent(sessionInfo -> request.header("Koji-Session-Id", Long.toString(sessionInfo.sessionId()))
                .header("Koji-Session-Key", sessionInfo.sessionKey()));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("upload answered HTTP " + response.statusCode());
        }
        return WireCodec.withDefaults().decodeResponse(response.body());
    }

    @Override
    public void close() {
        hub.close();
    }
}
