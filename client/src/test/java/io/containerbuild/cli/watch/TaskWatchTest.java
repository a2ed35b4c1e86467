package io.containerbuild.cli.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.containerbuild.fault.BuildError;
import io.containerbuild.wire.Call;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.UploadReceipt;
import io.containerbuild.wire.SessionInfo;
import io.containerbuild.wire.UploadReceipt;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Koji's watch_tasks output, against a scripted hub: states per poll, children, counts and the closing lines. */
class TaskWatchTest {

    /** A hub whose tasks go through the given states, one per poll. */
    private static final class ScriptedHub implements KojiSession {
        final Map<Integer, List<Integer>> states = new HashMap<>();
        final Map<Integer, Integer> polls = new HashMap<>();
        final Map<Integer, List<Integer>> children = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public Object call(String method, Object... args) {
            return call(method, List.of(args), Map.of());
        }

        @Override
        public Object call(String method, List<?> args, Map<String, ?> keywords) {
            calls.add(method + args);
            int id = (Integer) args.get(0);
            switch (method) {
                case "getTaskInfo": {
                    int poll = polls.merge(id, 1, Integer::sum) - 1;
                    List<Integer> script = states.get(id);
                    Map<String, Object> task = new LinkedHashMap<>();
                    task.put("id", id);
                    task.put("state", script.get(Math.min(poll, script.size() - 1)));
                    task.put("method", id == 1 ? "buildContainer" : "createContainer");
                    task.put("arch", id == 1 ? "noarch" : "x86_64");
                    task.put("host_id", 3);
                    return task;
                }
                case "getHost":
                    return Map.of("name", "b1");
                case "getTaskChildren": {
                    List<Object> kids = new ArrayList<>();
                    children.getOrDefault(id, List.of()).forEach(child -> kids.add(Map.of("id", child)));
                    return kids;
                }
                case "getTaskResult":
                    throw new BuildError("image build failed\n");
                case "listTaskOutput":
                    return Map.of("x86_64.log", List.of("DEFAULT"), "image.tar", List.of("DEFAULT"));
                default:
                    throw new AssertionError(method);
            }
        }

        @Override
        public List<Object> multiCall(List<Call> calls) {
            throw new AssertionError();
        }

        @Override
        public SessionInfo login(String user, String password) {
            throw new AssertionError();
        }

        @Override
        public void logout() {
        }

        @Override
        public UploadReceipt rawUpload(String path, String name, long offset, byte[] chunk, boolean overwrite) {
            throw new AssertionError();
        }

        @Override
        public KojiSession subsession() {
            throw new AssertionError();
        }

        @Override
        public Optional<SessionInfo> sessionInfo() {
            return Optional.empty();
        }

        @Override
        public Optional<String> hubVersion() {
            return Optional.empty();
        }
    }

    @Test
    void followsChildrenAndReportsAFailedParentWithItsLogs() {
        ScriptedHub hub = new ScriptedHub();
        hub.states.put(1, List.of(1, 1, 5));
        hub.states.put(2, List.of(1, 5));
        hub.children.put(1, List.of(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Duration> sleeps = new ArrayList<>();

        int status = new TaskWatch(hub, new PrintStream(out, true, StandardCharsets.UTF_8), false, Duration.ofSeconds(6),
                sleeps::add, Optional.of("http://files"), Optional.empty()).watch(List.of(1));

        assertEquals(1, status);
        assertEquals(List.of(Duration.ofSeconds(6), Duration.ofSeconds(6)), sleeps);
        assertEquals(String.join("\n",
                "Watching tasks (this may be safely interrupted)...",
                "1 buildContainer (noarch): open (b1)",
                "  2 createContainer (x86_64): open (b1)",
                "  2 createContainer (x86_64): open (b1) -> FAILED: BuildError: image build failed",
                "  Relevant logs:",
                "  http://files/work/tasks/2/2/x86_64.log",
                "  0 free  1 open  0 done  1 failed",
                "1 buildContainer (noarch): open (b1) -> FAILED: BuildError: image build failed",
                "  Relevant logs:",
                "  http://files/work/tasks/1/1/x86_64.log",
                "  0 free  0 open  0 done  2 failed",
                "",
                "1 buildContainer (noarch) failed",
                ""), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTaskFinishedAtTheFirstPollNeedsNoSleep() {
        ScriptedHub hub = new ScriptedHub();
        hub.states.put(1, List.of(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Duration> sleeps = new ArrayList<>();

        int status = new TaskWatch(hub, new PrintStream(out, true, StandardCharsets.UTF_8), true, Duration.ofSeconds(6),
                sleeps::add, Optional.empty(), Optional.empty()).watch(List.of(1));

        assertEquals(0, status);
        assertEquals(List.of(), sleeps);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("getTaskInfo[1]", "getTaskChildren[1]"), hub.calls);
    }
}
