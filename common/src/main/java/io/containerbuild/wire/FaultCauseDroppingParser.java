package io.containerbuild.wire;

import java.util.HashMap;
import java.util.Map;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamRequestConfig;
import org.apache.xmlrpc.parser.XmlRpcResponseParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * 3.1.3's response parser with its Java-deserialization sink cut off. Stock {@code addResult} feeds a fault's
 * {@code faultCause} bytes to {@code ObjectInputStream.readObject()} whatever the configuration says
 * (CVE-2019-17570), so a hostile server could run code in the client. Here a fault reaches the parent as a fresh
 * struct holding only {@code faultCode} and {@code faultString}; a {@code faultCode} sent as {@code <i8>} is
 * narrowed to the {@code Integer} the parent insists on.
 */
final class FaultCauseDroppingParser extends XmlRpcResponseParser {

    FaultCauseDroppingParser(XmlRpcStreamRequestConfig config, TypeFactory factory) {
        super(config, factory);
    }

    @Override
    protected void addResult(Object value) throws SAXException {
        if (isSuccess()) {
            super.addResult(value);
            return;
        }
        WireFault fault = WireFault.fromStruct(value).orElseThrow(() ->
                new SAXParseException("a fault must be a struct with an int faultCode", getDocumentLocator()));
        Map<String, Object> safe = new HashMap<>();
        safe.put("faultCode", fault.faultCode());
        safe.put("faultString", fault.faultString());
        super.addResult(safe);
    }
}
