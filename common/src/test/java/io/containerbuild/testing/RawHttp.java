package io.containerbuild.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client for attack tests: it streams a request body from a background thread while
 * reading the answer, so a server that answers early (413) and closes is observed as it behaves, and a body of any
 * size can be produced without holding it in memory. Write errors after the server gave up are expected and
 * ignored.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Writes a request body, possibly huge. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * An answer as received.
     *
     * @param status  the status code
     * @param headers the header fields, names in lower case
     * @param body    the body bytes
     */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** POSTs a body of exactly {@code contentLength} bytes, announced in {@code Content-Length}. */
    public static Response post(URI url, long contentLength, Body body) throws IOException {
        return exchange(url, "Content-Length: " + contentLength, body, false);
    }

    /** POSTs a body with {@code Transfer-Encoding: chunked}, so the server cannot know its size upfront. */
    public static Response postChunked(URI url, Body body) throws IOException {
        return exchange(url, "Transfer-Encoding: chunked", body, true);
    }

    /** POSTs a small body given as text. */
    public static Response post(URI url, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(url, bytes.length, out -> out.write(bytes));
    }

    private static Response exchange(URI url, String framing, Body body, boolean chunked) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + url.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
                    + "Content-Type: text/xml\r\n"
                    + framing + "\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    if (chunked) {
                        ChunkedOutputStream target = new ChunkedOutputStream(out);
                        body.writeTo(target);
                        target.finish();
                    } else {
                        body.writeTo(out);
                        out.flush();
                    }
                } catch (IOException expected) {
                    // the server stopped reading: that is what these tests provoke
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] bytes;
        if (headers.containsKey("content-length")) {
            bytes = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            bytes = readChunks(in);
        } else {
            bytes = in.readAllBytes();
        }
        return new Response(status, headers, bytes);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
             size = Integer.parseInt(line(in).trim(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static final class ChunkedOutputStream extends OutputStream {
        private final OutputStream out;

        ChunkedOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, offset, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        /** Writes the last chunk; the socket stays open for the answer. */
        void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
