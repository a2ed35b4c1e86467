package io.containerbuild.hub.admin;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.store.BuildTarget;
import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.User;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a Koji info argument names, as upstream's {@code get_tag}, {@code get_user},
 * {@code get_host}, {@code get_channel} and {@code lookup_name} do, with their texts for what is
 * missing.
 */
public final class Lookup {
    private final Store store;

    @Inject
    public Lookup(Store store) {
        this.store = store;
    }

    public Optional<Tag> tag(Object tagInfo) {
        return NameOrId.of(tagInfo).find(store.tags()::get, store.tags()::getByName);
    }

    /** @throws KojiFault {@code No such tagInfo: 'name'} */
    public Tag tagStrict(Object tagInfo) {
        return tag(tagInfo).orElseThrow(() -> generic("No such tagInfo: " + PythonText.repr(tagInfo)));
    }

    public Optional<BuildTarget> target(Object info) {
        return NameOrId.of(info).find(store.targets()::get, store.targets()::getByName);
    }

    public Optional<Channel> channel(Object channelInfo) {
        return NameOrId.of(channelInfo).find(store.channels()::get, store.channels()::getByName);
    }

    public Optional<Host> host(Object hostInfo) {
        return NameOrId.of(hostInfo).find(store.hosts()::get, store.hosts()::getByName);
    }

    /** @throws KojiFault {@code Invalid hostInfo: name} */
    public Host hostStrict(Object hostInfo) {
        return host(hostInfo).orElseThrow(() -> generic("Invalid hostInfo: " + PythonText.str(hostInfo)));
    }

    public Optional<Permission> permission(Object permissionInfo) {
        return NameOrId.of(permissionInfo).find(store.permissions()::get, store.permissions()::get);
    }

    /**
     * Koji's {@code get_user(userInfo)} for a given (non-nil) userInfo: an id, a name, or a struct of
     * {@code id}, {@code name} and {@code krb_principal} that must all match. This hub keeps no
     * Kerberos principals, so a principal never matches.
     *
     * @throws KojiFault {@code Invalid type for userInfo: <class 'list'>} and the like
     */
    public Optional<User> user(Object userInfo) {
        if (userInfo instanceof Integer || userInfo instanceof Long) {
            return intValue(userInfo).flatMap(store.users()::get);
        }
        if (userInfo instanceof String name) {
            return store.users().getByName(name);
        }
        if (!(userInfo instanceof Map<?, ?> struct)) {
            throw generic("Invalid type for userInfo: " + PythonText.typeOf(userInfo));
        }
        Object id = struct.get("id");
        if (id != null && !(id instanceof Integer || id instanceof Long)) {
            throw generic("Invalid type for userid: " + PythonText.typeOf(id));
        }
        Object name = struct.get("name");
        if (isGiven(name) && !(name instanceof String)) {
            throw generic("Invalid type for username: " + PythonText.typeOf(name));
        }
        Object principal = struct.get("krb_principal");
        if (isGiven(principal) && !(principal instanceof String)) {
            throw generic("Invalid type for krb_principal: " + PythonText.typeOf(principal));
        }
        if (isGiven(principal) || (id == null && !isGiven(name))) {
            return Optional.empty();
        }
        Optional<User> found = id != null ? intValue(id).flatMap(store.users()::get)
                : store.users().getByName((String) name);
        return found.filter(user -> !isGiven(name) || user.name().equals(name));
    }

    /** @throws KojiFault {@code No such user: 'name'} */
    public User userStrict(Object userInfo) {
        return user(userInfo).orElseThrow(() -> generic("No such user: " + PythonText.repr(userInfo)));
    }

    /** Koji's {@code lookup_name(table, info, strict=True)} refusal. */
    public static KojiFault noSuchEntry(String table, Object info) {
        return generic("No such entry in table " + table + ": " + PythonText.str(info));
    }

    private static Optional<Integer> intValue(Object number) {
        long value = ((Number) number).longValue();
        return value == (int) value ? Optional.of((int) value) : Optional.empty();
    }

    /** Koji tests these members for truth: an empty name is as good as none. */
    private static boolean isGiven(Object value) {
        return value != null && !"".equals(value);
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
