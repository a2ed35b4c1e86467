package io.containerbuild.hub.rpc;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.hub.store.PermissionStore;
import io.containerbuild.hub.store.Session;
import io.containerbuild.hub.store.User;
import io.containerbuild.plugin.hub.Caller;
import io.containerbuild.plugin.hub.CallerUser;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hub's own view of a caller: the session behind the call, when there is one, on top of what
 * plugins see through {@link Caller}. Permissions are read once per call, on first use.
 */
public final class HubCaller implements Caller {
    private final Session session;
    private final User user;
    private final PermissionStore permissions;
    private Set<String> granted;

    private HubCaller(Session session, User user, PermissionStore permissions) {
        this.session = session;
        this.user = user;
        this.permissions = permissions;
    }

    public static HubCaller anonymous(PermissionStore permissions) {
        return new HubCaller(null, null, permissions);
    }

    public static HubCaller of(Session session, User user, PermissionStore permissions) {
        return new HubCaller(session, user, permissions);
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    public Optional<User> account() {
        return Optional.ofNullable(user);
    }

    @Override
    public Optional<CallerUser> user() {
        return account().map(account -> new CallerUser(account.id(), account.name()));
    }

    @Override
    public boolean hasPerm(String permission) {
        return user != null && granted().contains(permission);
    }

    @Override
    public void assertPerm(String permission) {
        if (hasPerm(permission) || hasPerm("admin")) {
            return;
        }
        String who = user == null ? "user not logged in" : "logged in as " + user.name();
        throw new ActionNotAllowed(permission + " permission required (" + who + ")");
    }

    /** Koji's {@code assertLogin}. */
    public User requireLogin() {
        if (user == null) {
            throw new ActionNotAllowed("you must be logged in for this operation");
        }
        return user;
    }

    private Set<String> granted() {
        if (granted == null) {
            granted = new TreeSet<>();
            permissions.ofUser(user.id()).forEach(permission -> granted.add(permission.name()));
        }
        return granted;
    }
}
