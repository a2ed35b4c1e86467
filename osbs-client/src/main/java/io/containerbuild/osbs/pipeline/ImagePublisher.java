package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.config.RegistryCredentials;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.ContainerEngine;
import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.naming.TagPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tags an image with every tag of its plan and pushes each, in OSBS's order: unique and primary tags
 * first, floating ones last, so that a floating tag never points at an image whose other tags failed.
 */
final class ImagePublisher {

    private final ContainerEngine engine;
    private final Optional<RegistryCredentials> credentials;
    private final AbortSwitch abort;
    private final Consumer<String> log;

    ImagePublisher(ContainerEngine engine, Optional<RegistryCredentials> credentials, AbortSwitch abort,
                   Consumer<String> log) {
        this.engine = engine;
        this.credentials = credentials;
        this.abort = abort;
        this.log = log;
    }

    PushedImage publish(String imageId, ImageRepository repository, TagPlan tags) {
        List<String> order = new ArrayList<>(tags.unique());
        order.addAll(tags.primary());
        order.addAll(tags.floating());
        Map<String, String> digests = new LinkedHashMap<>();
        for (String tag : order) {
            engine.tag(imageId, repository.qualified(), tag);
            String digest = engine.push(repository.qualified(), tag, credentials, log, abort);
            log.accept("Pushed " + repository.withTag(tag) + " as " + digest);
            digests.put(tag, digest);
        }
        return new PushedImage(repository, tags, digests);
    }
}
