package io.containerbuild.wire;

import io.containerbuild.fault.KojiFault;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClientRequestImpl;
import org.apache.xmlrpc.common.XmlRpcHttpRequestConfigImpl;
import org.apache.xmlrpc.parser.XmlRpcRequestParser;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.apache.xmlrpc.server.XmlRpcServer;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Koji's XML-RPC dialect as bytes: {@code methodCall}, {@code methodResponse} and fault documents, read through a
 * hardened parser within {@link WireLimits} and written in UTF-8. Besides the endpoint and the client, hosts use
 * it for what Koji stores as XML-RPC text: task requests ({@code methodCall}) and task results
 * ({@code methodResponse}).
 *
 * <p>Decoded values are normalised: {@code array} is an unmodifiable {@code List<Object>}, {@code struct} an
 * unmodifiable insertion-ordered {@code Map<String, Object>} (both may hold {@code null}), {@code int}/{@code i4}
 * an {@code Integer}, {@code i8} a {@code Long}, {@code base64} a {@code byte[]}, {@code dateTime.iso8601} a UTC
 * {@link java.time.Instant}, {@code double} a {@code Double}, {@code boolean} a {@code Boolean}. Encoding accepts
 * those plus {@code Object[]}, {@code Short}, {@code Byte}, {@code Float} and {@link java.util.Date}; a
 * {@code Long} goes out as {@code <int>} when it fits in 32 bits, as Koji does. Thread-safe.
 */
public final class WireCodec {

    private final WireLimits limits;
    private final KojiTypeFactory typeFactory;
    private final KojiXmlWriterFactory writerFactory = new KojiXmlWriterFactory();

    public WireCodec(WireLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // the controller is only a back-reference 3.1.3 wants; nothing here uses it
        this.typeFactory = new KojiTypeFactory(new XmlRpcServer());
    }

    /** A codec with {@link WireLimits#defaults()}. */
    public static WireCodec withDefaults() {
        return new WireCodec(WireLimits.defaults());
    }

    public WireLimits limits() {
        return limits;
    }

    /**
     * Reads a {@code methodCall}.
     *
     * @throws BodyTooLargeException past {@link WireLimits#maxBodyBytes()}
     * @throws WireFormatException   for anything that is not an acceptable XML-RPC call
     * @throws IOException           when the stream itself fails
     */
    public MethodCall decodeCall(InputStream body) throws IOException {
        XmlRpcRequestParser parser = new XmlRpcRequestParser(DialectConfig.newRequestConfig(), typeFactory);
        parse(parser, body);
        if (parser.getMethodName() == null) {
            throw new WireFormatException("invalid XML-RPC request: no methodName");
        }
        List<?> params = parser.getParams();
        return new MethodCall(parser.getMethodName(), params == null ? List.of() : new ArrayList<>(params));
    }

