package io.containerbuild.hub.session;

import io.containerbuild.hub.store.AuthType;
import io.containerbuild.hub.store.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A user as Koji's {@code getUser} and {@code getLoggedInUser} answer it. */
public final class UserRecords {
    private UserRecords() {}

    public static Map<String, Object> toWire(User user, Optional<AuthType> authtype) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", user.id());
        record.put("name", user.name());
        record.put("status", user.status().code());
        record.put("usertype", user.usertype().code());
        record.put("krb_principals", List.of());
        authtype.ifPresent(type -> record.put("authtype", type.code()));
        record.put("krb_principal", null);
        return record;
    }
}
