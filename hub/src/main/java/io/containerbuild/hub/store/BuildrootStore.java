package io.containerbuild.hub.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Content generators' buildroots, kept as CGImport sent them. */
public final class BuildrootStore {
    private static final String SELECT = """
            SELECT id, cg_id, cg_version, container_type, container_arch, host_os, host_arch, tools, components, extra
            FROM buildroots""";

    private final Database database;

    public BuildrootStore(Database database) {
        this.database = database;
    }

    /** Stores a buildroot; the id of {@code buildroot} is ignored and the stored one answered. */
    public Buildroot add(Buildroot buildroot) {
        return database.inTransaction(connection -> {
            int id = Sql.insert(connection, """
                    INSERT INTO buildroots (cg_id, cg_version, container_type, container_arch, host_os, host_arch, tools,
                        components, extra)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    buildroot.cgId(), buildroot.cgVersion(), buildroot.containerType(), buildroot.containerArch(),
                    buildroot.hostOs(), buildroot.hostArch(), buildroot.tools(), buildroot.components(),
                    buildroot.extra());
            return Sql.one(connection, SELECT + " WHERE id = ?", BuildrootStore::read, id).orElseThrow();
        });
    }

    public Optional<Buildroot> get(int id) {
        return database.inTransaction(connection ->
                Sql.one(connection, SELECT + " WHERE id = ?", BuildrootStore::read, id));
    }

    private static Buildroot read(ResultSet row) throws SQLException {
        return new Buildroot(row.getInt("id"), Sql.nullableInt(row, "cg_id"), row.getString("cg_version"),
                row.getString("container_type"), row.getString("container_arch"), row.getString("host_os"),
                row.getString("host_arch"), row.getString("tools"), row.getString("components"), row.getString("extra"));
    }
}
