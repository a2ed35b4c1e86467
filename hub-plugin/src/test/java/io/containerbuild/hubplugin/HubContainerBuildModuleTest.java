package io.containerbuild.hubplugin;

import static io.containerbuild.hubplugin.ContainerExport.array;
import static io.containerbuild.hubplugin.ContainerExport.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.CallerUser;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.plugin.hub.NewTask;
import io.containerbuild.plugin.hub.TaskCreator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module in an injector, as the hub installs it, with a fake TaskCreator standing in for the hub's. */
class HubContainerBuildModuleTest {

    /** Records the tasks it is asked for and numbers them from 100. */
    private static final class RecordingTaskCreator implements TaskCreator {
        final List<NewTask> created = new ArrayList<>();

        @Override
        public int createTask(Caller owner, NewTask task) {
            created.add(task);
            return 99 + created.size();
        }
    }

    /** A logged-in user without permissions. */
    private static final class Alice implements Caller {
        @Override
        public Optional<CallerUser> user() {
            return Optional.of(new CallerUser(2, "alice"));
        }

        @Override
        public boolean hasPerm(String permission) {
            return false;
        }

        @Override
        public void assertPerm(String permission) {
            throw new AssertionError("the exports check no permission but admin, with hasPerm");
        }
    }

    private final RecordingTaskCreator taskCreator = new RecordingTaskCreator();

    private final Injector injector = Guice.createInjector(new HubContainerBuildModule(),
            binder -> binder.bind(TaskCreator.class).toInstance(taskCreator));

    private Map<String, HubExport> exports() {
        Set<HubExport> exports = injector.getInstance(Key.get(new TypeLiteral<Set<HubExport>>() {}));
        return exports.stream().collect(Collectors.toMap(export -> export.signature().name(), Function.identity()));
    }

    @Test
    void exposesExactlyTheTwoExports() {
        assertEquals(Set.of("buildContainer", "buildSourceContainer"), exports().keySet());
    }

    @Test
    void buildContainerHasUpstreamsSignature() {
        HubExport export = exports().get("buildContainer");

        assertEquals(List.of("src", "target", "opts", "priority", "channel"), export.signature().parameterNames());
        assertEquals(struct("src", "s", "target", "t", "opts", null, "priority", null, "channel", "container-binary"),
                ContainerExport.bind(export, array("s", "t")).named());
    }

    @Test
    void buildSourceContainerHasUpstreamsSignature() {
        HubExport export = exports().get("buildSourceContainer");

        assertEquals(List.of("target", "opts", "priority", "channel"), export.signature().parameterNames());
        assertEquals(struct("target", "t", "opts", null, "priority", null, "channel", "container-source"),
                ContainerExport.bind(export, array("t")).named());
    }

    @Test
    void theExportsCreateTasksThroughTheHubsTaskCreator() {
        Map<String, HubExport> exports = exports();
        HubExport buildContainer = exports.get("buildContainer");
        HubExport buildSourceContainer = exports.get("buildSourceContainer");
        Map<String, Object> binaryOpts = struct("git_branch", "main");
        Map<String, Object> sourceOpts = struct("koji_build_nvr", "hello-1.0-1");

        Object first = buildContainer.call(new Alice(),
                ContainerExport.bind(buildContainer, array("git://example.com/hello#abc", "candidate", binaryOpts)));
        Object second = buildSourceContainer.call(new Alice(),
                ContainerExport.bind(buildSourceContainer, array("candidate", sourceOpts)));

        assertEquals(List.of(100, 101), List.of(first, second));
        assertEquals(List.of(
                new NewTask("buildContainer", array("git://example.com/hello#abc", "candidate", binaryOpts),
                        Optional.of("container-binary"), 20, "noarch"),
                new NewTask("buildSourceContainer", array("candidate", sourceOpts),
                        Optional.of("container-source"), 20, "noarch")),
                taskCreator.created);
    }
}
