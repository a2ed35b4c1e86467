package io.containerbuild.hub.build;

/**
 * What {@code listArchives} asks for; a null field matches everything.
 *
 * @param checksumType a checksum type code (md5 0, sha1 1, sha256 2)
 * @param btypeId archives of this build type ({@code type=})
 * @param imageArch image archives of this arch ({@code typeInfo={'arch': ...}} with {@code type='image'})
 */
record ArchiveFilter(
        Integer archiveId,
        Integer buildId,
        Integer buildrootId,
        String filename,
        Long size,
        String checksum,
        Integer checksumType,
        Integer btypeId,
        String imageArch) {}
