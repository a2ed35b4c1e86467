package io.containerbuild.wire;

import org.apache.xmlrpc.parser.AtomicParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** {@code <double>} as Python writes it, {@code nan} and {@code inf} included. */
final class DoubleParser extends AtomicParser {

    @Override
    protected void setResult(String text) throws SAXException {
        try {
            super.setResult(PythonFloats.parse(text));
        } catch (NumberFormatException e) {
            throw new SAXParseException("invalid double value: " + text, getDocumentLocator(), e);
        }
    }
}
