package io.containerbuild.hub;

import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;

/** {@code koji-hub create-admin}: the first administrator, before anyone can log in to grant anything. */
final class AdminAccounts {
    private final Store store;
    private final PasswordHasher hasher;

    AdminAccounts(Store store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /**
     * Creates the user with the password and the {@code admin} permission; for an existing user, sets
     * the password and grants {@code admin}, so that set-up scripts can run twice.
     *
     * @return true if the user was created
     */
    boolean createAdmin(String name, String password) {
        if (name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("the user name must not be blank or padded: '" + name + "'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password must not be empty");
        }
        String hash = hasher.hash(password);
        return store.database().inTransaction(connection -> {
            boolean created;
            User user;
            var existing = store.users().getByName(name);
            if (existing.isPresent()) {
                user = existing.get();
                if (user.usertype() != UserType.NORMAL) {
                    throw new IllegalArgumentException(name + " is a " + user.usertype() + " account, not a person's");
                }
                store.users().setPasswordHash(user.id(), hash);
                created = false;
            } else {
                user = store.users().create(name, UserType.NORMAL, hash);
                created = true;
            }
            Permission admin = store.permissions().get("admin").orElseThrow();
            store.permissions().grant(user.id(), admin.id(), null);
            return created;
        });
    }
}
