package io.containerbuild.wire;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactoryImpl;
import org.apache.xmlrpc.common.XmlRpcController;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.BooleanParser;
import org.apache.xmlrpc.parser.ByteArrayParser;
import org.apache.xmlrpc.parser.I4Parser;
import org.apache.xmlrpc.parser.I8Parser;
import org.apache.xmlrpc.parser.NullParser;
import org.apache.xmlrpc.parser.StringParser;
import org.apache.xmlrpc.parser.TypeParser;
import org.apache.xmlrpc.serializer.TypeSerializer;
import org.apache.xmlrpc.serializer.XmlRpcWriter;
import org.xml.sax.SAXException;

/**
 * Koji's XML-RPC dialect on 3.1.3. The factory alone decides which types exist, so this is where the dialect
 * lives: plain {@code <nil/>} and {@code <i8>} both ways, {@code ex:nil}/{@code ex:i8} accepted but never written,
 * every other {@code ex:} type (above all {@code ex:serializable}, CVE-2016-5003) refused, and Java
 * serialization never reachable. It never consults {@code isEnabledForExtensions()}: extensions stay off, and
 * nothing here depends on them.
 */
final class KojiTypeFactory extends TypeFactoryImpl {

    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final long INT_MAX = Integer.MAX_VALUE;

    KojiTypeFactory(XmlRpcController controller) {
        super(controller);
    }

    @Override
    public TypeSerializer getSerializer(XmlRpcStreamConfig config, Object value) throws SAXException {
        if (value == null) {
            return ValueSerializers.NIL;
        } else if (value instanceof String) {
            return ValueSerializers.STRING;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ValueSerializers.INT;
        } else if (value instanceof Long wide) {
            return wide >= INT_MIN && wide <= INT_MAX ? ValueSerializers.INT : ValueSerializers.I8;
        } else if (value instanceof Boolean) {
            return ValueSerializers.BOOLEAN;
        } else if (value instanceof Double || value instanceof Float) {
            return ValueSerializers.DOUBLE;
        } else if (value instanceof byte[]) {
            return ValueSerializers.BASE64;
        } else if (value instanceof Date || value instanceof Instant) {
            return ValueSerializers.DATE_TIME;
        } else if (value instanceof List<?> || value instanceof Object[]) {
            return ValueSerializers.array(this, config);
        } else if (value instanceof Map<?, ?>) {
            return ValueSerializers.struct(this, config);
        }
        throw new SAXException(new UnencodableValueException(
                "cannot marshal " + value.getClass().getName() + " objects"));
    }

    @Override
    public TypeParser getParser(XmlRpcStreamConfig config, NamespaceContextImpl context, String uri,
                                String localName) {
        if (XmlRpcWriter.EXTENSIONS_URI.equals(uri)) {
            // what 3.1.3 writes with extensions on, and Python reads: harmless, so accepted
            return switch (localName) {
                case "nil" -> new NullParser();
                case "i8" -> new I8Parser();
                default -> null;
            };
        }
        if (!uri.isEmpty()) {
            return null;
        }
        return switch (localName) {
            case "nil" -> new NullParser();
            case "int", "i4" -> new I4Parser();
            case "i8" -> new I8Parser();
            case "boolean" -> new BooleanParser();
            case "double" -> new DoubleParser();
            case "string" -> new StringParser();
            case "base64" -> new ByteArrayParser();
            case "dateTime.iso8601" -> new DateTimeParser();
            case "array" -> new ArrayParser(config, context, this);
            case "struct" -> new StructParser(config, context, this);
            default -> null;
        };
    }
}
