package io.containerbuild.osbs.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.containerbuild.build.Nvr;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.CallMeta;
import io.containerbuild.wire.HeaderMap;
import io.containerbuild.wire.HttpReply;
import io.containerbuild.wire.MethodTable;
import io.containerbuild.wire.RpcEndpoint;
import io.containerbuild.wire.Signature;
import io.containerbuild.wire.WireCodec;
import io.containerbuild.wire.WireLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Adler32;

/**
 * A Koji hub stand-in for tests of the import: the XML-RPC calls a container build makes, answered
 * as Koji answers them (reservations, NVR uniqueness, tokens, uploaded files checked against the
 * metadata), plus fast uploads. It records every call. Thread-safe.
 */
public final class StandInHub implements AutoCloseable {

    static {
        // the JDK server writes headers and body apart; with Nagle on, each answer waits for a delayed ACK
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Koji's build states. */
    public static final int BUILDING = 0;
    public static final int COMPLETE = 1;
    public static final int FAILED = 3;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RpcEndpoint endpoint;
    private final WireCodec codec = WireCodec.withDefaults();
    private final List<String> calls = new ArrayList<>();
    private final Map<Integer, Map<String, Object>> builds = new LinkedHashMap<>();
    private final Map<Integer, String> tokens = new LinkedHashMap<>();
    private final Map<Integer, List<Object>> archives = new LinkedHashMap<>();
    private final Map<String, ByteArrayOutputStream> uploads = new LinkedHashMap<>();
    private final List<String> tagged = new ArrayList<>();
    private final List<Map<String, Object>> imports = new ArrayList<>();
    private int nextBuildId = 1;
    private int nextTaskId = 1000;

    private StandInHub() {
        this.endpoint = new RpcEndpoint(methods(), WireLimits.defaults(), "1.35.0");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public static StandInHub start() {
        return new StandInHub();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/kojihub");
    }

    /** The method names called so far, in order (logins and uploads included). */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized Map<String, Object> build(int id) {
        return builds.get(id);
    }

    public synchronized List<Map<String, Object>> builds() {
        return List.copyOf(builds.values());
    }

    /** The {@code output} entries imported for a build. */
    public synchronized List<Object> archives(int buildId) {
        return archives.getOrDefault(buildId, List.of());
    }

    /** {@code tag:buildId} for every tagBuild. */
    public synchronized List<String> tagged() {
        return List.copyOf(tagged);
    }

    /** The metadata of every successful CGImport. */
    public synchronized List<Map<String, Object>> imports() {
        return List.copyOf(imports);
    }

    /** Adds a COMPLETE build as if an earlier import made it. */
    public synchronized int addBuild(Nvr nvr, String source, Map<String, Object> extra, List<Object> outputs) {
        int id = nextBuildId++;
        Map<String, Object> build = buildInfo(id, nvr, COMPLETE, source, extra);
        builds.put(id, build);
        archives.put(id, outputs);
        return id;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            CallMeta meta = new CallMeta(exchange.getRequestMethod(), uri.getPath(), CallMeta.parseQuery(uri.getRawQuery()),
                    HeaderMap.of(exchange.getRequestHeaders()), exchange.getRemoteAddress());
            HttpReply reply;
            if (meta.queryParameter("filename").isPresent()) {
                reply = upload(meta, exchange.getRequestBody().readAllBytes());
            } else {
                reply = endpoint.handle(meta, -1, exchange.getRequestBody());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.bodyLength() == 0 ? -1 : reply.bodyLength());
            try (OutputStream out = exchange.getResponseBody()) {
                reply.writeBody(out);
            }
        } finally {
            exchange.close();
        }
    }

    private synchronized HttpReply upload(CallMeta meta, byte[] body) {
        calls.add("rawUpload");
        String path = meta.queryParameter("filepath").orElseThrow() + "/" + meta.queryParameter("filename").orElseThrow();
        long offset = Long.parseLong(meta.queryParameter("offset").orElse("0"));
        ByteArrayOutputStream file = uploads.computeIfAbsent(path, key -> new ByteArrayOutputStream());
        if (offset == 0) {
            file.reset();
        }
        file.writeBytes(body);
        Adler32 adler = new Adler32();
        adler.update(body);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("size", body.length);
        result.put("fileverify", "adler32");
        result.put("offset", (int) offset);
        result.put("hexdigest", String.format("%08x", adler.getValue()));
        return new HttpReply(200, HeaderMap.empty().with("Content-Type", "text/xml"), codec.encodeResult(result));
    }

    private MethodTable methods() {
        return MethodTable.builder()
                .register(Signature.builder("login").required("user", "password").optional("opts", null)
                        .optional("renew", false).optional("exclusive", false).build(), (args, meta) -> {
                            record("login");
                            return Map.of("session-id", 7, "session-key", "7-key", "header-auth", true);
                        })
                .register(Signature.builder("logout").optional("session_id", null).build(), (args, meta) -> {
                    record("logout");
                    return null;
                })
                .register(Signature.builder("getBuild").required("buildInfo").optional("strict", false).build(),
                        (args, meta) -> getBuild(args.raw("buildInfo")))
                .register(Signature.builder("getNextRelease").required("build_info").optional("incr", 1).build(),
                        (args, meta) -> nextRelease(args.map("build_info")))
                .register(Signature.builder("CGInitBuild").required("cg", "data").build(),
                        (args, meta) -> initBuild(args.map("data")))
                .register(Signature.builder("CGImport").required("metadata", "directory").optional("token", null)
                        .build(), (args, meta) -> cgImport(args))
                .register(Signature.builder("CGRefundBuild").required("cg", "build_id", "token").optional("state", null)
                        .build(), (args, meta) -> refund(args.integer("build_id"), args.string("token")))
                .register(Signature.builder("getBuildTarget").required("info").optional("event", null)
                        .optional("strict", false).build(), (args, meta) -> target(args.string("info")))
                .register(Signature.builder("tagBuild").required("tag", "build").optional("force", false)
                        .optional("fromtag", null).build(), (args, meta) -> tagBuild(args.string("tag"),
                        args.integer("build")))
                .register(Signature.builder("getTaskInfo").required("task_id").optional("request", false)
                        .optional("strict", false).build(), (args, meta) -> Map.of("id", args.integer("task_id"),
                        "state", 2))
                .register(Signature.builder("listArchives").optional("buildID", null).kwargs("rest").build(),
                        (args, meta) -> listArchives(args.optionalInteger("buildID").orElse(0)))
                .build();
    }

    private synchronized void record(String call) {
        calls.add(call);
    }

    private synchronized Object getBuild(Object info) {
        calls.add("getBuild");
        if (info instanceof Integer id) {
            return builds.get(id);
        }
        Nvr nvr = Nvr.parse(String.valueOf(info));
        return byNvr(nvr);
    }

    private Map<String, Object> byNvr(Nvr nvr) {
        return builds.values().stream().filter(build -> build.get("nvr").equals(nvr.toString())).findFirst()
                .orElse(null);
    }

    private synchronized Object nextRelease(Map<String, Object> info) {
        calls.add("getNextRelease");
        int highest = 0;
        for (Map<String, Object> build : builds.values()) {
            if (build.get("name").equals(info.get("name")) && build.get("version").equals(info.get("version"))) {
                String release = String.valueOf(build.get("release")).replaceFirst("^(\\d+).*", "$1");
                if (release.matches("\\d+")) {
                    highest = Math.max(highest, Integer.parseInt(release));
                }
            }
        }
        return Integer.toString(highest + 1);
    }

    private synchronized Object initBuild(Map<String, Object> data) {
        calls.add("CGInitBuild");
        Nvr nvr = new Nvr((String) data.get("name"), (String) data.get("version"), (String) data.get("release"));
        Map<String, Object> existing = byNvr(nvr);
        if (existing != null && (int) existing.get("state") != FAILED) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Build already exists (id=" + existing.get("id") + ", state="
                    + (int) existing.get("state") + "): " + nvr);
        }
        if (existing != null) {
            builds.remove((Integer) existing.get("id"));
        }
        int id = nextBuildId++;
        builds.put(id, buildInfo(id, nvr, BUILDING, null, Map.of()));
        String token = "token-" + id;
        tokens.put(id, token);
        return Map.of("build_id", id, "token", token);
    }

