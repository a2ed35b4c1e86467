package io.containerbuild.it.hub;

import io.containerbuild.wire.KojiSession;
import java.util.List;
import java.util.Map;

/**
 * The hub set up for container builds as docs/hub-admin.md tells an administrator, made by the admin
 * over XML-RPC: the two container channels, a build tag with arches, a destination tag, a target, a
 * builder host with a password listening on both channels, the component on the destination tag's
 * package list, and a maintainer who submits builds.
 *
 * @param binaryChannel the id of {@code container-binary}
 * @param sourceChannel the id of {@code container-source}
 * @param buildTag the id of {@link #BUILD_TAG}
 * @param destTag the id of {@link #DEST_TAG}
 * @param target the id of {@link #TARGET}
 * @param host the host id of {@link #HOST}
 * @param maintainer the user id of {@link #MAINTAINER}
 */
public record ContainerBuildSetup(int binaryChannel, int sourceChannel, int buildTag, int destTag, int target,
                                  int host, int maintainer) {

    public static final String BUILD_TAG = "container-build";
    public static final String DEST_TAG = "container-candidate";
    public static final String TARGET = "container-candidate";
    public static final String ARCHES = "x86_64 aarch64";
    public static final String HOST = "builder1.example.com";
    public static final String HOST_PASSWORD = "builder1-secret";
    public static final String MAINTAINER = "alice";
    public static final String MAINTAINER_PASSWORD = "alice-secret";
    public static final String COMPONENT = "hello-container";
    /** A source URL as koji container-build sends it: the repository and the commit. */
    public static final String SRC = "git://git.example.com/containers/hello-container#0123456789abcdef";

    public static ContainerBuildSetup make(RunningHub hub) {
        KojiSession admin = hub.admin();
        try {
            admin.call("addChannel", List.of("container-binary"), Map.of("description", "binary container builds"));
            admin.call("addChannel", List.of("container-source"), Map.of("description", "source container builds"));

            admin.call("createTag", List.of(BUILD_TAG), Map.of("arches", ARCHES));
            admin.call("createTag", DEST_TAG);
            admin.call("createBuildTarget", TARGET, BUILD_TAG, DEST_TAG);

            int host = addHost(admin, HOST, HOST_PASSWORD, "container-binary", "container-source");

            admin.call("packageListAdd", List.of(DEST_TAG, COMPONENT), Map.of("owner", RunningHub.ADMIN));
            admin.call("packageListAdd", List.of(DEST_TAG, COMPONENT + "-source"), Map.of("owner", RunningHub.ADMIN));

            int maintainer = (Integer) admin.call("createUser", List.of(MAINTAINER),
                    Map.of("password", MAINTAINER_PASSWORD));

            return new ContainerBuildSetup(id(admin.call("getChannel", "container-binary")),
                    id(admin.call("getChannel", "container-source")), id(admin.call("getTag", BUILD_TAG)),
                    id(admin.call("getTag", DEST_TAG)), id(admin.call("getBuildTarget", TARGET)), host, maintainer);
        } finally {
            admin.logout();
        }
    }

    /** Another builder, as the admin adds one: a host account with a password, in the channels named. */
    public static int addHost(KojiSession admin, String name, String password, String... channels) {
        int host = (Integer) admin.call("addHost", List.of(name, List.of("x86_64", "aarch64")),
                Map.of("password", password));
        for (String channel : channels) {
            admin.call("addHostToChannel", name, channel);
        }
        return host;
    }

    static int id(Object record) {
        return (Integer) ((Map<?, ?>) record).get("id");
    }
}
