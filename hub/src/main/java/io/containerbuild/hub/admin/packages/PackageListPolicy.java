package io.containerbuild.hub.admin.packages;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.hub.rpc.HubCaller;

/**
 * Koji's default {@code package_list} hub policy, which decides who may change package lists:
 * {@code has_perm admin :: allow}, {@code has_perm tag :: allow}, {@code all :: deny}. Upstream's
 * {@code force} only overrides a denial for admins, who are allowed anyway.
 */
final class PackageListPolicy {
    private PackageListPolicy() {}

    /**
     * @throws ActionNotAllowed {@code you must be logged in for this operation}, or upstream's
     *     {@code policy violation (package_list)}
     */
    static void assertAllowed(HubCaller caller) {
        caller.requireLogin();
        if (!caller.hasPerm("admin") && !caller.hasPerm("tag")) {
            throw new ActionNotAllowed("policy violation (package_list)");
        }
    }
}
