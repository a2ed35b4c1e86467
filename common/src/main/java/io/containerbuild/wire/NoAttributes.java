package io.containerbuild.wire;

import org.xml.sax.helpers.AttributesImpl;

/** The empty attribute list every XML-RPC element carries. */
final class NoAttributes {

    static final AttributesImpl INSTANCE = new AttributesImpl();

    private NoAttributes() {
    }
}
