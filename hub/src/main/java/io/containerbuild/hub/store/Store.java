package io.containerbuild.hub.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The hub's persistent store: opens the database, brings its schema up to date, and hands out one
 * repository per aggregate. All repositories share the database and its transactions: calls made
 * inside {@link Database#inTransaction} on the same thread join that transaction.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    private final EventStore events;
    private final UserStore users;
    private final PermissionStore permissions;
    private final SessionStore sessions;
    private final ChannelStore channels;
    private final HostStore hosts;
    private final TagStore tags;
    private final TargetStore targets;
    private final PackageListStore packageLists;
    private final BuildStore builds;
    private final ArchiveStore archives;
    private final BuildrootStore buildroots;
    private final ContentGeneratorStore contentGenerators;
    private final TaggingStore tagging;
    private final TaskStore tasks;

    private Store(Database database, Clock clock) {
        this.database = database;
        this.events = new EventStore(database);
        this.users = new UserStore(database);
        this.permissions = new PermissionStore(database, clock);
        this.sessions = new SessionStore(database, clock);
        this.channels = new ChannelStore(database);
        this.hosts = new HostStore(database, clock);
        this.tags = new TagStore(database, clock);
        this.targets = new TargetStore(database, clock);
        this.packageLists = new PackageListStore(database, clock);
        this.builds = new BuildStore(database, clock);
        this.archives = new ArchiveStore(database);
        this.buildroots = new BuildrootStore(database);
        this.contentGenerators = new ContentGeneratorStore(database);
        this.tagging = new TaggingStore(database, clock);
        this.tasks = new TaskStore(database, clock);
    }

    /** Migrates the database and opens the store on it; the store closes the database. */
    public static Store open(Database database, Clock clock) {
        try {
            new MigrationRunner(database, clock).migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new Store(database, clock);
    }

    /** The embedded database in a data directory, created on first use. */
    public static Store openEmbedded(Path dataDir) {
        return open(Database.h2(dataDir), Clock.systemUTC());
    }

    /** A PostgreSQL database by JDBC URL. */
    public static Store openPostgres(String url, String user, String password) {
        return open(Database.postgres(url, user, password), Clock.systemUTC());
    }

    public Database database() {
        return database;
    }

    public EventStore events() {
        return events;
    }

    public UserStore users() {
        return users;
    }

    public PermissionStore permissions() {
        return permissions;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public ChannelStore channels() {
        return channels;
    }

    public HostStore hosts() {
        return hosts;
    }

    public TagStore tags() {
        return tags;
    }

    public TargetStore targets() {
        return targets;
    }

    public PackageListStore packageLists() {
        return packageLists;
    }

    public BuildStore builds() {
        return builds;
    }

    public ArchiveStore archives() {
        return archives;
    }

    public BuildrootStore buildroots() {
        return buildroots;
    }

    public ContentGeneratorStore contentGenerators() {
        return contentGenerators;
    }

    public TaggingStore tagging() {
        return tagging;
    }

    public TaskStore tasks() {
        return tasks;
    }

    @Override
    public void close() {
        database.close();
    }
}
