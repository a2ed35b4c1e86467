package io.containerbuild.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ws.commons.util.NamespaceContextImpl;
import org.apache.xmlrpc.common.TypeFactory;
import org.apache.xmlrpc.common.XmlRpcStreamConfig;
import org.apache.xmlrpc.parser.RecursiveTypeParserImpl;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@code <struct>} to an unmodifiable, insertion-ordered {@code Map<String, Object>}. 3.1.3's own parser builds a
 * {@code HashMap}, losing the member order Koji's records are built in, and refuses repeated names; Python keeps
 * the last one, and so does this.
 */
final class StructParser extends RecursiveTypeParserImpl {

    private final Map<String, Object> members = new LinkedHashMap<>();
    private final StringBuilder nameText = new StringBuilder();
    private int level;
    private String name;
    private boolean inName;
    private boolean inValue;
    private boolean valueDone;

    StructParser(XmlRpcStreamConfig config, NamespaceContextImpl context, TypeFactory factory) {
        super(config, context, factory);
    }

    @Override
    public void startDocument() throws SAXException {
        super.startDocument();
        members.clear();
        level = 0;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        switch (level++) {
            case 0 -> expect("struct", uri, localName);
            case 1 -> {
                expect("member", uri, localName);
                name = null;
                inName = false;
                inValue = false;
                valueDone = false;
            }
            case 2 -> startMemberPart(uri, localName);
            default -> {
                if (!inValue) {
                    throw new SAXParseException("unexpected element in member name: " + qName, getDocumentLocator());
                }
                super.startElement(uri, localName, qName, attributes);
            }
        }
    }

    private void startMemberPart(String uri, String localName) throws SAXException {
        if (!uri.isEmpty() || valueDone) {
            throw new SAXParseException("expected </member>, got " + localName, getDocumentLocator());
        }
        if ("name".equals(localName) && name == null) {
            inName = true;
            nameText.setLength(0);
        } else if ("value".equals(localName) && name != null) {
            inValue = true;
            startValueTag();
        } else {
            throw new SAXParseException("expected " + (name == null ? "name" : "value") + ", got " + localName,
                    getDocumentLocator());
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (--level) {
            case 0 -> setResult(Collections.unmodifiableMap(new LinkedHashMap<>(members)));
            case 1 -> {
                if (!valueDone) {
                    throw new SAXParseException("struct member without a value", getDocumentLocator());
                }
            }
            case 2 -> {
                if (inName) {
                    inName = false;
                    name = nameText.toString();
                } else {
                    inValue = false;
                    endValueTag();
                    valueDone = true;
                }
            }
            default -> super.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        if (inName) {
            nameText.append(chars, start, length);
        } else {
            super.characters(chars, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] chars, int start, int length) throws SAXException {
        characters(chars, start, length);
    }

    @Override
    protected void addResult(Object value) {
        members.put(name, value);
    }

    private void expect(String element, String uri, String localName) throws SAXException {
        if (!uri.isEmpty() || !element.equals(localName)) {
            throw new SAXParseException("expected " + element + ", got " + localName, getDocumentLocator());
        }
    }
}
