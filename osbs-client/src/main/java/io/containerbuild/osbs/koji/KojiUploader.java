package io.containerbuild.osbs.koji;

import io.containerbuild.wire.SessionInfo;
import io.containerbuild.wire.WireCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Koji's fast upload ({@code rawUpload}): the file's bytes POSTed to the hub URL with
 * {@code ?filename=&filepath=&fileverify=adler32&offset=}, in 1 MiB pieces, each answer checked
 * against the piece's adler32.
 *
 * <p>It works in a session of its own: the requests carry the session's call numbers, and the
 * session that makes the XML-RPC calls keeps its numbers to itself, so the two must not share one.
 * Not thread-safe.
 */
public final class KojiUploader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KojiUploader.class);

    static final int BLOCK = 1024 * 1024;

    private final URI hubUrl;
    private final SessionInfo session;
    private final HttpClient http;
    private final WireCodec codec = WireCodec.withDefaults();
    private long callnum;

    public KojiUploader(URI hubUrl, SessionInfo session) {
        this.hubUrl = hubUrl;
        this.session = session;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Uploads {@code content} as {@code <directory>/<name>} in the hub's work area. */
    public void upload(String directory, String name, byte[] content) {
        int offset = 0;
        do {
            int length = Math.min(BLOCK, content.length - offset);
            Adler32 adler = new Adler32();
            adler.update(content, offset, length);
            String query = "filename=" + encode(name) + "&filepath=" + encode(directory) + "&fileverify=adler32"
                    + "&offset=" + offset + (offset == 0 ? "&overwrite=1" : "");
            HttpRequest request = sessionHeaders(HttpRequest.newBuilder(URI.create(hubUrl + "?" + query)))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content, offset, length))
                    .build();
            Object answer = send(request, "uploading " + name);
            String expected = String.format("%08x", adler.getValue());
            if (!(answer instanceof Map<?, ?> result) || !expected.equals(result.get("hexdigest"))) {
                throw new KojiAnswerException("the hub's answer to uploading " + name + " at offset " + offset
                        + " does not confirm adler32 " + expected + ": " + answer);
            }
            offset += length;
        } while (offset < content.length);
    }

    /** Ends the upload session on the hub; a hub that will not is only logged, the uploads are done. */
    @Override
    public void close() {
        HttpRequest request = sessionHeaders(HttpRequest.newBuilder(hubUrl))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(codec.encodeCall("logout", List.of())))
                .build();
        try {
            send(request, "logging the upload session out");
        } catch (RuntimeException e) {
            LOG.warn("Could not log the upload session out of {}: {}", hubUrl, e.toString());
        }
    }

    private HttpRequest.Builder sessionHeaders(HttpRequest.Builder builder) {
        return builder.timeout(Duration.ofMinutes(10))
                .header("User-Agent", "koji/1")
                .header("Koji-Session-Id", Long.toString(session.sessionId()))
                .header("Koji-Session-Key", session.sessionKey())
                .header("Koji-Session-Callnum", Long.toString(callnum++));
    }

    private Object send(HttpRequest request, String what) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new KojiAnswerException("hub " + hubUrl + " does not answer (" + what + "): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KojiAnswerException("interrupted while " + what);
        }
        if (response.statusCode() != 200) {
            throw new KojiAnswerException("hub " + hubUrl + " answered HTTP " + response.statusCode() + " to " + what);
        }
        return codec.decodeResponse(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
