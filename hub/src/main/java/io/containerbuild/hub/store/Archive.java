package io.containerbuild.hub.store;

/**
 * A file a build produced ({@code listArchives} fields). Nullable: {@code buildrootId},
 * {@code arch} (image archives have it), {@code extra} (JSON text; {@code extra.docker} for
 * container images).
 */
public record Archive(
        int id,
        int buildId,
        Integer buildrootId,
        ArchiveType type,
        BuildType btype,
        String filename,
        long size,
        String checksum,
        ChecksumType checksumType,
        boolean metadataOnly,
        String arch,
        String extra) {}
