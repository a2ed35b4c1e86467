package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.naming.ImageRepository;
import io.containerbuild.osbs.naming.TagPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An image pushed under every tag of its plan, with the digest the registry gave each push. */
record PushedImage(ImageRepository repository, TagPlan tags, Map<String, String> digests) {

    PushedImage {
        digests = Map.copyOf(digests);
    }

    /** The digest the primary (or else unique) tag points at. */
    String digest() {
        String tag = tags.primary().isEmpty() ? tags.unique().get(0) : tags.primary().get(0);
        return digests.get(tag);
    }

    /** Each pushed pull spec with the digest its push reported. */
    Map<String, String> digestsByPullSpec() {
        Map<String, String> byPullSpec = new java.util.LinkedHashMap<>();
        digests.forEach((tag, digest) -> byPullSpec.put(repository.withTag(tag), digest));
        return byPullSpec;
    }

    List<String> pullSpecs(List<String> tagList) {
        return tagList.stream().map(repository::withTag).toList();
    }

    /** Every tag's pull spec, then the digest's: what Koji's {@code extra.docker.repositories} holds. */
    List<String> allPullSpecs() {
        List<String> specs = new ArrayList<>(pullSpecs(tags.all()));
        specs.add(repository.withDigest(digest()));
        return specs;
    }
}
