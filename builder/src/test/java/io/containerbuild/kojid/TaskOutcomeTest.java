package io.containerbuild.kojid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.fault.ContainerCancelled;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.WireCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documents {@code host.closeTask} and {@code host.failTask} carry: complete XML, codes kept. */
class TaskOutcomeTest {
    private final WireCodec codec = WireCodec.withDefaults();

    private Object decode(TaskOutcome outcome) {
        return codec.decodeResponse(outcome.document().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aResultIsAMethodResponseDocument() {
        Map<String, Object> result = Map.of("repositories", List.of("reg/ns/img:1"), "koji_builds", List.of("42"));
        TaskOutcome outcome = TaskOutcome.closed(9, result, codec);

        assertEquals(TaskOutcome.Kind.CLOSE, outcome.kind());
        assertTrue(outcome.document().startsWith("<?xml"), "Koji checks the first characters");
        assertEquals(result, decode(outcome));
    }

    @Test
    void aFaultKeepsItsCodeEvenOneKojiDoesNotKnow() {
        TaskOutcome outcome = TaskOutcome.failed(9, new ContainerCancelled("Image build was cancelled by OSBS."),
                codec);

        assertEquals(TaskOutcome.Kind.FAIL, outcome.kind());
        KojiFault fault = assertThrows(KojiFault.class, () -> decode(outcome));
        assertEquals(2002, fault.faultCode());
        assertEquals("Image build was cancelled by OSBS.", fault.faultString());
    }

    @Test
    void aResultXmlRpcCannotCarryBecomesAFailure() {
        TaskOutcome outcome = TaskOutcome.closed(9, Map.of("when", new Object()), codec);

        assertEquals(TaskOutcome.Kind.FAIL, outcome.kind());
        assertEquals(1, assertThrows(KojiFault.class, () -> decode(outcome)).faultCode());
    }
}
