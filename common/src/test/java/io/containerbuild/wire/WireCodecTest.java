package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.KojiFault;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private final WireCodec codec = WireCodec.withDefaults();

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String call(String valueXml) {
        return "<?xml version='1.0'?>\n<methodCall>\n<methodName>m</methodName>\n<params>\n<param>\n"
                + valueXml + "\n</param>\n</params>\n</methodCall>\n";
    }

    private Object decodeSingle(String valueXml) {
        MethodCall decoded = codec.decodeCall(bytes(call(valueXml)));
        assertEquals(1, decoded.params().size());
        return decoded.params().get(0);
    }

    private String encodeSingle(Object value) {
        String xml = text(codec.encodeResult(value));
        String prefix = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param>";
        String suffix = "</param></params></methodResponse>";
        assertTrue(xml.startsWith(prefix) && xml.endsWith(suffix), xml);
        return xml.substring(prefix.length(), xml.length() - suffix.length());
    }

    @Test
    void nullIsWrittenAsPlainNilAtTopLevelAndInsideContainers() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("epoch", null);
        assertEquals("<value><nil/></value>", encodeSingle(null));
        assertEquals("<value><array><data><value><nil/></value></data></array></value>",
                encodeSingle(Arrays.asList((Object) null)));
        assertEquals("<value><struct><member><name>epoch</name><value><nil/></value></member></struct></value>",
                encodeSingle(struct));
    }

    @Test
    void plainNilIsReadAtTopLevelAndInsideContainers() {
        assertNull(decodeSingle("<value><nil/></value>"));
        assertEquals(Arrays.asList(null, 1), decodeSingle(
                "<value><array><data><value><nil/></value><value><int>1</int></value></data></array></value>"));
        Map<?, ?> struct = (Map<?, ?>) decodeSingle(
                "<value><struct><member><name>epoch</name><value><nil/></value></member></struct></value>");
        assertTrue(struct.containsKey("epoch"));
        assertNull(struct.get("epoch"));
    }

    @Test
    void longsAreWrittenAsIntUnlessTheyNeedSixtyFourBits() {
        assertEquals("<value><int>7</int></value>", encodeSingle(7L));
        assertEquals("<value><int>2147483647</int></value>", encodeSingle((long) Integer.MAX_VALUE));
        assertEquals("<value><int>-2147483648</int></value>", encodeSingle((long) Integer.MIN_VALUE));
        assertEquals("<value><i8>2147483648</i8></value>", encodeSingle(2147483648L));
        assertEquals("<value><i8>5000000000</i8></value>", encodeSingle(5_000_000_000L));
        assertEquals("<value><i8>-9223372036854775808</i8></value>", encodeSingle(Long.MIN_VALUE));
        assertEquals("<value><int>42</int></value>", encodeSingle(42));
        assertEquals("<value><int>-3</int></value>", encodeSingle((short) -3));
        assertEquals("<value><int>9</int></value>", encodeSingle((byte) 9));
    }

    @Test
    void integersDecodeToIntegerAndI8ToLong() {
        assertEquals(Integer.valueOf(1), decodeSingle("<value><int>1</int></value>"));
        assertEquals(Integer.valueOf(-2), decodeSingle("<value><i4>-2</i4></value>"));
        assertEquals(Long.valueOf(5_000_000_000L), decodeSingle("<value><i8>5000000000</i8></value>"));
        assertEquals(Long.valueOf(7), decodeSingle("<value><i8>7</i8></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle("<value><int>5000000000</int></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle("<value><i8>99999999999999999999</i8></value>"));
    }

    @Test
    void apacheExtensionNilAndI8AreAcceptedButNeverProduced() {
        String ns = " xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"";
        assertNull(decodeSingle("<value" + ns + "><ex:nil/></value>"));
        assertEquals(Long.valueOf(12), decodeSingle("<value" + ns + "><ex:i8>12</ex:i8></value>"));
        String written = text(codec.encodeCall("m", Arrays.asList(null, 1L << 40, 3L)));
        assertFalse(written.contains("ex:"), written);
        assertFalse(written.contains("extensions"), written);
    }

    @Test
    void everyOtherExtensionTypeIsRefused() {
        String ns = " xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"";
        for (String type : List.of("serializable", "i1", "i2", "float", "dom", "dateTime", "bigdecimal",
                "biginteger")) {
            WireFormatException e = assertThrows(WireFormatException.class,
                    () -> decodeSingle("<value" + ns + "><ex:" + type + ">AAAA</ex:" + type + "></value>"), type);
            assertTrue(e.getMessage().contains(type), e.getMessage());
        }
    }

    @Test
    void unknownPlainTypesAreRefused() {
        assertThrows(WireFormatException.class, () -> decodeSingle("<value><float>1.5</float></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle("<value><bogus/></value>"));
    }

    @Test
    void booleansAreZeroOrOne() {
        assertEquals("<value><boolean>1</boolean></value>", encodeSingle(true));
        assertEquals("<value><boolean>0</boolean></value>", encodeSingle(false));
        assertEquals(Boolean.TRUE, decodeSingle("<value><boolean>1</boolean></value>"));
        assertEquals(Boolean.FALSE, decodeSingle("<value><boolean>0</boolean></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle("<value><boolean>true</boolean></value>"));
    }

    @Test
    void stringsAreTaggedAndBareValuesAreStrings() {
        assertEquals("<value><string>a &lt;b&gt; &amp; c</string></value>", encodeSingle("a <b> & c"));
        assertEquals("x y", decodeSingle("<value>x y</value>"));
        assertEquals("", decodeSingle("<value><string></string></value>"));
        assertEquals("", decodeSingle("<value></value>"));
    }

    @Test
    void charactersOutsideTheBmpAreWrittenAsUtf8NotAsSurrogateReferences() {
        String penguin = "žluťoučký kůň 🐧";
        byte[] encoded = codec.encodeResult(penguin);
        String xml = text(encoded);
        assertTrue(xml.contains("<string>žluťoučký kůň 🐧</string>"), xml);
        assertFalse(xml.contains("&#"), xml);
        byte[] penguinUtf8 = {(byte) 0xF0, (byte) 0x9F, (byte) 0x90, (byte) 0xA7};
        assertTrue(indexOf(encoded, penguinUtf8) > 0, "4-byte UTF-8 sequence of U+1F427 expected");
        assertEquals(penguin, codec.decodeResponse(encoded));
    }

    @Test
    void carriageReturnSurvivesTheRoundTrip() {
        String value = "line one\r\nline two\r";
        String xml = text(codec.encodeResult(value));
        assertTrue(xml.contains("line one&#13;\nline two&#13;"), xml);
        assertEquals(value, codec.decodeResponse(bytes(xml)));
    }

    @Test
    void charactersXmlCannotCarryAreRefused() {
        for (String bad : List.of("nul\u0000", "bell\u0007", "lone\uD83D", "low\uDC27x", "\uFFFE")) {
            UnencodableValueException e = assertThrows(UnencodableValueException.class,
                    () -> codec.encodeResult(bad));
            assertTrue(e.getMessage().startsWith("XML cannot carry the character U+"), e.getMessage());
        }
        assertThrows(UnencodableValueException.class, () -> codec.encodeCall("m", List.of(Map.of("k\u0001", 1))));
    }

    @Test
    void base64IsBytes() {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        String xml = encodeSingle(data);
        // exactly Python's base64.encodebytes(data)
        assertEquals("<value><base64>AAcOFRwjKjE4P0ZNVFtiaXB3foWMk5qhqK+2vcTL0tng5+71/AMKERgfJi00O0JJUFdeZWxzeoGI\n"
                + "j5adpKuyucDHztXc4+rx+P8GDRQbIikwNz5FTFNaYWhvdn2Ei5KZoKeutQ==\n</base64></value>", xml);
        assertArrayEquals(data, (byte[]) decodeSingle(xml));
        assertArrayEquals(new byte[0], (byte[]) decodeSingle(encodeSingle(new byte[0])));
        assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, (byte[]) decodeSingle("<value><base64>AAH/</base64></value>"));
    }

    @Test
    void dateTimesAreUtcWithoutZone() {
        Instant instant = Instant.parse("2024-01-02T03:04:05Z");
        assertEquals("<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>", encodeSingle(instant));
        assertEquals("<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>",
                encodeSingle(Date.from(instant)));
        assertEquals(instant, decodeSingle("<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>"));
        assertEquals(instant, decodeSingle("<value><dateTime.iso8601>2024-01-02T03:04:05</dateTime.iso8601></value>"));
        assertThrows(WireFormatException.class,
                () -> decodeSingle("<value><dateTime.iso8601>yesterday</dateTime.iso8601></value>"));
    }

    @Test
    void doublesLookLikePythonRepr() {
        assertEquals("<value><double>1795708668.602456</double></value>", encodeSingle(1795708668.602456));
        assertEquals("<value><double>1.0</double></value>", encodeSingle(1.0));
        assertEquals("<value><double>1e+300</double></value>", encodeSingle(1e300));
        assertEquals("<value><double>1.5e-05</double></value>", encodeSingle(1.5e-5));
        assertEquals("<value><double>0.0001</double></value>", encodeSingle(0.0001));
        assertEquals("<value><double>-2.5</double></value>", encodeSingle(-2.5f));
        assertEquals("<value><double>inf</double></value>", encodeSingle(Double.POSITIVE_INFINITY));
        assertEquals("<value><double>nan</double></value>", encodeSingle(Double.NaN));
        assertEquals(1e300, decodeSingle("<value><double>1e+300</double></value>"));
        assertEquals(1e300, decodeSingle("<value><double>1.0E300</double></value>"));
        assertEquals(Double.NEGATIVE_INFINITY, decodeSingle("<value><double>-inf</double></value>"));
        assertTrue(((Double) decodeSingle("<value><double>nan</double></value>")).isNaN());
        assertThrows(WireFormatException.class, () -> decodeSingle("<value><double>0x1p3</double></value>"));
    }

    @Test
    void containersDecodeToOrderedUnmodifiableListsAndMaps() {
        Object value = decodeSingle("<value><struct>"
                + "<member><name>zeta</name><value><array><data></data></array></value></member>"
                + "<member><name>alpha</name><value><struct></struct></value></member>"
                + "<member><name>mid</name><value><array><data><value><array><data/></array></value>"
                + "<value><struct/></value></data></array></value></member>"
                + "</struct></value>");
        Map<?, ?> struct = assertInstanceOf(Map.class, value);
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(struct.keySet()));
        assertEquals(List.of(), struct.get("zeta"));
        assertEquals(Map.of(), struct.get("alpha"));
        assertEquals(List.of(List.of(), Map.of()), struct.get("mid"));
        assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) struct).clear());
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) struct.get("mid")).clear());
    }

    @Test
    void repeatedStructMembersKeepTheLastValueLikePython() {
        Map<?, ?> struct = (Map<?, ?>) decodeSingle("<value><struct>"
                + "<member><name>a</name><value><int>1</int></value></member>"
                + "<member><name>a</name><value><int>2</int></value></member></struct></value>");
        assertEquals(Map.of("a", 2), struct);
    }

    @Test
    void malformedStructsAreRefused() {
        assertThrows(WireFormatException.class, () -> decodeSingle(
                "<value><struct><member><value><int>1</int></value></member></struct></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle(
                "<value><struct><member><name>a</name></member></struct></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle(
                "<value><struct><member><name>a<b/></name><value>1</value></member></struct></value>"));
        assertThrows(WireFormatException.class, () -> decodeSingle(
                "<value><array><value>1</value></array></value>"));
    }

    @Test
    void structsAreWrittenInIterationOrderAndNeedStringKeys() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("b", 1);
        struct.put("a", List.of());
        struct.put("c", Map.of());
        assertEquals("<value><struct><member><name>b</name><value><int>1</int></value></member>"
                + "<member><name>a</name><value><array><data/></array></value></member>"
                + "<member><name>c</name><value><struct/></value></member></struct></value>", encodeSingle(struct));
        UnencodableValueException e = assertThrows(UnencodableValueException.class,
                () -> codec.encodeResult(Map.of(1, "x")));
        assertEquals("struct keys must be strings, not int", e.getMessage());
    }

    @Test
    void objectArraysAreArrays() {
        assertEquals("<value><array><data><value><string>a</string></value><value><nil/></value></data></array>"
                + "</value>", encodeSingle(new Object[] {"a", null}));
    }

    @Test
    void unsupportedJavaTypesAreRefusedWithoutSerialization() {
        record Point(int x, int y) implements java.io.Serializable {
        }
        UnencodableValueException e = assertThrows(UnencodableValueException.class,
                () -> codec.encodeResult(List.of(new Point(1, 2))));
        assertTrue(e.getMessage().startsWith("cannot marshal "), e.getMessage());
        assertThrows(UnencodableValueException.class, () -> codec.encodeResult(new java.math.BigInteger("1")));
        assertThrows(UnencodableValueException.class, () -> codec.encodeResult(new Object()));
    }

    @Test
    void callsRoundTripWithTheirMethodName() {
        byte[] xml = codec.encodeCall("host.openTask", Arrays.asList(42, "x", null));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodCall><methodName>host.openTask</methodName>"
                + "<params><param><value><int>42</int></value></param><param><value><string>x</string></value>"
                + "</param><param><value><nil/></value></param></params></methodCall>", text(xml));
        MethodCall decoded = codec.decodeCall(xml);
        assertEquals("host.openTask", decoded.methodName());
        assertEquals(Arrays.asList(42, "x", null), decoded.params());
    }

    @Test
    void aCallWithoutParamsHasAnEmptyList() {
        MethodCall decoded = codec.decodeCall(bytes("<methodCall><methodName>hello</methodName></methodCall>"));
        assertEquals(List.of(), decoded.params());
        decoded = codec.decodeCall(bytes("<methodCall><methodName>hello</methodName><params/></methodCall>"));
        assertEquals(List.of(), decoded.params());
    }

    @Test
    void faultsAreWrittenLikeKoji() {
        String xml = text(codec.encodeFault(new WireFault(1000, "task must have an owner")));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>1000</int></value></member>"
                + "<member><name>faultString</name><value><string>task must have an owner</string></value></member>"
                + "</struct></value></fault></methodResponse>", xml);
    }

    @Test
    void faultStringsThatXmlCannotCarryAreRepairedNotDropped() {
        String xml = text(codec.encodeFault(new WireFault(1, "bad \u0000 byte")));
        assertTrue(xml.contains("<string>bad \uFFFD byte</string>"), xml);
    }

    @Test
    void faultResponsesDecodeToTypedFaults() {
        byte[] xml = codec.encodeFault(new WireFault(1005, "bad build"));
        BuildError e = assertThrows(BuildError.class, () -> codec.decodeResponse(xml));
        assertEquals(1005, e.faultCode());
        assertEquals("bad build", e.faultString());

        KojiFault unknown = assertThrows(KojiFault.class, () -> codec.decodeResponse(
                codec.encodeFault(new WireFault(4242, "plugin says no"))));
        assertEquals(4242, unknown.faultCode());
        assertEquals("Fault", unknown.kojiName());
    }

    @Test
    void aFaultCodeSentAsI8IsAccepted() {
        String xml = "<methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><i8>1019</i8></value></member>"
                + "<member><name>faultString</name><value><string>nope</string></value></member>"
                + "</struct></value></fault></methodResponse>";
        KojiFault e = assertThrows(KojiFault.class, () -> codec.decodeResponse(bytes(xml)));
        assertEquals(1019, e.faultCode());
    }

    @Test
    void aResponseWithoutParamsOrFaultIsRefused() {
        assertThrows(WireFormatException.class, () -> codec.decodeResponse(bytes("<methodResponse/>")));
        assertThrows(WireFormatException.class, () -> codec.decodeResponse(bytes("<methodCall/>")));
    }

    @Test
    void aDoctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE methodCall [<!ENTITY e \"x\">]>"
                + "<methodCall><methodName>&e;</methodName></methodCall>";
        WireFormatException e = assertThrows(WireFormatException.class, () -> codec.decodeCall(bytes(xml)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void nestingBeyondTheDepthLimitIsRefused() {
        // methodCall, params, param, then three elements per array level: four levels reach depth 15
        WireCodec shallow = new WireCodec(WireLimits.defaults().withMaxElementDepth(16));
        assertEquals(List.of(List.of(List.of(List.of()))), shallow.decodeCall(bytes(call(nested(4)))).params().get(0));
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> shallow.decodeCall(bytes(call(nested(5)))));
        assertTrue(e.getMessage().contains("JAXP00010006"), e.getMessage());
    }

    @Test
    void defaultDepthAllowsTwentyLevels() {
        assertInstanceOf(List.class, codec.decodeCall(bytes(call(nested(20)))).params().get(0));
        assertThrows(WireFormatException.class, () -> codec.decodeCall(bytes(call(nested(21)))));
    }

    @Test
    void bodiesBeyondTheSizeLimitAreRefusedWhileStreaming() {
        WireCodec small = new WireCodec(WireLimits.defaults().withMaxBodyBytes(1024));
        String big = call("<value><string>" + "x".repeat(2000) + "</string></value>");
        int[] read = {0};
        InputStream counting = new ByteArrayInputStream(bytes(big + " ".repeat(100_000))) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, () -> small.decodeCall(counting));
        assertEquals(1024, e.limit());
        assertTrue(read[0] < 20_000, "read " + read[0] + " bytes before stopping");
        assertEquals("x".repeat(500), small.decodeCall(bytes(call("<value>" + "x".repeat(500) + "</value>")))
                .params().get(0));
    }

    @Test
    void garbageAndEmptyBodiesAreWireFormatErrors() {
        assertThrows(WireFormatException.class, () -> codec.decodeCall(new byte[0]));
        assertThrows(WireFormatException.class, () -> codec.decodeCall(bytes("hello")));
        assertThrows(WireFormatException.class, () -> codec.decodeCall(bytes("<methodCall><params/>")));
        assertThrows(WireFormatException.class, () -> codec.decodeCall(bytes("<other/>")));
    }

    static String nested(int levels) {
        return "<value><array><data>".repeat(levels) + "</data></array></value>".repeat(levels);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
