package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import org.junit.jupiter.api.Test;

class SerialFiltersTest {

    @Test
    void rejectsEveryClassJvmWideAndIsIdempotent() throws Exception {
        SerialFilters.installRejectAll();
        SerialFilters.installRejectAll();
        assertTrue(SerialFilters.rejectAllInstalled());
        DeserializationMarker.reset();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(DeserializationMarker.serialized()))) {
            InvalidClassException e = assertThrows(InvalidClassException.class, in::readObject);
            assertTrue(e.getMessage().contains("REJECTED"), e.getMessage());
        }
        assertFalse(DeserializationMarker.wasDeserialised());
    }
}
