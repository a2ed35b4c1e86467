package io.containerbuild.hub.build;

import java.util.List;

/**
 * Content-generator metadata (version 0) as {@code CGImport} accepts it, parsed once into typed
 * records by {@link CgMetadataParser}.
 *
 * @param json the metadata as JSON text, kept with the build as Koji keeps {@code metadata.json}
 */
record CgMetadata(CgBuild build, List<CgBuildroot> buildroots, List<CgOutput> outputs, String json) {

    CgMetadata {
        buildroots = List.copyOf(buildroots);
        outputs = List.copyOf(outputs);
    }

    /** The one content generator all buildroots name (the parser makes sure there is one). */
    String contentGenerator() {
        return buildroots.get(0).cgName();
    }
}
