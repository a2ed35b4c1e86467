package io.containerbuild.wire;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.XmlRpcRequest;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientException;
import org.apache.xmlrpc.client.XmlRpcSun15HttpTransport;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;

/**
 * 3.1.3's JDK HTTP transport speaking as Koji's client: {@code User-Agent: koji/1}, the call's session headers,
 * the hub's {@code Koji-Version} captured, and the answer read by {@link WireCodec} (hardened parser, limits, no
 * {@code faultCause} deserialization) instead of the stock response parser. One instance per call.
 */
final class KojiHttpTransport extends XmlRpcSun15HttpTransport {

    private final WireCodec codec;
    private CallConfig config;
    private InputStream responseBody;

    KojiHttpTransport(XmlRpcClient client, WireCodec codec) {
        super(client);
        this.codec = codec;
    }

    @Override
    public Object sendRequest(XmlRpcRequest request) throws XmlRpcException {
        config = (CallConfig) request.getConfig();
        return super.sendRequest(request);
    }

    @Override
    protected String getUserAgent() {
        return "koji/1";
    }

    @Override
    protected void initHttpHeaders(XmlRpcRequest request) throws XmlRpcClientException {
        super.initHttpHeaders(request);
        config.sessionHeaders().forEach(this::setRequestHeader);
    }

    @Override
    protected InputStream getInputStream() throws XmlRpcException {
        // asking for a header sends the request and reads the status line and headers
        config.recordHubVersion(getURLConnection().getHeaderField("Koji-Version"));
        responseBody = super.getInputStream();
        return responseBody;
    }

    @Override
    protected Object readResponse(XmlRpcStreamRequestConfig ignored, InputStream body) throws XmlRpcException {
        DecodedResponse response;
        try {
            response = codec.decodeResponse(body);
        } catch (WireFormatException e) {
            throw new XmlRpcClientException("unacceptable answer from the hub: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new XmlRpcClientException("failed to read the hub's answer: " + e.getMessage(), e);
        }
        if (response.isFault()) {
            throw new FaultResponseException(response.fault());
        }
        return response.value();
    }

    @Override
    protected void close() throws XmlRpcClientException {
        // closing a fully read body, rather than disconnecting, lets the JDK keep the connection alive
        if (responseBody != null) {
            try {
                responseBody.close();
                return;
            } catch (IOException e) {
                // fall through and drop the connection
            }
        }
        if (getURLConnection() instanceof HttpURLConnection http) {
            http.disconnect();
        }
    }
}
