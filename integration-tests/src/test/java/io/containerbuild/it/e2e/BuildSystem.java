package io.containerbuild.it.e2e;

import io.containerbuild.fault.KojiFault;
import io.containerbuild.it.hub.Backend;
import io.containerbuild.task.TaskState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.opentest4j.AssertionFailedError;

/**
 * The product as one piece: a {@code bin/koji-hub} set up by its administrator (over Python's xmlrpc.client),
 * one or more {@code bin/kojid} builders on the real Docker engine and registry, and {@code bin/koji} for the
 * maintainer. {@link #diagnostics} gathers what a failure message needs: the task, its output, and the ends of
 * the hub's and the builders' logs.
 */
final class BuildSystem implements AutoCloseable {
    static final String BUILD_TAG = "container-build";
    static final String DEST_TAG = "container-candidate";
    static final String TARGET = "container-candidate";
    static final String MAINTAINER = "alice";
    static final String MAINTAINER_PASSWORD = "alice-secret";
    static final String OSBS_USER = "osbs";
    static final String OSBS_PASSWORD = "osbs-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dir;
    private final HubProcess hub;
    private final BinKoji koji;
    private final int slots;
    private final List<KojidProcess> builders = new ArrayList<>();

    private BuildSystem(Path dir, HubProcess hub, BinKoji koji, int slots) {
        this.dir = dir;
        this.hub = hub;
        this.koji = koji;
        this.slots = slots;
    }

    /**
     * A hub set up for container builds with {@code hosts} builder accounts ({@code builder1}, ...), of which
     * none runs yet, and the components on the destination tag's list (each with its {@code -source}).
     */
    static BuildSystem start(Backend backend, Path dir, int hosts, int slots, String... components) throws IOException {
        return start(backend, "", dir, hosts, slots, components);
    }

