package io.containerbuild.hub.store;

import io.containerbuild.build.BuildState;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds, their NVR rule, state changes, release numbering and CG reservations.
 *
 * <p>The NVR rule is Koji's {@code new_build}: an NVR is unique (the database's constraint decides
 * between concurrent creators), but a FAILED or CANCELED build's NVR may be taken again; the old
 * build row is then reused with its id ("recycled"), unless it was ever tagged or has archives.
 */
public final class BuildStore {
    static final String COLUMNS = """
            b.id, b.package_id, p.name, b.version, b.release, b.epoch, b.state, b.task_id, b.owner_id,
                u.name AS owner_name, b.source, b.extra, b.cg_id, cg.name AS cg_name, b.create_event,
                e.event_time AS create_time, b.start_time, b.completion_time""";
    static final String TABLES = """
            builds b JOIN packages p ON p.id = b.package_id JOIN users u ON u.id = b.owner_id
                JOIN events e ON e.id = b.create_event LEFT JOIN content_generators cg ON cg.id = b.cg_id""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + TABLES;
    private static final int MAX_ATTEMPTS = 3;

    private final Database database;
    private final Clock clock;

    public BuildStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Creates a build, or recycles a FAILED/CANCELED build of the same NVR. Creating the BUILDING
     * build of the task that already owns it answers that build (a restarted task's retry).
     *
     * @throws KojiFault GenericError, with Koji's wording: {@code Build already in progress (task N)},
     *     {@code Build already exists (id=N, state=STATE): NVR}, {@code Build already exists. Unable
     *     to recycle, has tag history} or {@code ... has archive data}
     */
    public Build create(NewBuild build) {
        Instant now = Times.now(clock);
        Instant completion = build.state() == BuildState.BUILDING ? null : now;
        return database.inTransaction(connection -> {
            int packageId = Packages.ensure(connection, build.name());
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<Build> existing = one(connection, "b.package_id = ? AND b.version = ? AND b.release = ?",
                        packageId, build.version(), build.release());
                Optional<Integer> id = existing.isPresent()
                        ? recycle(connection, existing.get(), build, completion)
                        : Sql.insertUnlessDuplicate(connection, """
                                INSERT INTO builds (package_id, version, release, epoch, state, task_id, owner_id, source,
                                    extra, cg_id, create_event, start_time, completion_time)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                                packageId, build.version(), build.release(), build.epoch(), build.state().code(),
                                build.taskId(), build.ownerId(), build.source(), build.extra(), build.cgId(),
                                EventStore.next(connection, clock), build.startTime(), completion);
                if (id.isPresent()) {
                    return one(connection, "b.id = ?", id.get()).orElseThrow();
                }
                // Lost a race with a concurrent creator or recycler: look again at what won.
            }
            throw new StoreException("the build " + build.nvr() + " keeps changing concurrently");
        });
    }

    /** Answers the recycled build's id, or empty when a concurrent writer changed the row first. */
    private Optional<Integer> recycle(Connection connection, Build old, NewBuild build, Instant completion)
            throws SQLException {
        if (old.state() == BuildState.BUILDING) {
            if (build.state() == BuildState.BUILDING && build.taskId() != null
                    && Objects.equals(build.taskId(), old.taskId())) {
                return Optional.of(old.id());
            }
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Build already in progress (task "
                    + (old.taskId() == null ? "None" : old.taskId()) + ")");
        }
        if (!old.state().releasesNvr()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Build already exists (id=" + old.id() + ", state="
                    + old.state() + "): " + old.nvr());
        }
        if (Sql.one(connection, "SELECT 1 FROM tag_listing WHERE build_id = ?", row -> true, old.id()).isPresent()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Build already exists. Unable to recycle, has tag history");
        }
        if (Sql.one(connection, "SELECT 1 FROM archives WHERE build_id = ?", row -> true, old.id()).isPresent()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Build already exists. Unable to recycle, has archive data");
        }
        int changed = Sql.update(connection, """
                UPDATE builds SET epoch = ?, state = ?, task_id = ?, owner_id = ?, source = ?, extra = ?, cg_id = ?,
                    create_event = ?, start_time = ?, completion_time = ?
                WHERE id = ? AND state IN (?, ?)""",
                build.epoch(), build.state().code(), build.taskId(), build.ownerId(), build.source(), build.extra(),
                build.cgId(), EventStore.next(connection, clock), build.startTime(), completion, old.id(),
                BuildState.FAILED.code(), BuildState.CANCELED.code());
        if (changed == 0) {
            return Optional.empty();
        }
        Sql.update(connection, "DELETE FROM build_reservations WHERE build_id = ?", old.id());
        return Optional.of(old.id());
    }

    public Optional<Build> get(int id) {
        return database.inTransaction(connection -> one(connection, "b.id = ?", id));
    }

    public Optional<Build> getByNvr(String name, String version, String release) {
        return database.inTransaction(connection ->
                one(connection, "p.name = ? AND b.version = ? AND b.release = ?", name, version, release));
    }

    /** {@code listBuilds} with the common filters, by id. */
    public List<Build> list(BuildQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.packageName() != null) {
            conditions.add("p.name = ?");
            values.add(query.packageName());
        }
        if (query.state() != null) {
            conditions.add("b.state = ?");
            values.add(query.state().code());
        }
        if (query.ownerId() != null) {
            conditions.add("b.owner_id = ?");
            values.add(query.ownerId());
        }
        if (query.taskId() != null) {
            conditions.add("b.task_id = ?");
            values.add(query.taskId());
        }
        StringBuilder sql = new StringBuilder(SELECT);
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(" ORDER BY b.id");
        Paging.append(sql, values, query.offset(), query.limit());
        return database.inTransaction(connection ->
                Sql.list(connection, sql.toString(), BuildStore::read, values.toArray()));
    }

    /**
     * Ends a BUILDING build as COMPLETE, FAILED or CANCELED, setting its completion time and, when
     * not null, its source and extra (CGImport into a reservation). Answers false when the build is
     * not BUILDING (already ended, or a concurrent call ended it first).
     */
    public boolean finish(int buildId, BuildState state, String source, String extra) {
        if (state == BuildState.BUILDING) {
            throw new IllegalArgumentException("a build finishes as COMPLETE, FAILED or CANCELED, not BUILDING");
        }
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> Sql.update(connection, """
                UPDATE builds SET state = ?, completion_time = ?, source = COALESCE(?, source),
                    extra = COALESCE(?, extra)
                WHERE id = ? AND state = ?""",
                state.code(), now, source, extra, buildId, BuildState.BUILDING.code()) == 1);
    }

    /** Marks a COMPLETE build DELETED; false when it is not COMPLETE. */
    public boolean markDeleted(int buildId) {
        return database.inTransaction(connection -> Sql.update(connection,
                "UPDATE builds SET state = ? WHERE id = ? AND state = ?",
                BuildState.DELETED.code(), buildId, BuildState.COMPLETE.code()) == 1);
    }

    /**
     * Koji's {@code getNextRelease({name, version}, incr)}: increments the release of the newest
     * (highest id) BUILDING, COMPLETE or DELETED build of the name and version.
     *
     * @throws io.containerbuild.fault.BuildError {@code Unable to increment release value: R}
     */
    public String nextRelease(String name, String version, int incr) {
        String last = database.inTransaction(connection -> Sql.one(connection, """
                SELECT b.release FROM builds b JOIN packages p ON p.id = b.package_id
                WHERE p.name = ? AND b.version = ? AND b.state IN (?, ?, ?)
                ORDER BY b.id DESC FETCH FIRST 1 ROWS ONLY""", row -> row.getString("release"),
                name, version, BuildState.BUILDING.code(), BuildState.COMPLETE.code(), BuildState.DELETED.code())
                .orElse(null));
        return ReleaseIncrement.next(last, incr);
    }

    /** Records CGInitBuild's token for a build; false when the build already has one. */
    public boolean reserve(int buildId, String token) {
        Instant now = Times.now(clock);
        return database.inTransaction(connection -> Sql.updateUnlessDuplicate(connection,
                "INSERT INTO build_reservations (build_id, token, created) VALUES (?, ?, ?)", buildId, token, now));
    }

    /** The reservation token of a build, if it has one. */
    public Optional<String> reservationToken(int buildId) {
        return database.inTransaction(connection -> Sql.one(connection,
                "SELECT token FROM build_reservations WHERE build_id = ?", row -> row.getString("token"), buildId));
    }

    /** Drops a build's reservation (CGImport redeemed it, or CGRefundBuild); false when there was none. */
    public boolean dropReservation(int buildId) {
        return database.inTransaction(connection ->
                Sql.update(connection, "DELETE FROM build_reservations WHERE build_id = ?", buildId) == 1);
    }

    static Optional<Build> one(Connection connection, String condition, Object... values) throws SQLException {
        return Sql.one(connection, SELECT + " WHERE " + condition, BuildStore::read, values);
    }

    static Build read(ResultSet row) throws SQLException {
        return new Build(row.getInt("id"), row.getInt("package_id"), row.getString("name"), row.getString("version"),
                row.getString("release"), Sql.nullableInt(row, "epoch"), BuildState.fromCode(row.getInt("state")),
                Sql.nullableInt(row, "task_id"), row.getInt("owner_id"), row.getString("owner_name"),
                row.getString("source"), row.getString("extra"), Sql.nullableInt(row, "cg_id"),
                row.getString("cg_name"), row.getInt("create_event"), Times.read(row, "create_time"),
                Times.read(row, "start_time"), Times.read(row, "completion_time"));
    }
}
