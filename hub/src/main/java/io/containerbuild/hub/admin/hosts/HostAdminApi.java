package io.containerbuild.hub.admin.hosts;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.admin.ArchesArgument;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.admin.QueryOptions;
import io.containerbuild.hub.auth.PasswordHasher;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HostRecords;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.hub.store.UserType;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Koji's calls that register and list build hosts: {@code addHost} (which makes the host's
 * account), {@code addHostToChannel}, {@code getHost} and {@code listHosts}. Changes need the
 * {@code host} permission (or {@code admin}), as upstream. {@code addHost} takes an extra
 * {@code password} keyword so that the builder can log in with a password; Koji clients never send
 * it. A host's configuration is not kept per event, so an {@code event} reads the current one.
 */
public final class HostAdminApi implements ExportGroup {
    private final Store store;
    private final Lookup lookup;
    private final PasswordHasher hasher;

    @Inject
    public HostAdminApi(Store store, Lookup lookup, PasswordHasher hasher) {
        this.store = store;
        this.lookup = lookup;
        this.hasher = hasher;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("addHost").required("hostname", "arches")
                        .optional("krb_principal", null).optional("force", false).optional("password", null)
                        .build(), this::addHost),
                new Export(Signature.builder("addHostToChannel").required("hostname", "channel_name")
                        .optional("create", false).optional("force", false).build(), this::addHostToChannel),
                new Export(Signature.builder("getHost").required("hostInfo").optional("strict", false)
                        .optional("event", null).build(), this::getHost),
                new Export(Signature.builder("listHosts").optional("arches", null).optional("channelID", null)
                        .optional("ready", null).optional("enabled", null).optional("userID", null)
                        .optional("queryOpts", null).build(), this::listHosts));
    }

    /** Answers the new host's id. */
    private Object addHost(HubCaller caller, Arguments args) {
        caller.assertPerm("host");
        String hostname = NameRules.HOST.verify(args.raw("hostname"));
        if (args.raw("arches") == null) {
            throw new ParameterError("addHost(): arches must be a list of arches, not None");
        }
        String arches = ArchesArgument.normalize("arches", args.raw("arches"));
        if (store.hosts().getByName(hostname).isPresent()) {
            throw generic("host already exists: " + hostname);
        }
        if (PythonTruth.of(args.raw("krb_principal"))) {
            throw generic("this hub has no Kerberos logins; add " + hostname
                    + " without a principal and give it a password");
        }
        Optional<User> account = store.users().getByName(hostname);
        if (account.isPresent()) {
            throw existingAccount(account.get(), PythonTruth.of(args.raw("force")));
        }
        String passwordHash = args.optionalString("password").map(this::hashPassword).orElse(null);
        return store.hosts().create(hostname, arches, passwordHash, callerId(caller)).id();
    }

    /**
     * Upstream reuses an account of the host's name that is already a host's, and with
     * {@code force} turns a person's account into one; the store can only make a new account.
     */
    private static KojiFault existingAccount(User user, boolean force) {
        if (user.usertype() == UserType.HOST || (force && user.usertype() == UserType.NORMAL)) {
            return generic("user " + user.name() + " already exists and this hub cannot make a host of an"
                    + " existing account");
        }
        return generic("user " + user.name() + " already exists and it is not a host");
    }

    private String hashPassword(String password) {
        if (password.isEmpty()) {
            throw new ParameterError("the password must not be empty");
        }
        return hasher.hash(password);
    }

    private Object addHostToChannel(HubCaller caller, Arguments args) {
        caller.assertPerm("host");
        Object hostname = args.raw("hostname");
        Host host = lookup.host(hostname)
                .orElseThrow(() -> generic("host does not exist: " + PythonText.str(hostname)));
        Object channelName = args.raw("channel_name");
        boolean create = PythonTruth.of(args.raw("create"));
        if (create) {
            NameRules.CHANNEL.verify(channelName);
        }
        Optional<Channel> found = lookup.channel(channelName);
        Channel channel = found.isEmpty() && create ? store.channels().create((String) channelName, null)
                : found.orElseThrow(() -> generic("channel does not exist: " + PythonText.str(channelName)));
        if (!PythonTruth.of(args.raw("force")) && !channel.enabled()) {
            throw generic("channel " + PythonText.str(channelName) + " is disabled");
        }
        if (store.hosts().channelIds(host.id()).contains(channel.id())) {
            throw generic("host " + PythonText.str(hostname) + " is already subscribed to the "
                    + PythonText.str(channelName) + " channel");
        }
        store.hosts().addToChannel(host.id(), channel.id(), callerId(caller));
        return null;
    }

    private Object getHost(HubCaller caller, Arguments args) {
        Object hostInfo = args.raw("hostInfo");
        Optional<Host> host = PythonTruth.of(args.raw("strict"))
                ? Optional.of(lookup.hostStrict(hostInfo)) : lookup.host(hostInfo);
        return host.map(HostRecords::toWire).orElse(null);
    }

    private Object listHosts(HubCaller caller, Arguments args) {
        Stream<Host> hosts = hostsOfChannel(args.raw("channelID"));
        Set<String> arches = archFilter(args.raw("arches"));
        if (arches != null) {
            hosts = hosts.filter(host -> host.archList().stream().anyMatch(arches::contains));
        }
        Object ready = args.raw("ready");
        if (ready != null) {
            hosts = hosts.filter(host -> host.ready() == PythonTruth.of(ready));
        }
        Object enabled = args.raw("enabled");
        if (enabled != null) {
            hosts = hosts.filter(host -> host.enabled() == PythonTruth.of(enabled));
        }
        Object userInfo = args.raw("userID");
        if (userInfo != null) {
            int userId = lookup.userStrict(userInfo).id();
            hosts = hosts.filter(host -> host.userId() == userId);
        }
        List<Map<String, Object>> records = hosts.map(HostRecords::toWire).toList();
        return QueryOptions.apply(records, args.optionalMap("queryOpts").orElse(null));
    }

    private Stream<Host> hostsOfChannel(Object channelInfo) {
        if (channelInfo == null) {
            return store.hosts().list().stream();
        }
        Channel channel = lookup.channel(channelInfo)
                .orElseThrow(() -> Lookup.noSuchEntry("channels", channelInfo));
        return store.hosts().listByChannel(channel.id()).stream();
    }

    /**
     * Upstream matches whole words of a host's arches against the list ({@code \m(a|b)\M}), so
     * {@code x86} does not find an {@code x86_64} host. Null when not filtering.
     */
    private static Set<String> archFilter(Object arches) {
        if (arches == null) {
            return null;
        }
        if (!PythonTruth.of(arches)) {
            throw generic("arches option cannot be empty");
        }
        Set<String> wanted = new HashSet<>();
        for (Object arch : arches instanceof List<?> list ? list : List.of(arches)) {
            wanted.add(PythonText.str(arch));
        }
        return wanted;
    }

    private static Integer callerId(HubCaller caller) {
        return caller.account().map(User::id).orElse(null);
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
