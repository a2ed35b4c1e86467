package io.containerbuild.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class whose deserialization leaves a trace: stands in for a gadget chain. Tests send it where 3.1.3 would
 * deserialise it and check that it never was.
 */
final class DeserializationMarker implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final AtomicBoolean DESERIALISED = new AtomicBoolean();

    static void reset() {
        DESERIALISED.set(false);
    }

    static boolean wasDeserialised() {
        return DESERIALISED.get();
    }

    static byte[] serialized() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new DeserializationMarker());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String serializedBase64() {
        return Base64.getEncoder().encodeToString(serialized());
    }

    /**
     * Proves the payload would fire if anything deserialised it, bypassing any JVM-wide filter for this one
     * stream, then resets the trace.
     */
    static boolean payloadWorks(String base64) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            in.setObjectInputFilter(info -> ObjectInputFilter.Status.ALLOWED);
            in.readObject();
        }
        boolean fired = DESERIALISED.get();
        reset();
        return fired;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        DESERIALISED.set(true);
    }
}
