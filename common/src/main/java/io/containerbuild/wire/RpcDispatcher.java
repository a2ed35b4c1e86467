package io.containerbuild.wire;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.util.List;

/**
 * Runs a decoded call. Throw a {@link KojiFault} to answer with a fault; any other exception is answered as a
 * foreign exception (code 1, see {@link FaultTranslator}) and logged. The result must be encodable by
 * {@link WireCodec}; if it is not, the caller gets a fault, not a broken connection.
 */
@FunctionalInterface
public interface RpcDispatcher {

    /**
     * @param method the method name as sent
     * @param params the parameters as sent, a trailing {@code __starstar} struct included
     * @param meta   the HTTP side of the call
     * @return the result; {@code null} goes out as {@code <nil/>}
     */
    Object dispatch(String method, List<Object> params, CallMeta meta);

    /** Koji's answer to an unknown method: {@code GenericError} 1000 {@code Invalid method: NAME}. */
    static KojiFault invalidMethod(String method) {
        return new KojiFault(FaultCode.GENERIC_ERROR, "Invalid method: " + method);
    }
}
