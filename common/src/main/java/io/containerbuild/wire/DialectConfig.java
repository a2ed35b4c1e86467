package io.containerbuild.wire;

import java.nio.charset.StandardCharsets;
import java.util.TimeZone;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;

/**
 * The 3.1.3 request configuration every message of this dialect uses: extensions and exceptions off (extensions
 * would allow {@code ex:serializable} and gzip; exceptions would put a serialized {@code Throwable} in
 * {@code faultCause}), UTF-8, and UTC because {@code dateTime.iso8601} carries no zone.
 */
final class DialectConfig {

    private DialectConfig() {
    }

    static XmlRpcHttpRequestConfigImpl newRequestConfig() {
        XmlRpcHttpRequestConfigImpl config = new XmlRpcHttpRequestConfigImpl();
        apply(config);
        return config;
    }

    static void apply(XmlRpcHttpRequestConfigImpl config) {
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        config.setContentLengthOptional(false);
        config.setGzipCompressing(false);
        config.setGzipRequesting(false);
        config.setEncoding(StandardCharsets.UTF_8.name());
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
    }
}
