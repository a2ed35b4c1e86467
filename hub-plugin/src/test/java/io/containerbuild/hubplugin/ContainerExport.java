package io.containerbuild.hubplugin;

import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.TaskCreator;
import io.containerbuild.task.TaskMethod;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.KeywordArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two exports, for tests that hold for both, with a valid request for each. Calls go through the
 * export's signature, as the hub binds them, so defaults apply as on the wire.
 */
enum ContainerExport {
    BUILD_CONTAINER(TaskMethod.BUILD_CONTAINER, List.of("git://example.com/containers/hello#abc123", "candidate")) {
        @Override
        HubExport create(TaskCreator taskCreator) {
            return new BuildContainerExport(taskCreator);
        }

        @Override
        Map<String, Object> validOpts() {
            return struct("git_branch", "main");
        }
    },
    BUILD_SOURCE_CONTAINER(TaskMethod.BUILD_SOURCE_CONTAINER, List.of("candidate")) {
        @Override
        HubExport create(TaskCreator taskCreator) {
            return new BuildSourceContainerExport(taskCreator);
        }

        @Override
        Map<String, Object> validOpts() {
            return struct("koji_build_id", 1234);
        }
    };

    final TaskMethod method;
    /** The arguments before {@code opts}: {@code src, target} or {@code target}. */
    final List<Object> leading;

    ContainerExport(TaskMethod method, List<Object> leading) {
        this.method = method;
        this.leading = leading;
    }

    abstract HubExport create(TaskCreator taskCreator);

    /** The smallest opts the hub accepts. */
    abstract Map<String, Object> validOpts();

    /** The valid leading arguments, then {@code opts}. */
    List<Object> request(Object opts) {
        List<Object> request = new ArrayList<>(leading);
        request.add(opts);
        return request;
    }

    /** Binds a call's positional and keyword arguments (nulls allowed) to the export's signature. */
    static Arguments bind(HubExport export, List<Object> positional, Map<String, Object> keywords) {
        return export.signature().bind(KeywordArgs.of(positional, keywords));
    }

    static Arguments bind(HubExport export, List<Object> positional) {
        return bind(export, positional, Map.of());
    }

    /** A struct as the wire delivers it: ordered, nulls allowed. */
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