    /** Reads a stored {@code methodCall}, such as a task request. */
    public MethodCall decodeCall(byte[] xml) {
        try {
            return decodeCall(new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a {@code methodResponse}, as Koji's {@code loads} does: the value, or the fault thrown as its typed
     * {@link KojiFault}. A {@code faultCause} member is never looked at.
     */
    public Object decodeResponse(byte[] xml) {
        try {
            DecodedResponse response = decodeResponse(new ByteArrayInputStream(xml));
            if (response.isFault()) {
                throw FaultTranslator.fromWire(response.fault());
            }
            return response.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DecodedResponse decodeResponse(InputStream body) throws IOException {
        FaultCauseDroppingParser parser =
                new FaultCauseDroppingParser(DialectConfig.newRequestConfig(), typeFactory);
        parse(parser, body);
        if (parser.isSuccess()) {
            try {
                return DecodedResponse.success(parser.getResult());
            } catch (XmlRpcException e) {
                throw new WireFormatException("invalid XML-RPC response: " + e.getMessage(), e);
            }
        }
        if (parser.getErrorMessage() == null) {
            throw new WireFormatException("invalid XML-RPC response: neither params nor fault");
        }
        return DecodedResponse.failure(new WireFault(parser.getErrorCode(), parser.getErrorMessage()));
    }

    /**
     * Writes a {@code methodCall}. Parameters go as given: encode keyword arguments first with
     * {@link KeywordArgs#encode}.
     *
     * @throws UnencodableValueException when a value has no form in this dialect
     */
    public byte[] encodeCall(String methodName, List<?> params) {
        Objects.requireNonNull(methodName, "methodName");
        XmlRpcHttpRequestConfigImpl config = DialectConfig.newRequestConfig();
        return write(config, (writer, handler) ->
                writer.write(new XmlRpcClientRequestImpl(config, methodName, new ArrayList<>(params))));
    }

    /**
     * Writes a successful {@code methodResponse} holding one value ({@code null} becomes {@code <nil/>}).
     *
     * @throws UnencodableValueException when the value has no form in this dialect
     */
    public byte[] encodeResult(Object result) {
        XmlRpcHttpRequestConfigImpl config = DialectConfig.newRequestConfig();
        return write(config, (writer, handler) -> writer.write(config, result));
    }

    /**
     * Writes a fault {@code methodResponse}. Never fails: characters XML cannot carry are replaced by U+FFFD, so
     * a fault can always be sent.
     */
    public byte[] encodeFault(WireFault fault) {
        WireFault safe = new WireFault(fault.faultCode(), replaceNonXmlCharacters(fault.faultString()));
        XmlRpcHttpRequestConfigImpl config = DialectConfig.newRequestConfig();
        return write(config, (writer, handler) -> {
            handler.startDocument();
            handler.startElement("", "methodResponse", "methodResponse", NoAttributes.INSTANCE);
            handler.startElement("", "fault", "fault", NoAttributes.INSTANCE);
            typeFactory.getSerializer(config, safe.toStruct()).write(handler, safe.toStruct());
            handler.endElement("", "fault", "fault");
            handler.endElement("", "methodResponse", "methodResponse");
            handler.endDocument();
        });
    }

    KojiTypeFactory typeFactory() {
        return typeFactory;
    }

    KojiXmlWriterFactory writerFactory() {
        return writerFactory;
    }

    private void parse(ContentHandler handler, InputStream body) throws IOException {
        BoundedInputStream bounded = new BoundedInputStream(body, limits.maxBodyBytes());
        XMLReader reader = HardenedXmlReaders.newReader(limits.maxElementDepth());
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(bounded));
        } catch (SAXException | RuntimeException e) {
            // 3.1.3's parsers can fail with unchecked exceptions on odd input; to a caller it is all bad input
            if (bounded.exceeded()) {
                throw new BodyTooLargeException(limits.maxBodyBytes());
            }
            throw new WireFormatException("invalid XML-RPC message: " + describe(e), e);
        } catch (IOException e) {
            if (bounded.exceeded()) {
                throw new BodyTooLargeException(limits.maxBodyBytes());
            }
            throw e;
        }
    }

    private byte[] write(XmlRpcHttpRequestConfigImpl config, DocumentWriter action) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            ContentHandler handler = writerFactory.getXmlWriter(config, out);
            action.write(new XmlRpcWriter(config, handler, typeFactory), handler);
        } catch (SAXException e) {
            throw unencodable(e);
        } catch (XmlRpcException e) {
            throw new IllegalStateException("cannot set up the XML writer", e);
        }
        return out.toByteArray();
    }

    static UnencodableValueException unencodable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnencodableValueException known) {
                return known;
            }
        }
        return new UnencodableValueException(describe(failure));
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if ((message == null || message.isEmpty()) && failure.getCause() != null) {
            message = failure.getCause().getMessage();
        }
        return message == null ? failure.getClass().getName() : message;
    }

    private static String replaceNonXmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == '\t' || cp == '\n' || cp == '\r'
                    || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            out.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return out.toString();
    }

    @FunctionalInterface
    private interface DocumentWriter {
        void write(XmlRpcWriter writer, ContentHandler handler) throws SAXException;
    }
}
