package io.containerbuild.hub.admin.packages;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.admin.ArchesArgument;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.admin.QueryOptions;
import io.containerbuild.hub.admin.packages.PackageNames.PackageName;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.PackageListing;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.User;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Koji's package list calls: {@code packageListAdd}, {@code packageListBlock},
 * {@code getPackageConfig} (the builder's whitelist check: nil when the package is missing, an
 * entry with {@code blocked} when it is blocked), {@code listPackages} and {@code getPackageID}. Changes follow the
 * default {@code package_list} policy. Without tag inheritance a tag's list is its own entries, and
 * an {@code event} reads the current list.
 */
public final class PackageListApi implements ExportGroup {
    private final Store store;
    private final Lookup lookup;
    private final PackageNames names;

    @Inject
    public PackageListApi(Store store, Lookup lookup) {
        this.store = store;
        this.lookup = lookup;
        this.names = new PackageNames(store);
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("packageListAdd").required("taginfo", "pkginfo").optional("owner", null)
                        .optional("block", null).optional("extra_arches", null).optional("force", false)
                        .optional("update", false).build(), this::packageListAdd),
                new Export(Signature.builder("packageListBlock").required("taginfo", "pkginfo")
                        .optional("force", false).build(), this::packageListBlock),
                new Export(Signature.builder("getPackageConfig").required("tag", "pkg").optional("event", null)
                        .build(), this::getPackageConfig),
                new Export(Signature.builder("listPackages").optional("tagID", null).optional("userID", null)
                        .optional("pkgID", null).optional("prefix", null).optional("inherited", false)
                        .optional("with_dups", false).optional("event", null).optional("queryOpts", null)
                        .optional("with_owners", true).optional("with_blocked", true).build(), this::listPackages),
                new Export(Signature.builder("getPackageID").required("name").optional("strict", false).build(),
                        this::getPackageID));
    }

    /** {@code getPackageID(name, strict=False)}: the id of the package of that name, else nil (or an error). */
    private Object getPackageID(HubCaller caller, Arguments args) {
        Object name = args.raw("name");
        Optional<PackageName> pkg = name instanceof String ? names.find(name) : Optional.empty();
        if (pkg.isEmpty() && PythonTruth.of(args.raw("strict"))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "No such package name: " + PythonText.str(name));
        }
        return pkg.map(PackageName::id).orElse(null);
    }

    private Object packageListAdd(HubCaller caller, Arguments args) {
        PackageListChange change = new PackageListChange(args.raw("owner"), args.raw("block"),
                args.raw("extra_arches"), PythonTruth.of(args.raw("force")), PythonTruth.of(args.raw("update")));
        apply(caller, args.raw("taginfo"), args.raw("pkginfo"), change);
        return null;
    }

    /** A block is only for a package the tag lists; then it is an add with {@code block=True}. */
    private Object packageListBlock(HubCaller caller, Arguments args) {
        Object tagInfo = args.raw("taginfo");
        Tag tag = lookup.tagStrict(tagInfo);
        Object packageInfo = args.raw("pkginfo");
        PackageName pkg = names.find(packageInfo).orElseThrow(() -> Lookup.noSuchEntry("package", packageInfo));
        if (store.packageLists().get(tag.id(), pkg.name()).isEmpty()) {
            throw generic("Package " + pkg.name() + " is not in tag listing for " + tag.name());
        }
        apply(caller, tagInfo, packageInfo,
                new PackageListChange(null, true, null, PythonTruth.of(args.raw("force")), false));
        return null;
    }

    /** Upstream's {@code _direct_pkglist_add} with the policy check, step by step. */
    private void apply(HubCaller caller, Object tagInfo, Object packageInfo, PackageListChange change) {
        Tag tag = lookup.tagStrict(tagInfo);
        Optional<PackageName> known = names.find(packageInfo);
        if (known.isEmpty() && !(packageInfo instanceof String)) {
            throw generic("No such package: " + PythonText.str(packageInfo));
        }
        Integer ownerId = change.owner() == null ? null : lookup.userStrict(change.owner()).id();
        PackageListPolicy.assertAllowed(caller);
        String packageName = known.map(PackageName::name).orElseGet(() -> NameRules.TAG.verify(packageInfo));
        String extraArches = ArchesArgument.normalize("extra_arches", change.extraArches());
        Optional<PackageListing> previous = store.packageLists().get(tag.id(), packageName);
        boolean blocked;
        if (previous.isEmpty()) {
            blocked = PythonTruth.of(change.block());
            if (change.update() && !change.force()) {
                throw generic("cannot update: tag " + tag.name() + " has no data for package " + packageName);
            }
        } else {
            PackageListing before = previous.get();
            ownerId = ownerId == null ? Integer.valueOf(before.ownerId()) : ownerId;
            blocked = change.block() == null ? before.blocked() : PythonTruth.of(change.block());
            extraArches = extraArches == null ? before.extraArches() : extraArches;
            boolean same = before.ownerId() == ownerId && before.blocked() == blocked
                    && Objects.equals(before.extraArches(), extraArches);
            if (same && !change.force()) {
                return;
            }
            if (before.blocked() && !blocked && !change.force()) {
                throw generic("package " + packageName + " is blocked in tag " + tag.name());
            }
        }
        Integer callerId = caller.account().map(User::id).orElse(null);
        if (ownerId == null) {
            if (!change.force()) {
                throw generic("owner not specified");
            }
            ownerId = callerId;
        }
        store.packageLists().set(tag.id(), packageName, ownerId, blocked, extraArches, callerId);
    }

    /** The tag's entry for the package, or nil when either is unknown or the tag does not list it. */
    private Object getPackageConfig(HubCaller caller, Arguments args) {
        Optional<Tag> tag = lookup.tag(args.raw("tag"));
        Optional<PackageName> pkg = names.find(args.raw("pkg"));
        if (tag.isEmpty() || pkg.isEmpty()) {
            return null;
        }
        return store.packageLists().get(tag.get().id(), pkg.get().name())
                .map(listing -> PackageListRecords.toWire(listing, true)).orElse(null);
    }

    private Object listPackages(HubCaller caller, Arguments args) {
        Object tagInfo = args.raw("tagID");
        Object userInfo = args.raw("userID");
        Object packageInfo = args.raw("pkgID");
        Predicate<String> named = prefix(args.raw("prefix"));
        List<Map<String, Object>> records;
        if (tagInfo == null && userInfo == null && packageInfo == null) {
            records = names.all().stream().filter(pkg -> named.test(pkg.name()))
                    .map(PackageListRecords::toWire).toList();
        } else {
            Integer tagId = tagInfo == null ? null
                    : lookup.tag(tagInfo).orElseThrow(() -> Lookup.noSuchEntry("tag", tagInfo)).id();
            Integer ownerId = userInfo == null ? null : lookup.userStrict(userInfo).id();
            PackageName pkg = packageInfo == null ? null
                    : names.find(packageInfo).orElseThrow(() -> Lookup.noSuchEntry("package", packageInfo));
            boolean withOwners = PythonTruth.of(args.raw("with_owners"));
            if (ownerId != null && !withOwners) {
                throw generic("userID and with_owners=False can't be used together");
            }
            boolean withBlocked = PythonTruth.of(args.raw("with_blocked"));
            records = listings(tagId, pkg)
                    .filter(listing -> tagId == null || listing.tagId() == tagId)
                    .filter(listing -> pkg == null || listing.packageId() == pkg.id())
                    .filter(listing -> ownerId == null || listing.ownerId() == ownerId)
                    .filter(listing -> withBlocked || !listing.blocked())
                    .filter(listing -> named.test(listing.packageName()))
                    .map(listing -> PackageListRecords.toWire(listing, withOwners))
                    .toList();
        }
        return QueryOptions.apply(records, args.optionalMap("queryOpts").orElse(null));
    }

    /** Upstream's {@code prefix}: the start of the package name, in any case. */
    private static Predicate<String> prefix(Object prefix) {
        if (!PythonTruth.of(prefix)) {
            return name -> true;
        }
        String start = PythonText.str(prefix).toLowerCase(Locale.ROOT);
        return name -> name.toLowerCase(Locale.ROOT).startsWith(start);
    }

    /** The narrowest store query for the filters given; the caller applies every filter anyway. */
    private Stream<PackageListing> listings(Integer tagId, PackageName pkg) {
        if (tagId != null) {
            return store.packageLists().listByTag(tagId).stream();
        }
        if (pkg != null) {
            return store.packageLists().listByPackage(pkg.name()).stream();
        }
        return store.tags().list().stream().flatMap(tag -> store.packageLists().listByTag(tag.id()).stream());
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }

    /** What {@code packageListAdd} was asked to do, as given (nil means "keep" for an existing entry). */
    private record PackageListChange(Object owner, Object block, Object extraArches, boolean force, boolean update) {}
}
