package io.containerbuild.osbs.koji;

import io.containerbuild.build.BuildState;
import io.containerbuild.build.Nvr;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hub calls a container build makes, typed: release lookups, the content-generator reservation,
 * import and refund, and tagging. Faults come out as the session throws them ({@link KojiFault}s);
 * answers of an unexpected shape as {@link KojiAnswerException}.
 */
public final class KojiHub {

    private final KojiSession session;

    public KojiHub(KojiSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public KojiSession session() {
        return session;
    }

    /** {@code getBuild(nvr)}: the build, if Koji has one by that NVR. */
    public Optional<KojiBuild> getBuild(Nvr nvr) {
        return toBuild(session.call("getBuild", nvr.toString()));
    }

    /** {@code getBuild(id)}. */
    public Optional<KojiBuild> getBuild(int id) {
        return toBuild(session.call("getBuild", id));
    }

    /** {@code getNextRelease({name, version})}: Koji's idea of the next release. */
    public String getNextRelease(String name, String version) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", name);
        info.put("version", version);
        Object answer = session.call("getNextRelease", info);
        if (!(answer instanceof String release)) {
            throw new KojiAnswerException("getNextRelease answered " + answer);
        }
        return release;
    }

    /** {@code CGInitBuild(cg, {name, version, release})}: reserves the NVR. */
    public Reservation initBuild(String contentGenerator, Nvr nvr) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", nvr.name());
        data.put("version", nvr.version());
        data.put("release", nvr.release());
        Map<?, ?> answer = struct("CGInitBuild", session.call("CGInitBuild", contentGenerator, data));
        return new Reservation(nvr, integer("CGInitBuild", answer, "build_id"), string("CGInitBuild", answer, "token"));
    }

    /** {@code CGRefundBuild(cg, build_id, token)}: gives a reservation up; the build becomes FAILED. */
    public void refund(String contentGenerator, Reservation reservation) {
        session.call("CGRefundBuild", contentGenerator, reservation.buildId(), reservation.token());
    }

    /**
     * {@code CGImport(metadata, directory, token=token)}.
     *
     * @return the imported build's id
     */
    public int importBuild(Map<String, Object> metadata, String directory, Optional<String> token) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        token.ifPresent(value -> keywords.put("token", value));
        Map<?, ?> answer = struct("CGImport", session.call("CGImport", List.of(metadata, directory), keywords));
        return integer("CGImport", answer, "id");
    }

    /** The destination tag of a build target. */
    public String destinationTag(String target) {
        Object answer = session.call("getBuildTarget", target);
        if (answer == null) {
            throw new KojiAnswerException("Koji has no build target " + target);
        }
        return string("getBuildTarget", struct("getBuildTarget", answer), "dest_tag_name");
    }

    /**
     * {@code tagBuild(tag, build)}.
     *
     * @return the tagging task's id, when the hub tags through a task
     */
    public Optional<Integer> tagBuild(String tag, int buildId) {
        Object answer = session.call("tagBuild", tag, buildId);
        return answer instanceof Integer taskId ? Optional.of(taskId) : Optional.empty();
    }

    /** A task's state code ({@code getTaskInfo(id)['state']}). */
    public int taskState(int taskId) {
        return integer("getTaskInfo", struct("getTaskInfo", session.call("getTaskInfo", taskId)), "state");
    }

    /** The pull specs an image build's archives record ({@code extra.docker.repositories}), for its repository name. */
    public List<String> imageRepositories(int buildId) {
        Map<String, Object> keywords = new LinkedHashMap<>();
        keywords.put("buildID", buildId);
        Object answer = session.call("listArchives", List.of(), keywords);
        List<String> repositories = new ArrayList<>();
        if (answer instanceof List<?> archives) {
            for (Object archive : archives) {
                if (archive instanceof Map<?, ?> fields && fields.get("extra") instanceof Map<?, ?> extra
                        && extra.get("docker") instanceof Map<?, ?> docker
                        && docker.get("repositories") instanceof List<?> specs) {
                    specs.forEach(spec -> repositories.add(String.valueOf(spec)));
                }
            }
        }
        return repositories;
    }

    private static Optional<KojiBuild> toBuild(Object answer) {
        if (answer == null) {
            return Optional.empty();
        }
        Map<?, ?> build = struct("getBuild", answer);
        Nvr nvr = new Nvr(string("getBuild", build, "name"), string("getBuild", build, "version"),
                string("getBuild", build, "release"));
        Map<?, ?> extra = build.get("extra") instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> image = extra.get("image") instanceof Map<?, ?> map ? map : null;
        Optional<String> sourcesFor = image == null || image.get("sources_for_nvr") == null
                ? Optional.empty() : Optional.of(String.valueOf(image.get("sources_for_nvr")));
        Optional<String> source = build.get("source") instanceof String text ? Optional.of(text) : Optional.empty();
        return Optional.of(new KojiBuild(integer("getBuild", build, "id"), nvr,
                BuildState.fromCode(integer("getBuild", build, "state")), source, image != null, sourcesFor));
    }

    private static Map<?, ?> struct(String method, Object answer) {
        if (answer instanceof Map<?, ?> map) {
            return map;
        }
        throw new KojiAnswerException(method + " answered " + answer + " where a struct was expected");
    }

    private static int integer(String method, Map<?, ?> struct, String key) {
        if (struct.get(key) instanceof Integer value) {
            return value;
        }
        throw new KojiAnswerException(method + "'s answer has no integer '" + key + "': " + struct);
    }

    private static String string(String method, Map<?, ?> struct, String key) {
        if (struct.get(key) instanceof String value) {
            return value;
        }
        throw new KojiAnswerException(method + "'s answer has no string '" + key + "': " + struct);
    }
}
