package io.containerbuild.hub.build;

import io.containerbuild.hub.store.ChecksumType;

/**
 * One {@code output} entry of content-generator metadata: a log, or an archive of a build type.
 *
 * @param index the entry's position, for messages ({@code metadata.output[1]})
 * @param relpath the file's directory below the upload directory, or null
 * @param btype the archive's build type ({@code image}, or one of {@code extra.typeinfo}); null
 *     for a log
 * @param imageArch {@code extra.image.arch} of an image archive, else null
 * @param archiveExtraJson the archive's {@code extra} as stored: the metadata's, plus the output's
 *     {@code components}, which the hub keeps nowhere else
 */
record CgOutput(
        int index,
        int buildrootId,
        String relpath,
        String filename,
        long filesize,
        String checksum,
        ChecksumType checksumType,
        boolean metadataOnly,
        String btype,
        String imageArch,
        String archiveExtraJson) {

    boolean isLog() {
        return btype == null;
    }

    /** Where the entry is in the metadata, for messages. */
    String where() {
        return "metadata.output[" + index + "] (" + filename + ")";
    }
}
