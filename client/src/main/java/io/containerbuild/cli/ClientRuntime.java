package io.containerbuild.cli;

import io.containerbuild.cli.config.Profile;
import io.containerbuild.cli.config.ProfileReader;
import io.containerbuild.cli.watch.LogTail;
import io.containerbuild.cli.watch.Sleeper;
import io.containerbuild.cli.watch.TaskWatch;
import io.containerbuild.plugin.client.ClientContext;
import io.containerbuild.plugin.client.ClientProfile;
import io.containerbuild.wire.ClientOptions;
import io.containerbuild.wire.KojiSession;
import io.containerbuild.wire.TransportException;
import io.containerbuild.wire.XmlRpcKojiSession;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * What every command works with: the profile (read on first use, so that {@code --help} and usage errors need no
 * configuration), one hub session per run, the streams and the task watcher. Plugins see it as their
 * {@link ClientContext}.
 */
public final class ClientRuntime implements ClientContext {

    /** Koji's {@code koji.API_VERSION}. */
    static final int API_VERSION = 1;

    private final ProfileReader.CommandLineSettings commandLine;
    private final ProfileReader profileReader;
    private final ClientIo io;
    private final Sleeper sleeper;
    private Profile profile;
    private KojiSession session;

    public ClientRuntime(ProfileReader.CommandLineSettings commandLine, ProfileReader profileReader, ClientIo io,
                         Sleeper sleeper) {
        this.commandLine = commandLine;
        this.profileReader = profileReader;
        this.io = io;
        this.sleeper = sleeper;
    }

    /** The whole profile, read once. */
    public synchronized Profile settings() {
        if (profile == null) {
            profile = profileReader.read(commandLine);
        }
        return profile;
    }

    @Override
    public ClientProfile profile() {
        return settings().forPlugins();
    }

    @Override
    public synchronized KojiSession session() {
        if (session == null) {
            Profile settings = settings();
            session = XmlRpcKojiSession.open(ClientOptions.of(settings.server())
                    .withTimeouts(ClientOptions.DEFAULT_CONNECT_TIMEOUT, settings.timeout()));
        }
        return session;
    }

    /** Koji's {@code activate_session}: log in as the profile says, then check the hub's API version. */
    @Override
    public void activateSession() {
        new Login(settings(), io).logIn(session());
        ensureConnection();
        if (settings().debug()) {
            io.out().println("successfully connected to hub");
        }
    }

    /** Koji's {@code ensure_connection}, for commands that need no login: one {@code getAPIVersion}. */
    public void ensureConnection() {
        Object version;
        try {
            version = session().call("getAPIVersion");
        } catch (TransportException e) {
            throw new CommandFailure("Error: Unable to connect to server " + settings().server() + " ("
                    + e.getMessage() + ")");
        }
        if (!(version instanceof Integer number) || number != API_VERSION) {
            io.err().println("WARNING: The server is at API version " + version + " and the client is at "
                    + API_VERSION);
        }
    }

    @Override
    public int watchTasks(List<Integer> taskIds, boolean quiet) {
        return watch(taskIds, quiet, Optional.empty(), Optional.empty());
    }

    @Override
    public int watchTasksFollowingLog(List<Integer> taskIds, boolean quiet, String logName) {
        return watch(taskIds, quiet, Optional.empty(),
                Optional.of(new LogTail(session(), io.out(), LogTail.named(logName))));
    }

    /** Watching as {@code koji watch-task} does it: failed tasks also list their log URLs under {@code topurl}. */
    public int watchTasksWithLogLinks(List<Integer> taskIds, boolean quiet) {
        return watch(taskIds, quiet, settings().topurl(), Optional.empty());
    }

    private int watch(List<Integer> taskIds, boolean quiet, Optional<String> topurl, Optional<LogTail> tail) {
        return new TaskWatch(session(), io.out(), quiet, settings().pollInterval(), sleeper, topurl, tail)
                .watch(taskIds);
    }

    @Override
    public PrintStream out() {
        return io.out();
    }

    @Override
    public PrintStream err() {
        return io.err();
    }

    /** Standard input, for passwords given with {@code -}. */
    public java.io.InputStream input() {
        return io.in();
    }

    @Override
    public boolean runningInBackground() {
        return !io.interactive();
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /** Ends a logged-in session at exit, as Python's client does when it is collected. */
    synchronized void close() {
        if (session != null && session.sessionInfo().isPresent()) {
            try {
                session.logout();
            } catch (RuntimeException e) {
                // leaving anyway; the hub expires the session
            }
        }
    }
}
