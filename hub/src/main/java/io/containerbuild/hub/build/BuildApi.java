package io.containerbuild.hub.build;

import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.BuildType;
import io.containerbuild.hub.store.ContentGenerator;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Koji's build queries: {@code getBuild}, {@code listBuilds} and {@code getNextRelease}. */
public final class BuildApi implements ExportGroup {
    private final Store store;
    private final BuildLookup lookup;
    private final BuildSearch search;
    private final UserLookup users;
    private final ContentGeneratorAccess generators;

    @Inject
    public BuildApi(Store store) {
        this.store = store;
        this.lookup = new BuildLookup(store.builds());
        this.search = new BuildSearch(new DirectSql(store.database()));
        this.users = new UserLookup(store.users());
        this.generators = new ContentGeneratorAccess(store.contentGenerators());
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("getBuild").required("buildInfo").optional("strict", false).build(),
                        this::getBuild),
                new Export(Signature.builder("listBuilds").optional("packageID", null).optional("userID", null)
                        .optional("taskID", null).optional("prefix", null).optional("state", null)
                        .optional("volumeID", null).optional("source", null).optional("createdBefore", null)
                        .optional("createdAfter", null).optional("completeBefore", null)
                        .optional("completeAfter", null).optional("type", null).optional("typeInfo", null)
                        .optional("queryOpts", null).optional("pattern", null).optional("cgID", null)
                        .optional("draft", null).build(), this::listBuilds),
                new Export(Signature.builder("getNextRelease").required("build_info").optional("incr", 1).build(),
                        this::getNextRelease));
    }

    private Object getBuild(HubCaller caller, Arguments args) {
        Object buildInfo = args.raw("buildInfo");
        if (args.optionalBool("strict").orElse(false)) {
            return BuildRecords.full(lookup.require(buildInfo));
        }
        return lookup.find(buildInfo).map(BuildRecords::full).orElse(null);
    }

    private Object listBuilds(HubCaller caller, Arguments args) {
        QueryOptions options = QueryOptions.from(args.optionalMap("queryOpts").orElse(null));
        Optional<BuildFilter> filter = filter(args);
        if (filter.isEmpty()) {
            // Koji answers an empty list when a named package, user or generator does not exist
            return options.countOnly() ? 0 : List.of();
        }
        if (options.countOnly()) {
            return search.count(filter.get());
        }
        return search.ids(filter.get(), options).stream()
                .map(id -> BuildRecords.listed(store.builds().get(id).orElseThrow()))
                .toList();
    }

    /** The filter, or empty when it can match nothing. */
    private Optional<BuildFilter> filter(Arguments args) {
        Object packageInfo = args.raw("packageID");
        Integer packageId = packageInfo instanceof String ? null : args.optionalInteger("packageID").orElse(null);
        String packageName = packageInfo instanceof String name ? name : null;
        Integer ownerId = null;
        if (args.raw("userID") != null) {
            Optional<User> owner = users.find(args.raw("userID"));
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            ownerId = owner.get().id();
        }
        Integer cgId = null;
        if (args.raw("cgID") != null) {
            Optional<ContentGenerator> cg = generators.find(args.raw("cgID"));
            if (cg.isEmpty()) {
                return Optional.empty();
            }
            cgId = cg.get().id();
        }
        Integer volume = args.optionalInteger("volumeID").orElse(null);
        if ((volume != null && volume != BuildRecords.VOLUME_ID) || args.optionalBool("draft").orElse(false)) {
            // one volume, no drafts
            return Optional.empty();
        }
        if (args.optionalMap("typeInfo").filter(info -> !info.isEmpty()).isPresent()) {
            throw new ParameterError("listBuilds(): typeInfo is not supported by this hub");
        }
        Integer btypeId = args.optionalString("type").map(this::buildType).map(BuildType::id).orElse(null);
        return Optional.of(new BuildFilter(packageId, packageName, ownerId, args.optionalInteger("taskID").orElse(null),
                nonEmpty(args.optionalString("prefix")), nonEmpty(args.optionalString("pattern")),
                args.optionalString("source").orElse(null), args.optionalInteger("state").orElse(null),
                TimeArgument.parse("createdBefore", args.raw("createdBefore")),
                TimeArgument.parse("createdAfter", args.raw("createdAfter")),
                TimeArgument.parse("completeBefore", args.raw("completeBefore")),
                TimeArgument.parse("completeAfter", args.raw("completeAfter")), cgId, btypeId));
    }

    private BuildType buildType(String name) {
        return store.archives().buildType(name)
                .orElseThrow(() -> KojiErrors.generic("unsupported build type: " + name));
    }

    private Object getNextRelease(HubCaller caller, Arguments args) {
        Map<String, Object> buildInfo = args.map("build_info");
        if (!(buildInfo.get("name") instanceof String name) || !(buildInfo.get("version") instanceof String version)) {
            throw new ParameterError("getNextRelease(): build_info must have a name and a version");
        }
        return store.builds().nextRelease(name, version, increment(args.raw("incr")));
    }

    /** Koji casts {@code incr} with {@code int()}, so a numeric string is fine too. */
    private static int increment(Object incr) {
        if (incr instanceof Integer number) {
            return number;
        }
        if (incr instanceof String text && text.strip().matches("[+-]?\\d{1,9}")) {
            return Integer.parseInt(text.strip());
        }
        throw new ParameterError("incr parameter must be an integer");
    }

    private static String nonEmpty(Optional<String> text) {
        return text.filter(value -> !value.isEmpty()).orElse(null);
    }
}
