package io.containerbuild.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds decoded wire values the way the XML-RPC layer delivers them: ordered maps, lists that may hold null. */
final class Wire {

    private Wire() {
    }

    static Map<String, Object> struct(Object... keysAndValues) {
        Map<String, Object> struct = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            struct.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return struct;
    }

    static List<Object> array(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }
}
