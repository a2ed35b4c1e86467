package io.containerbuild.hub.store;

/** An archive to import; nullable as in {@link Archive}. Types are given by id. */
public record NewArchive(
        int buildId,
        Integer buildrootId,
        int typeId,
        int btypeId,
        String filename,
        long size,
        String checksum,
        ChecksumType checksumType,
        boolean metadataOnly,
        String arch,
        String extra) {}
