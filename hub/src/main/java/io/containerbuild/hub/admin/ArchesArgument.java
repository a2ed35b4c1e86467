package io.containerbuild.hub.admin;

import io.containerbuild.wire.PythonText;
import io.containerbuild.arch.Arches;
import io.containerbuild.fault.ParameterError;
import java.util.ArrayList;
import java.util.List;

/**
 * An arches argument as Koji's {@code parse_arches(arches, strict=True)} takes it: a string
 * (commas or spaces between arches) or a list of arch names; the result is space-separated.
 */
public final class ArchesArgument {
    private ArchesArgument() {}

    /**
     * @return the arches space-separated, or null for nil
     * @throws io.containerbuild.fault.KojiFault {@code Architecture can be only [a-zA-Z0-9_-]}
     */
    public static String normalize(String parameter, Object arches) {
        if (arches == null) {
            return null;
        }
        if (arches instanceof String text) {
            return Arches.normalize(text);
        }
        if (arches instanceof List<?> items) {
            List<String> names = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String name)) {
                    throw new ParameterError(parameter + " must be arch names, not " + PythonText.typeName(item));
                }
                names.addAll(Arches.parse(name));
            }
            return String.join(" ", names);
        }
        throw new ParameterError(parameter + " must be a string or a list of arches, not "
                + PythonText.typeName(arches));
    }
}
