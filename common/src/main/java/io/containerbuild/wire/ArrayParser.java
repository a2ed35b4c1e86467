package io.containerbuild.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.RecursiveTypeParserImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** {@code <array>} to an unmodifiable {@code List<Object>} that may hold nulls (3.1.3 gives {@code Object[]}). */
final class ArrayParser extends RecursiveTypeParserImpl {

    private final List<Object> items = new ArrayList<>();
    private int level;

    ArrayParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        items.clear();
        level = 0;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (level++) {
            case 0 -> expect("array", uri, localName);
            case 1 -> expect("data", uri, localName);
            case 2 -> {
                expect("value", uri, localName);
                startValueTag();
            }
            default -> super.startElement(uri, localName, qName, attributes);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (--level) {
            case 0 -> setResult(Collections.unmodifiableList(new ArrayList<>(items)));
            case 1 -> {
                // </data>
            }
            case 2 -> endValueTag();
            default -> super.endElement(uri, localName, qName);
        }
    }

    @Override
    protected void addResult(Object value) {
        items.add(value);
    }

    private void expect(String element, String uri, String localName) throws SAXException {
        if (!uri.isEmpty() || !element.equals(localName)) {
            throw new SAXParseException("expected " + element + ", got " + localName, getDocumentLocator());
        }
    }
}
