package io.containerbuild.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * What an HTTP adapter sends back: status, headers (the adapter adds {@code Content-Length}) and body. The body
 * array is copied in and out; {@link #writeBody} and {@link #bodyLength} avoid the copy.
 */
public record HttpReply(int status, HeaderMap headers, byte[] body) {

    public HttpReply {
        Objects.requireNonNull(headers, "headers");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    public void writeBody(OutputStream out) throws IOException {
        out.write(body);
    }

    /** The body as UTF-8 text, for logs and tests. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpReply reply && status == reply.status
                && headers.equals(reply.headers) && Arrays.equals(body, reply.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "HttpReply[" + status + ", " + headers + ", " + body.length + " bytes]";
    }
}
