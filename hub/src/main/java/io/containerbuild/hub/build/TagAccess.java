package io.containerbuild.hub.build;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Tag;

/**
 * Who may tag into (or out of) a tag. Koji's {@code check_tag_access}: a locked tag, or a tag that
 * names a permission the caller lacks, is refused unless an admin forces it. A tag without a
 * permission is left to Koji's hub policy, which this hub does not have; in its place the caller
 * needs the {@code tag} permission (admin stands in).
 */
final class TagAccess {
    private TagAccess() {}

    static void check(HubCaller caller, Tag tag, boolean force) {
        boolean override = force && caller.hasPerm("admin");
        if (tag.locked() && !override) {
            throw new ActionNotAllowed("tag is locked");
        }
        if (tag.perm() != null) {
            if (!caller.hasPerm(tag.perm()) && !override) {
                throw new ActionNotAllowed("tag requires " + tag.perm() + " permission");
            }
        } else {
            caller.assertPerm("tag");
        }
    }
}
