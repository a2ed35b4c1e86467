package io.containerbuild.hub.rpc;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.Database;
import io.containerbuild.hub.store.Store;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.CallMeta;
import io.containerbuild.wire.FaultTranslator;
import io.containerbuild.wire.RpcDispatcher;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one XML-RPC call as Koji's hub does: the session is checked, the arguments are bound to the
 * method's signature, and the method runs in one database transaction with the session check, so a
 * fault leaves nothing behind, not even a used call number. {@code multiCall} runs its calls in one
 * transaction with a savepoint each: a failing call is rolled back alone and answered with its fault.
 * A method that waits ({@link Export#waiting}) is the exception: it runs after the session check has
 * committed, so a long poll does not pin a pooled connection.
 */
public final class HubDispatcher implements RpcDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(HubDispatcher.class);

    private final ExportRegistry exports;
    private final SessionAuthenticator authenticator;
    private final Database database;
    private final AfterCommit afterCommit;

    @Inject
    public HubDispatcher(ExportRegistry exports, SessionAuthenticator authenticator, Store store,
                         AfterCommit afterCommit) {
        this.exports = exports;
        this.authenticator = authenticator;
        this.database = store.database();
        this.afterCommit = afterCommit;
    }

    @Override
    public Object dispatch(String method, List<Object> params, CallMeta meta) {
        boolean multi = method.equals("multiCall") || method.equals("system.multicall");
        HubExport export = multi ? null : exports.find(method).orElseThrow(() -> RpcDispatcher.invalidMethod(method));
        if (export instanceof Export own && own.ownTransactions()) {
            HubCaller caller = database.inTransaction(connection -> authenticator.authenticate(meta, method));
            return call(export, caller, params);
        }
        List<Runnable> committed;
        Object result;
        try {
            result = database.inTransaction(connection -> {
                afterCommit.begin();
                HubCaller caller = authenticator.authenticate(meta, method);
                return multi ? multiCall(connection, caller, params) : call(export, caller, params);
            });
        } finally {
            committed = afterCommit.end();
        }
        committed.forEach(HubDispatcher::runQuietly);
        return result;
    }

    private static Object call(HubExport export, HubCaller caller, List<Object> params) {
        Arguments arguments = export.signature().bind(params);
        return export.call(caller, arguments);
    }

    private Object multiCall(Connection connection, HubCaller caller, List<Object> params) throws SQLException {
        if (params.size() != 1 || !(params.get(0) instanceof List<?> calls)) {
            throw new ParameterError("multiCall() takes exactly one argument: a list of calls");
        }
        List<Object> answers = new ArrayList<>(calls.size());
        for (Object entry : calls) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                // Koji answers each success as a one-element list, [None] included
                answers.add(Collections.singletonList(oneOfMany(caller, entry)));
                connection.releaseSavepoint(savepoint);
            } catch (RuntimeException failure) {
                connection.rollback(savepoint);
                if (!(failure instanceof KojiFault)) {
                    LOG.warn("a call in a multiCall failed", failure);
                }
                answers.add(FaultTranslator.toWire(failure).toStruct());
            }
        }
        return answers;
    }

    private Object oneOfMany(HubCaller caller, Object entry) {
        if (!(entry instanceof Map<?, ?> call) || !(call.get("methodName") instanceof String method)
                || !(call.get("params") instanceof List<?> params)) {
            throw new ParameterError("each multiCall entry must be a struct with methodName and params");
        }
        if (method.equals("multiCall") || method.equals("system.multicall")) {
            throw new ParameterError("multiCall may not be nested");
        }
        HubExport export = exports.find(method).orElseThrow(() -> RpcDispatcher.invalidMethod(method));
        return call(export, caller, new ArrayList<>(params));
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("an action after commit failed", e);
        }
    }
}
