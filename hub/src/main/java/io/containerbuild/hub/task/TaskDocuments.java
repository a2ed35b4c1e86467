package io.containerbuild.hub.task;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.wire.FaultTranslator;
import io.containerbuild.wire.WireCodec;
import io.containerbuild.wire.WireFormatException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XML-RPC documents a task keeps: its request ({@code methodCall}) and its result, a
 * {@code methodResponse} when CLOSED or a fault when FAILED. Results are stored as the builder sent
 * them, so they are checked on the way in: Koji tells a stored document from legacy base64 by a
 * {@code <?xml} within the first ten characters, and a result that cannot be read back would break
 * {@code getTaskResult} for good.
 */
public final class TaskDocuments {
    private final WireCodec codec;

    @Inject
    public TaskDocuments(WireCodec codec) {
        this.codec = codec;
    }

    /** The request's parameters, a trailing {@code __starstar} struct included. */
    public List<Object> requestParams(String request) {
        return codec.decodeCall(request.getBytes(StandardCharsets.UTF_8)).params();
    }

    /** The stored value of a CLOSED task; the stored fault of a FAILED one is thrown as itself. */
    public Object result(String document) {
        return codec.decodeResponse(document.getBytes(StandardCharsets.UTF_8));
    }

    /** Like {@link #result}, with a fault answered as its {@code {faultCode, faultString}} struct. */
    public Object resultOrFaultStruct(String document) {
        try {
            return result(document);
        } catch (KojiFault fault) {
            return FaultTranslator.toWire(fault).toStruct();
        }
    }

    /** Checks what {@code host.closeTask} stores: a successful methodResponse. */
    public void requireResponse(String method, String document) {
        requireXmlPrefix(method, document);
        try {
            result(document);
        } catch (KojiFault fault) {
            throw new ParameterError(method + "(): the result is a fault; report failures with host.failTask");
        } catch (WireFormatException e) {
            throw new ParameterError(method + "(): the result is not an XML-RPC methodResponse: " + e.getMessage());
        }
    }

    /** Checks what {@code host.failTask} stores: a fault methodResponse. */
    public void requireFault(String method, String document) {
        requireXmlPrefix(method, document);
        try {
            result(document);
        } catch (KojiFault fault) {
            return;
        } catch (WireFormatException e) {
            throw new ParameterError(method + "(): the result is not an XML-RPC fault: " + e.getMessage());
        }
        throw new ParameterError(method + "(): the result is not a fault; report success with host.closeTask");
    }

    private static void requireXmlPrefix(String method, String document) {
        // Koji's test is find('<?xml', 0, 10): the declaration must lie within the first ten characters
        if (!document.substring(0, Math.min(10, document.length())).contains("<?xml")) {
            throw new ParameterError(method + "(): the result must be an XML document starting with <?xml");
        }
    }
}
