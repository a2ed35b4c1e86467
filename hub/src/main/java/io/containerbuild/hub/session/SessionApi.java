package io.containerbuild.hub.session;

import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.rpc.KojiTimes;
import io.containerbuild.hub.store.AuthType;
import io.containerbuild.hub.store.Session;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserStatus;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Koji's session calls: password login and renewal, logout, subsessions, exclusivity, who am I. */
public final class SessionApi implements ExportGroup {
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Store store;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public SessionApi(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("login").required("username", "password").optional("opts", null)
                        .optional("renew", false).optional("exclusive", false).build(), this::login),
                new Export(Signature.builder("logout").optional("session_id", null).build(), this::logout),
                new Export(Signature.builder("subsession").build(), this::subsession),
                new Export(Signature.builder("logoutChild").required("session_id").build(), this::logoutChild),
                new Export(Signature.builder("exclusiveSession").optional("force", false).build(), this::exclusive),
                new Export(Signature.builder("sharedSession").build(), this::shared),
                new Export(Signature.builder("getLoggedInUser").build(), this::loggedInUser),
                new Export(Signature.builder("getSessionInfo").optional("details", false).optional("user_id", null)
                        .build(), this::sessionInfo));
    }

    private Object login(HubCaller caller, Arguments args) {
        String name = args.string("username");
        User user = store.users().getByName(name)
                .filter(account -> account.status() == UserStatus.NORMAL)
                .filter(account -> store.users().passwordHash(account.id())
                        .map(hash -> hasher.matches(args.string("password"), hash)).orElse(false))
                .orElseThrow(() -> new AuthError("invalid username or password"));
        boolean renew = args.optionalBool("renew").orElse(false);
        Optional<Session> current = caller.session();
        Session session;
        if (renew && current.isPresent()) {
            if (current.get().userId() != user.id()) {
                throw new AuthError("cannot renew a session of another user");
            }
            String key = newKey(user);
            if (!store.sessions().renew(current.get().id(), key)) {
                throw new AuthError("Invalid session or bad credentials");
            }
            session = store.sessions().get(current.get().id()).orElseThrow();
        } else {
            String hostip = args.optionalMap("opts").map(opts -> opts.get("hostip"))
                    .filter(String.class::isInstance).map(String.class::cast).orElse(null);
            session = store.sessions().create(user.id(), newKey(user), AuthType.NORMAL, hostip, null);
        }
        if (args.optionalBool("exclusive").orElse(false)) {
            store.sessions().makeExclusive(session.id(), false);
        }
        return sessionInfo(session);
    }

    private Object logout(HubCaller caller, Arguments args) {
        Optional<Session> current = caller.session();
        if (current.isEmpty()) {
            return null;
        }
        Integer target = args.optionalInteger("session_id").orElse(null);
        if (target == null || target == current.get().id()) {
            store.sessions().logout(current.get().id());
        } else if (!store.sessions().logoutChild(current.get().id(), target)) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "session " + target + " is not a subsession of this one");
        }
        return null;
    }

    private Object subsession(HubCaller caller, Arguments args) {
        Session master = caller.session().orElseThrow(() -> new AuthError("Not logged in"));
        User user = caller.requireLogin();
        int top = master.master() != null ? master.master() : master.id();
        Session child = store.sessions().create(user.id(), newKey(user), master.authtype(), master.hostip(), top);
        return sessionInfo(child);
    }

    private Object logoutChild(HubCaller caller, Arguments args) {
        Session master = caller.session().orElseThrow(() -> new AuthError("Not logged in"));
        int child = args.integer("session_id");
        if (!store.sessions().logoutChild(master.id(), child)) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "session " + child + " is not a subsession of this one");
        }
        return null;
    }

    private Object exclusive(HubCaller caller, Arguments args) {
        Session session = caller.session().orElseThrow(() -> new AuthError("Not logged in"));
        store.sessions().makeExclusive(session.id(), args.optionalBool("force").orElse(false));
        return null;
    }

    private Object shared(HubCaller caller, Arguments args) {
        Session session = caller.session().orElseThrow(() -> new AuthError("Not logged in"));
        store.sessions().makeShared(session.id());
        return null;
    }

    private Object loggedInUser(HubCaller caller, Arguments args) {
        return caller.account().map(user -> UserRecords.toWire(user, caller.session().map(Session::authtype)))
                .orElse(null);
    }

    private Object sessionInfo(HubCaller caller, Arguments args) {
        Session session = caller.session().orElseThrow(() -> new AuthError("Not logged in"));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", session.id());
        info.put("user_id", session.userId());
        info.put("expired", session.expired());
        info.put("master", session.master());
        info.put("authtype", session.authtype().code());
        info.put("callnum", session.callnum());
        info.put("start_time", KojiTimes.text(session.startTime()));
        info.put("start_ts", KojiTimes.ts(session.startTime()));
        info.put("update_time", KojiTimes.text(session.updateTime()));
        info.put("update_ts", KojiTimes.ts(session.updateTime()));
        info.put("exclusive", session.exclusive() ? Boolean.TRUE : null);
        info.put("renew_time", KojiTimes.text(session.renewTime()));
        info.put("renew_ts", KojiTimes.ts(session.renewTime()));
        return info;
    }

    private static Map<String, Object> sessionInfo(Session session) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("session-id", session.id());
        info.put("session-key", session.key());
        info.put("header-auth", true);
        return info;
    }

    /** Koji's key shape: the user id, a dash, random letters. */
    private String newKey(User user) {
        StringBuilder key = new StringBuilder().append(user.id()).append('-');
        for (int i = 0; i < 20; i++) {
            key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }
}
