package io.containerbuild.hub.build;

/**
 * One {@code buildroots} entry of content-generator metadata.
 *
 * @param id the metadata's own id, which outputs refer to; not the stored buildroot's id
 * @param toolsJson {@code tools} as JSON text
 * @param componentsJson {@code components} as JSON text
 * @param extraJson {@code extra} as JSON text, or null
 */
record CgBuildroot(
        int id,
        String cgName,
        String cgVersion,
        String hostOs,
        String hostArch,
        String containerType,
        String containerArch,
        String toolsJson,
        String componentsJson,
        String extraJson) {}
