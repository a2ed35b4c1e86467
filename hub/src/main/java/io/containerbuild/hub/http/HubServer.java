package io.containerbuild.hub.http;

import io.containerbuild.wire.RpcEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The hub's HTTP face: XML-RPC at {@code /kojihub} and the file tree read-only at {@code /kojifiles}
 * (Koji's {@code topurl}), on a bounded thread pool so a burst of clients queues instead of piling up
 * threads.
 */
public final class HubServer implements AutoCloseable {
    private static final int MAX_THREADS = 64;
    private static final long IDLE_TIMEOUT_MILLIS = 60_000;

    private final Server server;
    private final ServerConnector connector;

    public HubServer(String address, int port, RpcEndpoint endpoint, Path filesRoot) throws IOException {
        this(address, port, endpoint, null, filesRoot);
    }

    /** With {@code uploads} null, octet-stream posts reach the XML-RPC endpoint like any other. */
    public HubServer(String address, int port, RpcEndpoint endpoint, RawUploadReceiver uploads, Path filesRoot)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
        threads.setName("hub");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(address);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        // idle keep-alive connections need no grace at stop; only calls in progress do
        connector.setShutdownIdleTimeout(100);
        server.addConnector(connector);
        ContextHandler hub = new ContextHandler(new XmlRpcHandler(endpoint, uploads), "/kojihub");
        // clients post to exactly ".../kojihub"; Jetty would otherwise redirect that to ".../kojihub/"
        hub.setAllowNullPathInContext(true);
        server.setHandler(new ContextHandlerCollection(hub, new ContextHandler(files(filesRoot), "/kojifiles")));
        server.setStopTimeout(5_000);
    }

    private static Handler files(Path root) throws IOException {
        Files.createDirectories(root);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.root().newResource(root));
        files.setDirAllowed(true);
        files.setAcceptRanges(true);
        return files;
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound, also when 0 asked for any free one. */
    public int port() {
        return connector.getLocalPort();
    }

    public URI hubUrl() {
        return URI.create("http://" + hostForUrl() + ":" + port() + "/kojihub");
    }

    public URI filesUrl() {
        return URI.create("http://" + hostForUrl() + ":" + port() + "/kojifiles");
    }

    private String hostForUrl() {
        String host = connector.getHost();
        if (host == null || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops taking connections and lets calls in progress finish, for at most the stop timeout. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the hub's HTTP server did not stop cleanly", e);
        }
    }
}
