package io.containerbuild.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.containerbuild.wire.CallMeta;
import io.containerbuild.wire.HeaderMap;
import io.containerbuild.wire.HttpReply;
import io.containerbuild.wire.RpcEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves an {@link RpcEndpoint} over the JDK's built-in HTTP server on a free loopback port: the smallest real
 * HTTP adapter, for tests that need a peer to talk HTTP to (the hub uses Jetty). Every path is served.
 */
public final class JdkRpcServer implements AutoCloseable {

    static {
        // the JDK server flushes headers and body separately; with Nagle on, every keep-alive answer then waits
        // ~40 ms for the client's delayed ACK. Read once when the server classes load, so it is set up front.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private JdkRpcServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static JdkRpcServer start(RpcEndpoint endpoint) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.createContext("/", exchange -> serve(endpoint, exchange));
            server.start();
            return new JdkRpcServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/kojihub}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/kojihub");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void serve(RpcEndpoint endpoint, HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            CallMeta meta = new CallMeta(exchange.getRequestMethod(), uri.getPath(),
                    CallMeta.parseQuery(uri.getRawQuery()), HeaderMap.of(exchange.getRequestHeaders()),
                    exchange.getRemoteAddress());
            HttpReply reply = endpoint.handle(meta, contentLength(exchange.getRequestHeaders()),
                    exchange.getRequestBody());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.bodyLength() == 0 ? -1 : reply.bodyLength());
            try (OutputStream out = exchange.getResponseBody()) {
                reply.writeBody(out);
            }
        } finally {
            exchange.close();
        }
    }

    private static long contentLength(Headers headers) {
        String chunked = headers.getFirst("Transfer-Encoding");
        String length = headers.getFirst("Content-Length");
        if (chunked != null || length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
