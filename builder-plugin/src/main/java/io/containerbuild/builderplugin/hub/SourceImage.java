package io.containerbuild.builderplugin.hub;

/**
 * The image build a source container packages the sources of.
 *
 * @param buildId its Koji build id
 * @param nvr its NVR
 * @param component the source container's package, {@code <name>-source}
 */
public record SourceImage(int buildId, String nvr, String component) {
}