    /** @param extraHubConfig lines for the hub's {@code [hub]} section */
    static BuildSystem start(Backend backend, String extraHubConfig, Path dir, int hosts, int slots,
            String... components) throws IOException {
        HubProcess hub = HubProcess.start(backend, dir.resolve("hub"), extraHubConfig);
        try {
            Map<String, String> hostPasswords = new TreeMap<>();
            for (int i = 1; i <= hosts; i++) {
                hostPasswords.put(hostName(i), hostName(i) + "-secret");
            }
            List<String> packages = new ArrayList<>();
            for (String component : components) {
                packages.add(component);
                packages.add(component + "-source");
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("build_tag", BUILD_TAG);
            spec.put("dest_tag", DEST_TAG);
            spec.put("target", TARGET);
            spec.put("arches", "x86_64");
            spec.put("packages", packages);
            spec.put("hosts", hostPasswords);
            spec.put("maintainer", List.of(MAINTAINER, MAINTAINER_PASSWORD));
            spec.put("osbs", List.of(OSBS_USER, OSBS_PASSWORD));
            Map<String, String> checks = PythonScripts.run(dir, "set_up_hub.py", hub.url().toString(), HubProcess.ADMIN,
                    HubProcess.ADMIN_PASSWORD, Json.write(spec));
            if (!("'" + DEST_TAG + "'").equals(checks.get("target"))) {
                throw new AssertionFailedError("the admin set-up did not make the target: " + checks);
            }
            return new BuildSystem(dir, hub, BinKoji.configure(hub, dir, MAINTAINER, MAINTAINER_PASSWORD), slots);
        } catch (RuntimeException | Error e) {
            hub.close();
            throw e;
        }
    }

    static String hostName(int index) {
        return "builder" + index;
    }

    /** Starts {@code bin/kojid} as host {@code builder<index>} and waits until the hub sees it ready. */
    KojidProcess startBuilder(int index) throws IOException {
        String host = hostName(index);
        KojidProcess builder = KojidProcess.start(hub, host, host + "-secret", OSBS_USER, OSBS_PASSWORD,
                dir.resolve(host + "-" + builders.size()), slots);
        builders.add(builder);
        await("builder " + host + " reports ready", Duration.ofMinutes(3), () -> {
            if (!builder.isAlive()) {
                throw new AssertionFailedError(host + " exited\n" + builder.logTail(80));
            }
            Object info = anonymousCall("getHost", host);
            return info instanceof Map<?, ?> record && Boolean.TRUE.equals(record.get("ready"));
        });
        return builder;
    }

    HubProcess hub() {
        return hub;
    }

    BinKoji koji() {
        return koji;
    }

    List<KojidProcess> builders() {
        return builders;
    }

    Object anonymousCall(String method, Object... args) {
        return hub.anonymous().call(method, args);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> taskInfo(int taskId) {
        return (Map<String, Object>) anonymousCall("getTaskInfo", taskId);
    }

    TaskState taskState(int taskId) {
        return TaskState.fromCode(((Number) taskInfo(taskId).get("state")).intValue());
    }

    /** The task's result, or its fault (as a KojiFault) when it failed. */
    Object taskResult(int taskId) {
        return anonymousCall("getTaskResult", taskId);
    }

    /** {@code getTaskResult}'s fault for a failed or canceled task. */
    KojiFault taskFault(int taskId) {
        try {
            Object result = taskResult(taskId);
            throw new AssertionFailedError("task " + taskId + " has a result, not a fault: " + result + "\n"
                    + diagnostics(taskId));
        } catch (KojiFault fault) {
            return fault;
        }
    }

    /** The names of the task's output files ({@code listTaskOutput}). */
    List<String> taskOutputNames(int taskId) {
        Object answer = anonymousCall("listTaskOutput", taskId);
        List<String> names = new ArrayList<>();
        if (answer instanceof List<?> list) {
            list.forEach(name -> names.add(String.valueOf(name)));
        } else if (answer instanceof Map<?, ?> map) {
            map.keySet().forEach(name -> names.add(String.valueOf(name)));
        }
        names.sort(null);
        return names;
    }

    /** A task output file as the hub serves it under {@code /kojifiles/work/tasks/...}; empty when missing. */
    String taskOutput(int taskId, String name) {
        URI uri = URI.create(hub.filesUrl() + "/work/tasks/" + (taskId % 10000) + "/" + taskId + "/" + name);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }

    /** Waits until the task is in one of the states; fails with the diagnostics after {@code patience}. */
    TaskState awaitTask(int taskId, Set<TaskState> states, Duration patience) {
        await("task " + taskId + " in " + states, patience, () -> states.contains(taskState(taskId)),
                () -> diagnostics(taskId));
        return taskState(taskId);
    }

    /** What a failure message shows: the task, its result, its output's tail, and the logs. */
    String diagnostics(Integer taskId) {
        StringBuilder text = new StringBuilder("\n");
        if (taskId != null) {
            try {
                text.append("--- task ").append(taskId).append(": ").append(taskInfo(taskId)).append('\n');
                try {
                    text.append("result: ").append(taskResult(taskId)).append('\n');
                } catch (KojiFault fault) {
                    text.append("fault: ").append(fault.display()).append('\n');
                }
                for (String name : taskOutputNames(taskId)) {
                    List<String> lines = taskOutput(taskId, name).lines().toList();
                    text.append("--- task output ").append(name).append(" (last 40 of ").append(lines.size())
                            .append(" lines) ---\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())))
                            .append('\n');
                }
            } catch (RuntimeException e) {
                text.append("(cannot read task ").append(taskId).append(": ").append(e).append(")\n");
            }
        }
        text.append(hub.logTail(60));
        for (KojidProcess builder : builders) {
            text.append(builder.logTail(60));
        }
        return text.toString();
    }

    static void await(String what, Duration patience, BooleanSupplier done) {
        await(what, patience, done, () -> "");
    }

    static void await(String what, Duration patience, BooleanSupplier done, java.util.function.Supplier<String> why) {
        Instant deadline = Instant.now().plus(patience);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionFailedError("waited " + patience + " for " + what + why.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            for (KojidProcess builder : builders) {
                builder.close();
            }
        } finally {
            hub.close();
        }
    }
}
