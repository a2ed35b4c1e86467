package io.containerbuild.hub.store;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Archives of builds, and the archive and build types they are classified by. */
public final class ArchiveStore {
    private static final String SELECT = """
            SELECT a.id, a.build_id, a.buildroot_id, a.filename, a.size, a.checksum, a.checksum_type, a.metadata_only,
                a.arch, a.extra, t.id AS type_id, t.name AS type_name, t.description AS type_description,
                t.extensions AS type_extensions, t.compression_type, bt.id AS btype_id, bt.name AS btype
            FROM archives a JOIN archive_types t ON t.id = a.type_id JOIN btypes bt ON bt.id = a.btype_id""";

    private final Database database;

    public ArchiveStore(Database database) {
        this.database = database;
    }

    public Archive add(NewArchive archive) {
        return database.inTransaction(connection -> {
            int id = Sql.insert(connection, """
                    INSERT INTO archives (build_id, buildroot_id, type_id, btype_id, filename, size, checksum,
                        checksum_type, metadata_only, arch, extra)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    archive.buildId(), archive.buildrootId(), archive.typeId(), archive.btypeId(), archive.filename(),
                    archive.size(), archive.checksum(), archive.checksumType().code(), archive.metadataOnly(),
                    archive.arch(), archive.extra());
            return Sql.one(connection, SELECT + " WHERE a.id = ?", ArchiveStore::read, id).orElseThrow();
        });
    }

    public Optional<Archive> get(int id) {
        return database.inTransaction(connection ->
                Sql.one(connection, SELECT + " WHERE a.id = ?", ArchiveStore::read, id));
    }

    /** A build's archives by id ({@code listArchives(buildID=)}). */
    public List<Archive> listByBuild(int buildId) {
        return database.inTransaction(connection ->
                Sql.list(connection, SELECT + " WHERE a.build_id = ? ORDER BY a.id", ArchiveStore::read, buildId));
    }

    public Optional<ArchiveType> archiveType(String name) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT id, name, description, extensions, compression_type FROM archive_types WHERE name = ?",
                row -> new ArchiveType(row.getInt("id"), row.getString("name"), row.getString("description"),
                        row.getString("extensions"), row.getString("compression_type")), name));
    }

    /** Every archive type, by id ({@code getArchiveTypes}). */
    public List<ArchiveType> archiveTypes() {
        return database.inTransaction(connection -> Sql.list(connection,
                "SELECT id, name, description, extensions, compression_type FROM archive_types ORDER BY id",
                row -> new ArchiveType(row.getInt("id"), row.getString("name"), row.getString("description"),
                        row.getString("extensions"), row.getString("compression_type"))));
    }

    /**
     * {@code addArchiveType}.
     *
     * @throws KojiFault GenericError {@code archivetype NAME already exists}
     */
    public ArchiveType addArchiveType(String name, String description, String extensions, String compressionType) {
        return database.inTransaction(connection -> {
            int id = Sql.insertUnlessDuplicate(connection,
                    "INSERT INTO archive_types (name, description, extensions, compression_type) VALUES (?, ?, ?, ?)",
                    name, description, extensions, compressionType)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "archivetype " + name + " already exists"));
            return new ArchiveType(id, name, description, extensions, compressionType);
        });
    }

    public Optional<BuildType> buildType(String name) {
        return database.inTransaction(connection -> Sql.one(connection, "SELECT id, name FROM btypes WHERE name = ?",
                row -> new BuildType(row.getInt("id"), row.getString("name")), name));
    }

    /** Every build type, by id ({@code listBTypes}). */
    public List<BuildType> buildTypes() {
        return database.inTransaction(connection -> Sql.list(connection, "SELECT id, name FROM btypes ORDER BY id",
                row -> new BuildType(row.getInt("id"), row.getString("name"))));
    }

    /**
     * {@code addBType}.
     *
     * @throws KojiFault GenericError {@code btype already exists}
     */
    public BuildType addBuildType(String name) {
        return database.inTransaction(connection -> {
            int id = Sql.insertUnlessDuplicate(connection, "INSERT INTO btypes (name) VALUES (?)", name)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "btype already exists"));
            return new BuildType(id, name);
        });
    }

    private static Archive read(ResultSet row) throws SQLException {
        return new Archive(row.getInt("id"), row.getInt("build_id"), Sql.nullableInt(row, "buildroot_id"),
                new ArchiveType(row.getInt("type_id"), row.getString("type_name"), row.getString("type_description"),
                        row.getString("type_extensions"), row.getString("compression_type")),
                new BuildType(row.getInt("btype_id"), row.getString("btype")), row.getString("filename"),
                row.getLong("size"), row.getString("checksum"), ChecksumType.fromCode(row.getInt("checksum_type")),
                row.getBoolean("metadata_only"), row.getString("arch"), row.getString("extra"));
    }
}
