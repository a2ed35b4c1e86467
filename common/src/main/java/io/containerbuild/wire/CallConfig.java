package io.containerbuild.wire;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

/**
 * The configuration of one client call: the dialect's settings, the timeouts, this call's session headers, and
 * a slot for the {@code Koji-Version} the hub answers with. One per call, so concurrent calls cannot mix up
 * each other's headers.
 */
final class CallConfig extends XmlRpcClientConfigImpl {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> sessionHeaders;
    private transient volatile String hubVersion;

    CallConfig(URL hubUrl, ClientOptions options, Map<String, String> sessionHeaders) {
        DialectConfig.apply(this);
        setServerURL(hubUrl);
        setConnectionTimeout(millis(options.connectTimeout()));
        setReplyTimeout(millis(options.replyTimeout()));
        this.sessionHeaders = Map.copyOf(sessionHeaders);
    }

    Map<String, String> sessionHeaders() {
        return sessionHeaders;
    }

    void recordHubVersion(String version) {
        if (version != null) {
            hubVersion = version;
        }
    }

    Optional<String> hubVersion() {
        return Optional.ofNullable(hubVersion);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
