package io.containerbuild.hub.build;

import java.util.List;

/**
 * Changes a build's owner, which the store cannot do: a reserved build belongs to the content
 * generator's account until {@code CGImport} gives it to the metadata's owner, as Koji's
 * {@code update_build} does.
 */
final class BuildOwners {
    private final DirectSql sql;

    BuildOwners(DirectSql sql) {
        this.sql = sql;
    }

    void change(int buildId, int ownerId) {
        sql.update("UPDATE builds SET owner_id = ? WHERE id = ?", List.of(ownerId, buildId));
    }
}
