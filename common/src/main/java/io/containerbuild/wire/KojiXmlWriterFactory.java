package io.containerbuild.wire;

import java.io.IOException;
import org.apache.ws.commons.serialize.XMLWriter;
import org.apache.ws.commons.serialize.XMLWriterImpl;
import org.apache.xmlrpc.serializer.BaseXmlWriterFactory;
import org.xml.sax.SAXException;

/**
 * An XML writer that keeps text intact. 3.1.3's writer asks the charset whether each UTF-16 unit is encodable, so
 * a character outside the BMP (🐧) comes out as two character references to surrogates, which is not XML; Python's
 * expat then rejects the whole message. Here every valid character goes to the UTF-8 stream as is, characters XML
 * 1.0 cannot carry are refused before anything invalid is written, and a carriage return is written as
 * {@code &#13;} so that XML line-end normalisation does not turn it into a newline.
 */
final class KojiXmlWriterFactory extends BaseXmlWriterFactory {

    @Override
    protected XMLWriter newXmlWriter() {
        return new TextPreservingWriter();
    }

    private static final class TextPreservingWriter extends XMLWriterImpl {

        private static final char[] NONE = new char[0];

        @Override
        public boolean canEncode(char c) {
            // UTF-8 encodes every character that passed characters() below
            return true;
        }

        @Override
        public void characters(char[] chars, int start, int length) throws SAXException {
            int end = start + length;
            int run = start;
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c == '\r') {
                    super.characters(chars, run, i - run);
                    writeRaw("&#13;");
                    run = i + 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else if (!isXmlChar(c)) {
                    throw new SAXException(new UnencodableValueException(String.format(
                            "XML cannot carry the character U+%04X", (int) c)));
                }
            }
            super.characters(chars, run, end - run);
        }

        private void writeRaw(String text) throws SAXException {
            // an empty characters() call first closes a pending start tag
            super.characters(NONE, 0, 0);
            try {
                getWriter().write(text);
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }

        /** XML 1.0's Char production, for a BMP character that is not half of a valid pair. */
        private static boolean isXmlChar(char c) {
            if (c < 0x20) {
                return c == '\t' || c == '\n';
            }
            return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
        }
    }
}
