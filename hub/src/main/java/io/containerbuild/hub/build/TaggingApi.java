package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.build.BuildState;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.PackageListing;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.TaggedBuild;
import io.containerbuild.hub.store.User;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import io.containerbuild.wire.WireCodec;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Koji's {@code tagBuild}, {@code listTagged} and {@code listTags}. Tagging happens within the call
 * (Koji hands it to a task); the answer is the id of an already CLOSED {@code tagBuild} task, see
 * {@link FinishedTasks}. Tags have no inheritance here, so {@code inherit} changes nothing.
 */
public final class TaggingApi implements ExportGroup {
    /** Koji's priority for tagBuild tasks. */
    private static final int TAG_TASK_PRIORITY = 10;

    private final Store store;
    private final BuildLookup builds;
    private final TagLookup tags;
    private final DirectSql sql;
    private final FinishedTasks tasks;

    @Inject
    public TaggingApi(Store store, WireCodec codec, Clock clock) {
        this.store = store;
        this.builds = new BuildLookup(store.builds());
        this.tags = new TagLookup(store.tags());
        this.sql = new DirectSql(store.database());
        this.tasks = new FinishedTasks(store, codec, clock);
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("tagBuild").required("tag", "build").optional("force", false)
                        .optional("fromtag", null).build(), this::tagBuild),
                new Export(Signature.builder("listTagged").required("tag").optional("event", null)
                        .optional("inherit", false).optional("prefix", null).optional("latest", false)
                        .optional("package", null).optional("owner", null).optional("type", null)
                        .optional("strict", true).optional("extra", false).optional("draft", null).build(),
                        this::listTagged),
                new Export(Signature.builder("listTags").optional("build", null).optional("package", null)
                        .optional("perms", true).optional("queryOpts", null).optional("pattern", null).build(),
                        this::listTags));
    }

    private Object tagBuild(HubCaller caller, Arguments args) {
        User user = caller.requireLogin();
        boolean force = args.optionalBool("force").orElse(false);
        Build build = builds.require(args.raw("build"));
        Tag tag = tags.require(args.raw("tag"));
        Optional<Tag> fromTag = Optional.ofNullable(args.raw("fromtag")).map(from -> tags.find(from)
                .orElseThrow(() -> KojiErrors.generic("No such entry in table tag: " + from)));
        if (build.state() != BuildState.COMPLETE) {
            throw KojiErrors.tag("build " + build.nvr() + " not complete: state " + build.state());
        }
        TagAccess.check(caller, tag, force);
        fromTag.ifPresent(from -> TagAccess.check(caller, from, force));
        checkPackageList(caller, user, tag, build, force);

        fromTag.ifPresent(from -> store.tagging().untag(from.id(), build.id(), user.id()));
        if (force && store.tagging().tagsOf(build.id()).contains(tag.id())) {
            // Koji's forced retag: the build becomes the newest in the tag again
            store.tagging().untag(tag.id(), build.id(), user.id());
        }
        store.tagging().tag(tag.id(), build.id(), user.id());
        return tasks.record(user.id(), "tagBuild",
                Arrays.asList(tag.id(), build.id(), force, fromTag.map(Tag::id).orElse(null)), TAG_TASK_PRIORITY);
    }

    /** The package must be on the tag's list and not blocked; an admin's force puts it there. */
    private void checkPackageList(HubCaller caller, User user, Tag tag, Build build, boolean force) {
        Optional<PackageListing> listing = store.packageLists().get(tag.id(), build.name());
        String problem = null;
        if (listing.isEmpty()) {
            problem = "Package " + build.name() + " not in list for " + tag.name();
        } else if (listing.get().blocked()) {
            problem = "Package " + build.name() + " blocked in " + tag.name();
        }
        if (problem == null) {
            return;
        }
        if (!force || !caller.hasPerm("admin")) {
            throw KojiErrors.tag(problem);
        }
        int owner = listing.map(PackageListing::ownerId).orElse(user.id());
        store.packageLists().set(tag.id(), build.name(), owner, false,
                listing.map(PackageListing::extraArches).orElse(null), user.id());
    }

    private Object listTagged(HubCaller caller, Arguments args) {
        if (args.raw("event") != null) {
            throw new ParameterError("listTagged(): event is not supported by this hub (no tag history queries)");
        }
        Object tagInfo = args.raw("tag");
        Optional<Tag> tag = args.optionalBool("strict").orElse(true) ? Optional.of(tags.require(tagInfo))
                : tags.find(tagInfo);
        if (tag.isEmpty() || args.optionalBool("draft").orElse(false)) {
            return List.of();
        }
        Set<String> listed = new HashSet<>();
        store.packageLists().listByTag(tag.get().id()).stream().filter(entry -> !entry.blocked())
                .forEach(entry -> listed.add(entry.packageName()));
        Optional<Set<Integer>> ofType = args.optionalString("type").map(this::buildsOfType);
        String owner = args.optionalString("owner").orElse(null);
        String prefix = args.optionalString("prefix").map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
        int latest = latest(args.raw("latest"));
        boolean withExtra = args.optionalBool("extra").orElse(false);

        Map<String, Integer> perPackage = new HashMap<>();
        List<Object> records = new ArrayList<>();
        for (TaggedBuild entry : store.tagging().listTagged(tag.get().id(), args.optionalString("package").orElse(null),
                false)) {
            Build build = entry.build();
            // as Koji's readTaggedBuilds: complete builds of listed, unblocked packages, newest tagging first
            if (build.state() != BuildState.COMPLETE || !listed.contains(build.name())
                    || (owner != null && !owner.equals(build.ownerName()))
                    || (ofType.isPresent() && !ofType.get().contains(build.id()))) {
                continue;
            }
            if (latest > 0 && perPackage.merge(build.name(), 1, Integer::sum) > latest) {
                continue;
            }
            if (prefix == null || build.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                records.add(BuildRecords.tagged(entry, withExtra));
            }
        }
        return records;
    }

    /**
     * {@code listTags(build=None, package=None, perms=True, queryOpts=None, pattern=None)}: every tag, the
     * tags a build is in ({@code koji buildinfo}'s "Tags:"), or the tags whose list has the package (with
     * the listing's owner, blocked and extra arches); {@code pattern} is a glob on the name, matched
     * ignoring case as Koji's ILIKE. Records have Koji's listTags fields, not getTag's {@code extra}.
     */
    private Object listTags(HubCaller caller, Arguments args) {
        Object buildInfo = args.raw("build");
        Object packageInfo = args.raw("package");
        if (buildInfo != null && packageInfo != null) {
            throw KojiErrors.generic("only one of build and package may be specified");
        }
        Map<Integer, Map<String, Object>> listings = new HashMap<>();
        List<Integer> tagIds;
        if (buildInfo != null) {
            Build build = builds.require(buildInfo);
            tagIds = store.tagging().tagsOf(build.id());
        } else if (packageInfo != null) {
            // by name; a package no list names answers no tags (Koji tells an unknown package apart)
            tagIds = new ArrayList<>();
            for (PackageListing listing : store.packageLists().listByPackage(String.valueOf(packageInfo))) {
                tagIds.add(listing.tagId());
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("owner_id", listing.ownerId());
                fields.put("owner_name", listing.ownerName());
                fields.put("blocked", listing.blocked());
                fields.put("extra_arches", listing.extraArches());
                listings.put(listing.tagId(), fields);
            }
        } else {
            tagIds = store.tags().list().stream().map(Tag::id).toList();
        }
        Optional<Pattern> pattern = args.optionalString("pattern").map(TaggingApi::glob);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int tagId : tagIds) {
            Optional<Tag> tag = store.tags().get(tagId);
            if (tag.isEmpty() || pattern.isPresent() && !pattern.get().matcher(tag.get().name()).matches()) {
                continue;
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", tag.get().id());
            record.put("name", tag.get().name());
            record.put("perm_id", tag.get().permId());
            record.put("perm", tag.get().perm());
            record.put("arches", tag.get().arches());
            record.put("locked", tag.get().locked());
            record.put("maven_support", tag.get().mavenSupport());
            record.put("maven_include_all", tag.get().mavenIncludeAll());
            record.putAll(listings.getOrDefault(tagId, Map.of()));
            records.add(record);
        }
        // the admin calls' in-memory queryOpts: this package's QueryOptions is for SQL searches
        return io.containerbuild.hub.admin.QueryOptions.apply(records, args.optionalMap("queryOpts").orElse(null));
    }

    /** A glob with {@code *} and {@code ?} as a case-insensitive pattern. */
    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** Koji's {@code latest}: false for all builds, true for the newest of each package, N for N. */
    private static int latest(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return 0;
        }
        if (Boolean.TRUE.equals(value)) {
            return 1;
        }
        if (value instanceof Integer count && count >= 0) {
            return count;
        }
        throw new ParameterError("listTagged(): latest must be a bool or an int, not " + PythonText.repr(value));
    }

    /** The ids of builds with an archive of the build type. */
    private Set<Integer> buildsOfType(String type) {
        int btypeId = store.archives().buildType(type)
                .orElseThrow(() -> KojiErrors.generic("unsupported build type: " + type)).id();
        return new HashSet<>(sql.ids("SELECT DISTINCT build_id FROM archives WHERE btype_id = ?", List.of(btypeId)));
    }
}
