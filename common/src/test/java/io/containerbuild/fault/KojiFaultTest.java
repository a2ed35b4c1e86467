package io.containerbuild.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class KojiFaultTest {

    @ParameterizedTest
    @EnumSource(FaultCode.class)
    void everyKnownCodeComesBackWithItsCodeAndText(FaultCode code) {
        KojiFault fault = KojiFault.fromWire(code.code(), "some text");

        assertEquals(code.code(), fault.faultCode());
        assertEquals("some text", fault.faultString());
        assertEquals(code.kojiName() + ": some text", fault.display());
    }

    @Test
    void typedCodesBecomeTheirTypes() {
        assertInstanceOf(BuildError.class, KojiFault.fromWire(1005, "x"));
        assertInstanceOf(ParameterError.class, KojiFault.fromWire(1019, "x"));
        assertInstanceOf(ContainerError.class, KojiFault.fromWire(2001, "x"));
        assertInstanceOf(ContainerCancelled.class, KojiFault.fromWire(2002, "x"));
        assertInstanceOf(AuthExpired.class, KojiFault.fromWire(1007, "x"));
        assertEquals(KojiFault.class, KojiFault.fromWire(1000, "x").getClass());
    }

    @Test
    void anUnknownCodeIsKeptAsSent() {
        KojiFault fault = KojiFault.fromWire(1, "<class 'ValueError'>: boom");

        assertEquals(1, fault.faultCode());
        assertTrue(fault.knownCode().isEmpty());
        assertEquals("Fault: <class 'ValueError'>: boom", fault.display());
    }
}
