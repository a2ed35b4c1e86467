package io.containerbuild.wire;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the HTTP layer knows about a call, passed to the dispatcher beside the decoded method and parameters:
 * Koji reads sessions from the {@code Koji-Session-*} headers (or, from old clients, the query string), takes the
 * identity for {@code sslLogin} from the path {@code …/ssllogin}, and binds sessions to the client address.
 *
 * @param httpMethod    the request method, e.g. {@code POST}
 * @param path          the decoded request path, e.g. {@code /kojihub}
 * @param query         the decoded query parameters; empty without a query string
 * @param headers       the request headers
 * @param remoteAddress the client's address as the server saw it
 */
public record CallMeta(String httpMethod, String path, Map<String, List<String>> query, HeaderMap headers,
                       InetSocketAddress remoteAddress) {

    public CallMeta {
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        query = Collections.unmodifiableMap(copy);
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Splits a raw (still percent-encoded) query string such as {@code session-id=1&callnum=7}. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