    @SuppressWarnings("unchecked")
    private synchronized Object cgImport(Arguments args) {
        calls.add("CGImport");
        Map<String, Object> metadata = args.map("metadata");
        String directory = args.string("directory");
        Map<String, Object> build = (Map<String, Object>) metadata.get("build");
        Nvr nvr = new Nvr((String) build.get("name"), (String) build.get("version"), (String) build.get("release"));
        int id;
        if (build.get("build_id") instanceof Integer reserved) {
            Map<String, Object> held = builds.get(reserved);
            if (held == null || (int) held.get("state") != BUILDING || !tokens.get(reserved).equals(args.raw("token"))) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid token or no reserved build " + reserved);
            }
            if (!held.get("nvr").equals(nvr.toString())) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "Build " + reserved + " was reserved as " + held.get("nvr"));
            }
            id = reserved;
        } else {
            if (byNvr(nvr) != null) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "Build already exists: " + nvr);
            }
            id = nextBuildId++;
        }
        List<Object> outputs = (List<Object>) metadata.get("output");
        for (Object entry : outputs) {
            Map<String, Object> output = (Map<String, Object>) entry;
            ByteArrayOutputStream file = uploads.get(directory + "/" + output.get("filename"));
            if (file == null) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "No such file: " + directory + "/" + output.get("filename"));
            }
            if (((Number) output.get("filesize")).longValue() != file.size() || !md5(file.toByteArray())
                    .equals(output.get("checksum"))) {
                throw new KojiFault(FaultCode.GENERIC_ERROR, "File size or checksum mismatch: " + output.get("filename"));
            }
        }
        builds.put(id, buildInfo(id, nvr, COMPLETE, (String) build.get("source"), (Map<String, Object>) build.get("extra")));
        tokens.remove(id);
        archives.put(id, outputs);
        imports.add(metadata);
        return builds.get(id);
    }

    private synchronized Object refund(int buildId, String token) {
        calls.add("CGRefundBuild");
        Map<String, Object> held = builds.get(buildId);
        if (held == null || !token.equals(tokens.get(buildId))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid token for build " + buildId);
        }
        Map<String, Object> failed = new LinkedHashMap<>(held);
        failed.put("state", FAILED);
        builds.put(buildId, failed);
        tokens.remove(buildId);
        return null;
    }

    private synchronized Object target(String name) {
        calls.add("getBuildTarget");
        return Map.of("id", 1, "name", name, "build_tag_name", name + "-build", "dest_tag_name", name + "-candidate");
    }

    private synchronized Object tagBuild(String tag, int buildId) {
        calls.add("tagBuild");
        tagged.add(tag + ":" + buildId);
        return nextTaskId++;
    }

    private synchronized Object listArchives(int buildId) {
        calls.add("listArchives");
        return archives.getOrDefault(buildId, List.of());
    }

    private static Map<String, Object> buildInfo(int id, Nvr nvr, int state, String source, Map<String, Object> extra) {
        Map<String, Object> build = new LinkedHashMap<>();
        build.put("id", id);
        build.put("build_id", id);
        build.put("name", nvr.name());
        build.put("version", nvr.version());
        build.put("release", nvr.release());
        build.put("nvr", nvr.toString());
        build.put("state", state);
        build.put("source", source);
        build.put("extra", extra == null ? Map.of() : extra);
        return build;
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
