package io.containerbuild.hub.store;

/**
 * A package's entry in a tag's package list ({@code getPackageConfig} / {@code listPackages}
 * fields); {@code extraArches} may be null.
 */
public record PackageListing(
        int packageId,
        String packageName,
        int tagId,
        String tagName,
        int ownerId,
        String ownerName,
        boolean blocked,
        String extraArches) {}
