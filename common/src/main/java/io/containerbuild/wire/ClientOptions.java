package io.containerbuild.wire;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a {@link XmlRpcKojiSession} talks to a hub.
 *
 * @param hubUrl         the hub's XML-RPC URL, e.g. {@code https://koji.example.com/kojihub}
 * @param connectTimeout how long to wait for a connection
 * @param replyTimeout   how long to wait for an answer; Koji's own client waits up to 12 hours
 * @param responseLimits bounds on answers: the depth guards against a hostile hub; the size is generous because
 *                       {@code downloadTaskOutput} can return a whole log
 */
public record ClientOptions(URI hubUrl, Duration connectTimeout, Duration replyTimeout, WireLimits responseLimits) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofHours(12);
    public static final WireLimits DEFAULT_RESPONSE_LIMITS =
            new WireLimits(256L * 1024 * 1024, WireLimits.DEFAULT_MAX_ELEMENT_DEPTH);

    public ClientOptions {
        Objects.requireNonNull(hubUrl, "hubUrl");
        Objects.requireNonNull(responseLimits, "responseLimits");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(replyTimeout, "replyTimeout");
        if (!"http".equals(hubUrl.getScheme()) && !"https".equals(hubUrl.getScheme())) {
            throw new IllegalArgumentException("the hub URL must be http or https: " + hubUrl);
        }
    }

    public static ClientOptions of(URI hubUrl) {
        return new ClientOptions(hubUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REPLY_TIMEOUT, DEFAULT_RESPONSE_LIMITS);
    }

    public ClientOptions withTimeouts(Duration connect, Duration reply) {
        return new ClientOptions(hubUrl, connect, reply, responseLimits);
    }

    public ClientOptions withResponseLimits(WireLimits limits) {
        return new ClientOptions(hubUrl, connectTimeout, replyTimeout, limits);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
