package io.containerbuild.builderplugin.hub;

import io.containerbuild.fault.BuildError;

/**
 * The destination tag's package list as a gate (upstream's {@code check_whitelist}): a
 * non-scratch build may only produce a package the tag lists and does not block.
 */
public final class PackageWhitelist {

    private final KojiHub hub;

    public PackageWhitelist(KojiHub hub) {
        this.hub = hub;
    }

    /**
     * @throws BuildError {@code package (container) <name> not in list for tag <tag>} or
     *     {@code package (container)  <name> is blocked for tag <tag>} (upstream's double space kept)
     */
    public void check(String destTagName, String packageName) {
        boolean blocked = hub.packageBlocked(destTagName, packageName)
                .orElseThrow(() -> new BuildError(
                        "package (container) " + packageName + " not in list for tag " + destTagName));
        if (blocked) {
            throw new BuildError("package (container)  " + packageName + " is blocked for tag " + destTagName);
        }
    }
}
