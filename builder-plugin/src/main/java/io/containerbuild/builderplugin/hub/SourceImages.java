package io.containerbuild.builderplugin.hub;

import io.containerbuild.fault.BuildError;
import java.util.Map;

/** Finds and checks the image build a source container is asked for (upstream's {@code get_source_build_info}). */
public final class SourceImages {

    private final KojiHub hub;

    public SourceImages(KojiHub hub) {
        this.hub = hub;
    }

    /**
     * Looks the build up by NVR when one is given, else by id, and checks that it is an image build
     * and not itself a source container.
     *
     * @param buildId the {@code koji_build_id} option, or null
     * @param buildNvr the {@code koji_build_nvr} option, or null
     * @throws BuildError with upstream's messages, in upstream's order
     */
    public SourceImage resolve(Integer buildId, String buildNvr) {
        boolean byNvr = buildNvr != null && !buildNvr.isEmpty();
        Object wanted = byNvr ? buildNvr : buildId;
        KojiBuild build = hub.build(wanted)
                .orElseThrow(() -> new BuildError("specified source build '" + wanted + "' doesn't exist"));
        if (buildId != null && buildId != 0 && buildId != build.id()) {
            throw new BuildError("koji_build_id " + buildId + " does not match koji_build_nvr " + buildNvr
                    + " with id " + build.id()
                    + ". When specifying both an id and an nvr, they should point to the same image build");
        }
        if (!(build.extra().get("image") instanceof Map<?, ?> image)) {
            throw new BuildError("koji build " + build.nvr() + " is not image build which source container requires");
        }
        if (image.containsKey("sources_for_nvr")) {
            throw new BuildError("koji build " + build.nvr()
                    + " is source container build, source container can not use source container build image");
        }
        return new SourceImage(build.id(), build.nvr(), build.name() + "-source");
    }
}
