package io.containerbuild.builderplugin.testing;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.containerbuild.wire.KojiSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mockito.stubbing.OngoingStubbing;

/**
 * A mocked hub session answering as a hub with one target would: event 1000, target {@code target}
 * (build tag {@code build-tag} [10] with {@code x86_64}, destination tag {@code dest-tag} [20]),
 * the task owned by {@code owner}, the package {@code fedora-docker} listed, and no builds.
 */
public final class HubFixture {

    public static final int EVENT = 1000;
    public static final String TARGET = "target";
    public static final String BUILD_TAG = "build-tag";
    public static final int BUILD_TAG_ID = 10;
    public static final String DEST_TAG = "dest-tag";
    public static final String OWNER = "owner";
    public static final String COMPONENT = "fedora-docker";

    private final KojiSession session = mock(KojiSession.class);

    public HubFixture() {
        answer("getLastEvent", List.of(), Map.of()).thenReturn(Map.of("id", EVENT, "ts", 1.7e9));
        answer("getBuildTarget", List.of(TARGET), Map.of("event", EVENT)).thenReturn(Map.of("id", 1, "name", TARGET,
                "build_tag", BUILD_TAG_ID, "build_tag_name", BUILD_TAG, "dest_tag", 20, "dest_tag_name", DEST_TAG));
        buildTagArches("x86_64");
        answer("getPackageConfig", List.of(DEST_TAG, COMPONENT), Map.of()).thenReturn(packageConfig(false));
        answer("getTaskInfo", List.of(FakeTaskContext.TASK_ID), Map.of()).thenReturn(Map.of("id",
                FakeTaskContext.TASK_ID, "owner", 7, "method", "buildContainer"));
        answer("getUser", List.of(7), Map.of()).thenReturn(Map.of("id", 7, "name", OWNER));
    }

    public KojiSession session() {
        return session;
    }

    /** Stubs one call as the handlers make it: positional arguments and keywords. */
    public OngoingStubbing<Object> answer(String method, List<?> args, Map<String, ?> keywords) {
        return when(session.call(eq(method), eq(args), eq(keywords)));
    }

    public void buildTagArches(String arches) {
        Map<String, Object> config = new HashMap<>(Map.of("id", BUILD_TAG_ID, "name", BUILD_TAG));
        config.put("arches", arches);
        answer("getBuildConfig", List.of(BUILD_TAG_ID), Map.of("event", EVENT)).thenReturn(config);
    }

    public void noTarget() {
        answer("getBuildTarget", List.of(TARGET), Map.of("event", EVENT)).thenReturn(null);
    }

    /** Lists the package on the destination tag; null unlists it. */
    public void packageListing(String packageName, Boolean blocked) {
        answer("getPackageConfig", List.of(DEST_TAG, packageName), Map.of())
                .thenReturn(blocked == null ? null : packageConfig(blocked));
    }

    /** A Koji build record as {@code getBuild} answers. */
    public static Map<String, Object> build(int id, String name, String nvr, int state, Map<String, Object> extra) {
        Map<String, Object> build = new HashMap<>();
        build.put("id", id);
        build.put("build_id", id);
        build.put("name", name);
        build.put("nvr", nvr);
        build.put("state", state);
        build.put("extra", extra);
        return build;
    }

    private static Map<String, Object> packageConfig(boolean blocked) {
        return Map.of("blocked", blocked, "owner_name", "owner", "extra_arches", "");
    }
}
