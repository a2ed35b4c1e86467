package io.containerbuild.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.xmlrpc.parser.AtomicParser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * {@code dateTime.iso8601} to an {@link Instant}, read as UTC: the wire form has no zone, and 3.1.3 would
 * otherwise apply the JVM's default zone. Accepts Python's {@code 20240102T03:04:05} and the extended
 * {@code 2024-01-02T03:04:05}.
 */
final class DateTimeParser extends AtomicParser {

    static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss");

    @Override
    protected void setResult(String text) throws SAXException {
        String trimmed = text.strip();
        if (trimmed.endsWith("Z")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            DateTimeFormatter format = trimmed.indexOf('-') > 0 ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : BASIC;
            super.setResult(LocalDateTime.parse(trimmed, format).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new SAXParseException("invalid dateTime.iso8601 value: " + text, getDocumentLocator(), e);
        }
    }
}
