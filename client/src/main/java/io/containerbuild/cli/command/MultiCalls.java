package io.containerbuild.cli.command;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.Call;
import io.containerbuild.wire.KojiSession;
import java.util.List;

/** Koji's {@code multiCall(strict=True)}: all calls in one request; the first fault among the answers is raised. */
final class MultiCalls {

    private MultiCalls() {
    }

    static List<Object> strict(KojiSession session, List<Call> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        List<Object> answers = session.multiCall(calls);
        for (Object answer : answers) {
            if (answer instanceof KojiFault fault) {
                throw fault;
            }
        }
        return answers;
    }
}
