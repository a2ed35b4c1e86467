package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.cgimport.ContentGeneratorImport;
import io.containerbuild.osbs.cgimport.ImportRequest;
import io.containerbuild.osbs.koji.BuildTagger;
import io.containerbuild.osbs.koji.KojiUploader;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/** The last Koji steps of every non-scratch build: the content-generator import, then tagging. */
final class KojiSteps {

    private KojiSteps() {
    }

    /** @return the imported build's id */
    static int importAndTag(Steps steps, BuildResources resources, Clock clock, Consumer<String> log,
                            ImportRequest request, String target, Instant deadline) {
        int buildId = steps.run("koji-import", () -> {
            try (KojiUploader uploader = resources.koji().uploader()) {
                return new ContentGeneratorImport(resources.hub(), uploader, clock, log)
                        .run(request, resources.reservation());
            }
        });
        resources.imported();
        steps.run("koji-tag", () -> new BuildTagger(resources.hub(), clock, log).tag(target, buildId, deadline));
        return buildId;
    }
}
