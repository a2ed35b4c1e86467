package io.containerbuild.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.AuthExpired;
import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ContainerError;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultTranslatorTest {

    @Test
    void kojiFaultsKeepCodeAndBareMessage() {
        assertEquals(new WireFault(1005, "bad build"), FaultTranslator.toWire(new BuildError("bad build")));
        assertEquals(new WireFault(1000, "Invalid method: x"), FaultTranslator.toWire(RpcDispatcher.invalidMethod("x")));
        assertEquals(new WireFault(2001, "no"), FaultTranslator.toWire(new ContainerError("no")));
        assertEquals(new WireFault(1004, ""), FaultTranslator.toWire(new ActionNotAllowed(null)));
    }

    @Test
    void foreignExceptionsBecomeCodeOneWithPythonsText() {
        assertEquals(new WireFault(1, "<class 'java.lang.IllegalStateException'>: kaput"),
                FaultTranslator.toWire(new IllegalStateException("kaput")));
        assertEquals(new WireFault(1, "<class 'java.lang.NullPointerException'>: "),
                FaultTranslator.toWire(new NullPointerException()));
    }

    @Test
    void wireFaultsBecomeTypedFaults() {
        assertInstanceOf(ParameterError.class, FaultTranslator.fromWire(1019, "x"));
        assertInstanceOf(AuthExpired.class, FaultTranslator.fromWire(new WireFault(1007, "x")));
        KojiFault generic = FaultTranslator.fromWire(1000, "Invalid method: x");
        assertEquals(Optional.of(FaultCode.GENERIC_ERROR), generic.knownCode());
        assertEquals("GenericError: Invalid method: x", generic.display());
        KojiFault foreign = FaultTranslator.fromWire(1, "<class 'X'>: y");
        assertEquals(1, foreign.faultCode());
        assertEquals("<class 'X'>: y", foreign.faultString());
    }

    @Test
    void multiCallFaultStructs() {
        assertEquals(Map.of("faultCode", 1005, "faultString", "b"), new WireFault(1005, "b").toStruct());
        assertEquals(Optional.of(new WireFault(1005, "b")),
                WireFault.fromStruct(Map.of("faultCode", 1005, "faultString", "b", "traceback", "t")));
        assertEquals(Optional.of(new WireFault(1005, "b")),
                WireFault.fromStruct(Map.of("faultCode", 1005L, "faultString", "b")));
        assertEquals(Optional.empty(), WireFault.fromStruct(java.util.List.of(1)));
        assertEquals(Optional.empty(), WireFault.fromStruct(Map.of("faultCode", "1005")));
        assertEquals(Optional.empty(), WireFault.fromStruct(Map.of("faultCode", 1L << 40)));
    }
}
