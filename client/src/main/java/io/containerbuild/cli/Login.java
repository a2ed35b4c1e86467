package io.containerbuild.cli;

import io.containerbuild.cli.config.AuthType;
import io.containerbuild.cli.config.Profile;
import io.containerbuild.wire.KojiSession;
import java.io.Console;
import java.util.Optional;

/**
 * The login part of Koji's {@code activate_session}. Koji tries, in order: no login for {@code noauth}; a
 * certificate for {@code ssl}; a password for {@code password} or when a user is given; Kerberos otherwise. This
 * client has the password login only, and says so when the profile asks for another.
 */
final class Login {

    private final Profile profile;
    private final ClientIo io;

    Login(Profile profile, ClientIo io) {
        this.profile = profile;
        this.io = io;
    }

    void logIn(KojiSession session) {
        if (profile.anonymous()) {
            return;
        }
        Optional<AuthType> authtype = profile.authtype();
        if (authtype.isPresent() && !authtype.get().isSupported()) {
            throw new CommandFailure("Unable to log in: authtype " + authtype.get().configName()
                    + " is not supported by this client; use authtype = password with a user, or --noauth");
        }
        if (authtype.isEmpty() && profile.user().isEmpty()) {
            throw new CommandFailure("Unable to log in, no authentication methods available: set authtype = password"
                    + " and user in profile [" + profile.name() + "], pass --user, or use --noauth");
        }
        String user = profile.user().orElseThrow(() -> new CommandFailure(
                "Unable to log in: authtype password needs a user; set user in profile [" + profile.name()
                        + "] or pass --user"));
        session.login(user, profile.password().orElseGet(() -> askPassword(user)));
    }

    private String askPassword(String user) {
        Console console = System.console();
        if (!io.interactive() || console == null) {
            throw new CommandFailure("Unable to log in as " + user + ": no password; set password in profile ["
                    + profile.name() + "], pass --password, or run the client at a terminal to be asked");
        }
        char[] password = console.readPassword("Password for %s: ", user);
        if (password == null) {
            throw new CommandFailure("Unable to log in as " + user + ": no password given");
        }
        return new String(password);
    }
}
