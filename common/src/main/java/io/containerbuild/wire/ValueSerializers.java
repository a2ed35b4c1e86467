package io.containerbuild.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.serializer.TypeSerializer;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes values the way Koji's Python marshaller does: plain {@code <nil/>}, {@code <int>} unless the value
 * needs {@code <i8>}, {@code <string>} tags, Python float text. 3.1.3's serializers differ on each point
 * ({@code ex:nil}, {@code ex:i8} for every long, {@code <i4>}, bare strings).
 */
final class ValueSerializers {

    static final TypeSerializer NIL = (handler, value) -> {
        start(handler, "value");
        start(handler, "nil");
        end(handler, "nil");
        end(handler, "value");
    };
    static final TypeSerializer INT = (handler, value) ->
            scalar(handler, "int", Integer.toString(((Number) value).intValue()));
    static final TypeSerializer I8 = (handler, value) ->
            scalar(handler, "i8", Long.toString(((Number) value).longValue()));
    static final TypeSerializer BOOLEAN = (handler, value) ->
            scalar(handler, "boolean", (Boolean) value ? "1" : "0");
    static final TypeSerializer DOUBLE = (handler, value) ->
            scalar(handler, "double", PythonFloats.repr(((Number) value).doubleValue()));
    static final TypeSerializer STRING = (handler, value) -> scalar(handler, "string", (String) value);
    static final TypeSerializer DATE_TIME = (handler, value) -> {
        Instant instant = value instanceof Date date ? date.toInstant() : (Instant) value;
        scalar(handler, "dateTime.iso8601", DateTimeParser.BASIC.format(instant.atOffset(ZoneOffset.UTC)));
    };
    /** Like Python's {@code base64.encodebytes}: 76-character lines, each ending in a newline. */
    static final TypeSerializer BASE64 = (handler, value) -> {
        byte[] bytes = (byte[]) value;
        String text = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
        scalar(handler, "base64", text.isEmpty() ? "" : text + "\n");
    };

    private ValueSerializers() {
    }

    /** {@code <array>} from a {@code List} or an {@code Object[]}. */
    static TypeSerializer array(TypeFactory factory, XmlRpcStreamConfig config) {
        return (handler, value) -> {
            List<?> items = value instanceof Object[] array ? Arrays.asList(array) : (List<?>) value;
            start(handler, "value");
            start(handler, "array");
            start(handler, "data");
            for (Object item : items) {
                factory.getSerializer(config, item).write(handler, item);
            }
            end(handler, "data");
            end(handler, "array");
            end(handler, "value");
        };
    }

    /** {@code <struct>} in the map's iteration order; Koji allows string keys only. */
    static TypeSerializer struct(TypeFactory factory, XmlRpcStreamConfig config) {
        return (handler, value) -> {
            start(handler, "value");
            start(handler, "struct");
            for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new SAXException(new UnencodableValueException(
                            "struct keys must be strings, not " + PythonText.typeName(member.getKey())));
                }
                start(handler, "member");
                start(handler, "name");
                characters(handler, name);
                end(handler, "name");
                factory.getSerializer(config, member.getValue()).write(handler, member.getValue());
                end(handler, "member");
            }
            end(handler, "struct");
            end(handler, "value");
        };
    }

    private static void scalar(ContentHandler handler, String type, String text) throws SAXException {
        start(handler, "value");
        start(handler, type);
        characters(handler, text);
        end(handler, type);
        end(handler, "value");
    }

    private static void start(ContentHandler handler, String element) throws SAXException {
        handler.startElement("", element, element, NoAttributes.INSTANCE);
    }

    private static void end(ContentHandler handler, String element) throws SAXException {
        handler.endElement("", element, element);
    }

    private static void characters(ContentHandler handler, String text) throws SAXException {
        handler.characters(text.toCharArray(), 0, text.length());
    }
}
