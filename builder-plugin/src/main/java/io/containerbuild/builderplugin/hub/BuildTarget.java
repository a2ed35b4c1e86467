package io.containerbuild.builderplugin.hub;

/**
 * A Koji build target as {@code getBuildTarget} answers: where builds take their buildroot
 * (the build tag) and where they land (the destination tag).
 */
public record BuildTarget(int id, String name, int buildTagId, String buildTagName, int destTagId,
        String destTagName) {
}
