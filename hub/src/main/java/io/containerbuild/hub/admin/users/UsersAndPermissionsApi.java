package io.containerbuild.hub.admin.users;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.session.UserRecords;
import io.containerbuild.hub.store.Permission;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserStatus;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Koji's user and permission calls: {@code createUser}, {@code getUser}, {@code grantPermission},
 * {@code revokePermission}, {@code hasPerm}, {@code getPerms}, {@code getAllPerms}. Changing users
 * and grants needs {@code admin}, as upstream; reading is open to anyone. {@code createUser} takes
 * an extra {@code password} keyword, which Koji clients never send.
 */
public final class UsersAndPermissionsApi implements ExportGroup {
    private final Store store;
    private final Lookup lookup;
    private final PasswordHasher hasher;

    @Inject
    public UsersAndPermissionsApi(Store store, Lookup lookup, PasswordHasher hasher) {
        this.store = store;
        this.lookup = lookup;
        this.hasher = hasher;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("createUser").required("username").optional("status", null)
                        .optional("krb_principal", null).optional("krb_principals", null)
                        .optional("password", null).build(), this::createUser),
                new Export(Signature.builder("getUser").optional("userInfo", null).optional("strict", false)
                        .optional("krb_princs", true).optional("groups", false).build(), this::getUser),
                new Export(Signature.builder("grantPermission").required("userinfo", "permission")
                        .optional("create", false).optional("description", null).build(), this::grantPermission),
                new Export(Signature.builder("revokePermission").required("userinfo", "permission").build(),
                        this::revokePermission),
                new Export(Signature.builder("hasPerm").required("perm").optional("strict", false).build(),
                        this::hasPerm),
                new Export(Signature.builder("getPerms").build(), this::getPerms),
                new Export(Signature.builder("getAllPerms").build(), (caller, args) -> allPerms()));
    }

    /** Answers the new user's id. */
    private Object createUser(HubCaller caller, Arguments args) {
        caller.assertPerm("admin");
        String name = NameRules.USER.verify(args.raw("username"));
        if (PythonTruth.of(args.raw("krb_principal")) || PythonTruth.of(args.raw("krb_principals"))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "this hub has no Kerberos logins; create " + name
                    + " without a principal and give it a password");
        }
        UserStatus status = status(args.raw("status"));
        String passwordHash = args.optionalString("password").map(this::hashPassword).orElse(null);
        if (store.users().getByName(name).isPresent()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "user already exists: " + name);
        }
        User user = store.users().create(name, UserType.NORMAL, passwordHash);
        if (status != UserStatus.NORMAL) {
            store.users().setStatus(user.id(), status);
        }
        return user.id();
    }

    private String hashPassword(String password) {
        if (password.isEmpty()) {
            throw new ParameterError("the password must not be empty");
        }
        return hasher.hash(password);
    }

    private static UserStatus status(Object status) {
        if (status == null) {
            return UserStatus.NORMAL;
        }
        if (status instanceof Integer code && (code == 0 || code == 1)) {
            return UserStatus.fromCode(code);
        }
        throw new KojiFault(FaultCode.GENERIC_ERROR, "invalid status: " + PythonText.str(status));
    }

    /** The user record, or nil; without userInfo, the caller's own. */
    private Object getUser(HubCaller caller, Arguments args) {
        Object userInfo = args.raw("userInfo");
        if (userInfo == null) {
            userInfo = caller.account().map(User::id)
                    .orElseThrow(() -> new KojiFault(FaultCode.GENERIC_ERROR, "No user provided"));
        }
        Optional<User> user = PythonTruth.of(args.raw("strict"))
                ? Optional.of(lookup.userStrict(userInfo)) : lookup.user(userInfo);
        return user.map(found -> userRecord(found, PythonTruth.of(args.raw("krb_princs")),
                PythonTruth.of(args.raw("groups")))).orElse(null);
    }

    /** {@code getUser}'s shape: no {@code authtype} and no legacy {@code krb_principal}. */
    private static Map<String, Object> userRecord(User user, boolean withPrincipals, boolean withGroups) {
        Map<String, Object> record = UserRecords.toWire(user, Optional.empty());
        record.remove("krb_principal");
        if (!withPrincipals) {
            record.remove("krb_principals");
        }
        if (withGroups) {
            // groups are accounts of usertype GROUP; this hub has no way to join one, so none to list
            record.put("groups", List.of());
        }
        return record;
    }

    private Object grantPermission(HubCaller caller, Arguments args) {
        caller.assertPerm("admin");
        boolean create = PythonTruth.of(args.raw("create"));
        Object permissionInfo = args.raw("permission");
        if (create) {
            NameRules.PERMISSION.verify(permissionInfo);
        }
        Object description = args.raw("description");
        if (description != null && !create) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Description should be specified only with create.");
        }
        if (description != null && !(description instanceof String)) {
            throw new ParameterError("Invalid type for value '" + PythonText.str(description) + "': "
                    + PythonText.typeOf(description) + ", expected type <class 'str'>");
        }
        Object userInfo = args.raw("userinfo");
        User user = lookup.userStrict(userInfo);
        Permission permission = create ? existingOrNew(permissionInfo, (String) description)
                : lookup.permission(permissionInfo).orElseThrow(() -> Lookup.noSuchEntry("permissions", permissionInfo));
        if (!store.permissions().grant(user.id(), permission.id(), callerId(caller))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "user " + PythonText.str(userInfo)
                    + " already has permission: " + permission.name());
        }
        return null;
    }

    private Permission existingOrNew(Object permissionInfo, String description) {
        String name = (String) permissionInfo;
        Optional<Permission> existing = store.permissions().get(name);
        if (existing.isEmpty()) {
            return store.permissions().create(name, description);
        }
        if (description != null && !description.equals(existing.get().description())) {
            // upstream rewrites the description here; the store cannot change one (yet)
            throw new KojiFault(FaultCode.GENERIC_ERROR, "permission " + name
                    + " already exists and this hub cannot change its description");
        }
        return existing.get();
    }

    private Object revokePermission(HubCaller caller, Arguments args) {
        caller.assertPerm("admin");
        Object userInfo = args.raw("userinfo");
        User user = lookup.userStrict(userInfo);
        Object permissionInfo = args.raw("permission");
        Permission permission = lookup.permission(permissionInfo)
                .orElseThrow(() -> Lookup.noSuchEntry("permissions", permissionInfo));
        if (!store.permissions().revoke(user.id(), permission.id(), callerId(caller))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "user " + PythonText.str(userInfo)
                    + " does not have permission: " + permission.name());
        }
        return null;
    }

    /** Exact membership, as upstream: {@code admin} stands in for nothing here. */
    private Object hasPerm(HubCaller caller, Arguments args) {
        String perm = args.string("perm");
        if (PythonTruth.of(args.raw("strict")) && store.permissions().get(perm).isEmpty()) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "No such permission " + perm + " defined");
        }
        return caller.hasPerm(perm);
    }

    private Object getPerms(HubCaller caller, Arguments args) {
        List<String> names = new ArrayList<>();
        caller.account().ifPresent(user -> store.permissions().ofUser(user.id())
                .forEach(permission -> names.add(permission.name())));
        return names;
    }

    private List<Map<String, Object>> allPerms() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Permission permission : store.permissions().all()) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", permission.id());
            record.put("name", permission.name());
            record.put("description", permission.description());
            records.add(record);
        }
        return records;
    }

    private static Integer callerId(HubCaller caller) {
        return caller.account().map(User::id).orElse(null);
    }
}
