package io.containerbuild.wire;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * SAX readers for untrusted XML-RPC. A DOCTYPE is refused outright, which stops XXE, external DTD fetches
 * (blind SSRF, CVE-2016-5002) and entity expansion bombs before they start; the element depth is capped because
 * 3.1.3's type parsers delegate every event down the whole stack, which costs O(depth²) and ends in a
 * {@link StackOverflowError} on deep input.
 */
final class HardenedXmlReaders {

    /** The JDK parser's per-parser depth limit; the factory cannot carry it, so it is set on each parser. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private static final SAXParserFactory FACTORY = newFactory();

    /** Fails on errors like the default, without the default's "[Fatal Error]" line on stderr. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not stop a parse and are not worth a log line per request
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private HardenedXmlReaders() {
    }

    static XMLReader newReader(int maxElementDepth) {
        try {
            SAXParser parser;
            // SAXParserFactory is not specified to be thread-safe; creating a parser is cheap next to parsing
            synchronized (FACTORY) {
                parser = FACTORY.newSAXParser();
            }
            parser.setProperty(MAX_ELEMENT_DEPTH, Integer.toString(maxElementDepth));
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            reader.setErrorHandler(QUIET);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    private static SAXParserFactory newFactory() {
        // the JDK's own parser, whatever else is on the classpath: the depth property is specific to it
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
        return factory;
    }
}
