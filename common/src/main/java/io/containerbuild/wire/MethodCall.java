package io.containerbuild.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A decoded {@code methodCall}: the method name and its parameters exactly as sent, so a trailing
 * {@code __starstar} struct is still in {@link #params()} (see {@link KeywordArgs#split}).
 *
 * @param methodName the called method, e.g. {@code getTaskInfo} or {@code host.openTask}
 * @param params     the parameters in Koji's normalised form; may contain {@code null}
 */
public record MethodCall(String methodName, List<Object> params) {

    public MethodCall {
        Objects.requireNonNull(methodName, "methodName");
        params = Collections.unmodifiableList(new ArrayList<>(params));
    }
}
