package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserStore;
import java.util.Map;
import java.util.Optional;

/** Koji's {@code get_user} argument: a user id, a name, or a map with {@code id} or {@code name}. */
final class UserLookup {
    private final UserStore users;

    UserLookup(UserStore users) {
        this.users = users;
    }

    Optional<User> find(Object userInfo) {
        Object key = userInfo;
        if (userInfo instanceof Map<?, ?> map) {
            key = map.get("id") != null ? map.get("id") : map.get("name");
        }
        if (key instanceof Integer || key instanceof Long) {
            long id = ((Number) key).longValue();
            return id == (int) id ? users.get((int) id) : Optional.empty();
        }
        if (key instanceof String name) {
            return users.getByName(name);
        }
        throw KojiErrors.generic("Invalid type for userInfo: " + PythonText.typeOf(userInfo));
    }

    /** The user, or Koji's {@code No such user: 'name'}. */
    User require(Object userInfo) {
        return find(userInfo).orElseThrow(() -> KojiErrors.generic("No such user: " + PythonText.repr(userInfo)));
    }
}
