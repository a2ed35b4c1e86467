package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.naming.TagPlan;
import io.containerbuild.osbs.registry.ManifestList;
import io.containerbuild.osbs.registry.RegistryClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Points every tag of a build of several platforms at one manifest list over the platforms' images
 * (group_manifests, then push_floating_tags): unique and primary tags first, floating ones last.
 */
final class ManifestListPublisher {

    private final RegistryClient registry;
    private final Consumer<String> log;

    ManifestListPublisher(RegistryClient registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
    }

    PushedImage publish(ImageRepository repository, List<PlatformOutcome> platforms, TagPlan tags) {
        List<ManifestList.Member> members = new ArrayList<>();
        for (PlatformOutcome platform : platforms) {
            members.add(new ManifestList.Member(registry.describe(repository.name(), platform.platformDigest().orElseThrow()),
                    platform.facts().architecture(), platform.facts().os()));
        }
        byte[] list = ManifestList.of(members);
        List<String> order = new ArrayList<>(tags.unique());
        order.addAll(tags.primary());
        order.addAll(tags.floating());
        Map<String, String> digests = new LinkedHashMap<>();
        for (String tag : order) {
            String digest = registry.putManifestList(repository.name(), tag, list);
            log.accept("Put the manifest list of " + platforms.size() + " platforms as " + repository.withTag(tag)
                    + " (" + digest + ")");
            digests.put(tag, digest);
        }
        return new PushedImage(repository, tags, digests);
    }
}
