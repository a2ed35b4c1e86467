package io.containerbuild.kojid;

import io.containerbuild.testing.PythonPeer;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Python stand-in hub ({@code stand_in_hub.py}) as a test sees it: started on a port, stopped and started
 * again on the same port with its tasks kept (and its sessions forgotten), and controlled and inspected through
 * its anonymous {@code test.*} calls.
 */
final class StandInHub implements AutoCloseable {
    static final String HOST_USER = "kojibuilder";
    static final String PASSWORD = "secret";
    static final int HOST_ID = 7;
    static final int FREE = 0;
    static final int OPEN = 1;
    static final int CLOSED = 2;
    static final int CANCELED = 3;
    static final int FAILED = 5;

    private final Path directory;
    private final boolean longPoll;
    private boolean keepSessions;
    private PythonPeer peer;
    private int port;

    private StandInHub(Path directory, boolean longPoll) {
        this.directory = directory;
        this.longPoll = longPoll;
    }

    static StandInHub start(Path directory, boolean longPoll) {
        StandInHub hub = new StandInHub(directory, longPoll);
        hub.serve(0);
        return hub;
    }

    /** A hub that, like ours with its database, still knows the sessions after a restart. */
    static StandInHub startKeepingSessions(Path directory) {
        StandInHub hub = new StandInHub(directory, false);
        hub.keepSessions = true;
        hub.serve(0);
        return hub;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/kojihub");
    }

    /** Stops the hub process; calls to it fail until {@link #comeBack()}. */
    void stop() {
        peer.close();
    }

    /** Starts the hub again on the same port: the tasks are kept, the sessions only if it keeps them. */
    void comeBack() {
        serve(port);
    }

    int createTask(String method, Object... params) {
        return (Integer) control().call("test.createTask", method, Arrays.asList(params));
    }

    void cancel(int taskId) {
        control().call("test.cancelTask", taskId);
    }

    void openForHost(int taskId) {
        control().call("test.openForHost", taskId);
    }

    void spoilNextUploads(int count) {
        control().call("test.spoilNextUploads", count);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> task(int taskId) {
        return (Map<String, Object>) control().call("test.task", taskId);
    }

    int state(int taskId) {
        return (Integer) task(taskId).get("state");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> calls() {
        return (List<Map<String, Object>>) (List<?>) control().call("test.calls");
    }

    List<String> methods() {
        List<String> methods = new ArrayList<>();
        calls().forEach(call -> methods.add((String) call.get("method")));
        return methods;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> uploads() {
        return (List<Map<String, Object>>) (List<?>) control().call("test.uploads");
    }

    byte[] file(String path, String name) {
        return (byte[]) control().call("test.file", path, name);
    }

    String stderr() {
        return peer.stderr();
    }

    @Override
    public void close() {
        peer.close();
    }

    private KojiSession control() {
        return XmlRpcKojiSession.open(ClientOptions.of(url()));
    }

    private void serve(int wantedPort) {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(wantedPort),
                "--state", directory.resolve("hub-state.json").toString(),
                "--workdir", directory.resolve("hub-work").toString()));
        if (longPoll) {
            args.add("--long-poll");
        }
        if (keepSessions) {
            args.add("--keep-sessions");
        }
        peer = PythonPeer.serve("/kojid/stand_in_hub.py", args.toArray(String[]::new));
        port = peer.port();
    }
}
