package io.containerbuild.hub.store;

/**
 * A tag's configuration ({@code getTag} fields). {@code arches} is space-separated or null;
 * {@code permId}/{@code perm} name the permission needed to tag into it, or are null;
 * {@code extra} is the extra struct as JSON text, or null.
 */
public record Tag(
        int id,
        String name,
        String arches,
        Integer permId,
        String perm,
        boolean locked,
        boolean mavenSupport,
        boolean mavenIncludeAll,
        String extra) {

    public Tag withName(String newName) {
        return new Tag(id, newName, arches, permId, perm, locked, mavenSupport, mavenIncludeAll, extra);
    }

    public Tag withArches(String newArches) {
        return new Tag(id, name, newArches, permId, perm, locked, mavenSupport, mavenIncludeAll, extra);
    }

    /** The permission by id; its name is filled in when the tag is read back. */
    public Tag withPermId(Integer newPermId) {
        return new Tag(id, name, arches, newPermId, null, locked, mavenSupport, mavenIncludeAll, extra);
    }

    public Tag withLocked(boolean newLocked) {
        return new Tag(id, name, arches, permId, perm, newLocked, mavenSupport, mavenIncludeAll, extra);
    }

    public Tag withMaven(boolean newMavenSupport, boolean newMavenIncludeAll) {
        return new Tag(id, name, arches, permId, perm, locked, newMavenSupport, newMavenIncludeAll, extra);
    }

    public Tag withExtra(String newExtra) {
        return new Tag(id, name, arches, permId, perm, locked, mavenSupport, mavenIncludeAll, newExtra);
    }
}
