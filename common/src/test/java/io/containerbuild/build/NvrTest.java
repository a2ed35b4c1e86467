package io.containerbuild.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NvrTest {

    @ParameterizedTest
    @CsvSource({
        "fedora-docker-25-3, fedora-docker, 25, 3",
        "some_image_build-3.0-30, some_image_build, 3.0, 30",
        "a-b-c, a, b, c",
        "ubi9-container-9.4-1214.1717138402, ubi9-container, 9.4, 1214.1717138402",
        "name-with-many-dashes-1.0-1.el9, name-with-many-dashes, 1.0, 1.el9",
    })
    void splitsOnTheLastTwoDashes(String text, String name, String version, String release) {
        Nvr nvr = Nvr.parse(text);
        assertEquals(new Nvr(name, version, release), nvr);
        assertEquals(text, nvr.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "name-1", "name-1-", "name--1", "-1-2", "name-1.0-"})
    void rejectsStringsWithoutThreeParts(String text) {
        KojiFault fault = assertThrows(KojiFault.class, () -> Nvr.parse(text));
        assertEquals(FaultCode.GENERIC_ERROR.code(), fault.faultCode());
        assertEquals("invalid format: " + text, fault.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(KojiFault.class, () -> Nvr.parse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "na me-1-2 | invalid NVR: name 'na me' contains whitespace or control characters",
        "name-1\t0-2 | invalid NVR: version '1\t0' contains whitespace or control characters",
        "rpms/name-1-2 | invalid NVR: name 'rpms/name' contains '/'",
        "name-1-el9/x | invalid NVR: release 'el9/x' contains '/'",
    })
    void rejectsBadCharactersInParts(String text, String message) {
        KojiFault fault = assertThrows(KojiFault.class, () -> Nvr.parse(text));
        assertEquals(message, fault.getMessage());
    }

    @Test
    void constructorValidatesEachPart() {
        assertEquals("invalid NVR: empty name", assertThrows(KojiFault.class, () -> new Nvr("", "1", "2")).getMessage());
        assertEquals("invalid NVR: empty version", assertThrows(KojiFault.class, () -> new Nvr("n", null, "2")).getMessage());
        assertEquals("invalid NVR: version '1-0' contains '-'",
                assertThrows(KojiFault.class, () -> new Nvr("n", "1-0", "2")).getMessage());
        assertEquals("invalid NVR: release '2-1' contains '-'",
                assertThrows(KojiFault.class, () -> new Nvr("n", "1", "2-1")).getMessage());
    }
}
