package io.containerbuild.hub.admin.tags;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.admin.ArchesArgument;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.rpc.JsonText;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Koji's tag calls: {@code createTag}, {@code editTag} (the old positional form),
 * {@code editTag2} (keywords, what {@code koji edit-tag --lock} sends), {@code getTag} and
 * {@code getBuildConfig}. Changes need the {@code tag} permission (or {@code admin}), as upstream.
 *
 * <p>This hub has no tag inheritance: a parent cannot be given, and a build config is the tag's own
 * configuration. Tags are not kept per event either: an {@code event} reads the current tag, and
 * is echoed as {@code query_event} as upstream does.
 */
public final class TagApi implements ExportGroup {
    private final Store store;
    private final Lookup lookup;
    private final TagEditor editor;

    @Inject
    public TagApi(Store store, Lookup lookup) {
        this.store = store;
        this.lookup = lookup;
        this.editor = new TagEditor(store, lookup);
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("createTag").required("name").optional("parent", null)
                        .optional("arches", null).optional("perm", null).optional("locked", false)
                        .optional("maven_support", false).optional("maven_include_all", false)
                        .optional("extra", null).build(), this::createTag),
                new Export(Signature.builder("editTag").required("tagInfo", "name", "arches", "locked", "permissionID")
                        .optional("extra", null).build(), this::editTag),
                new Export(Signature.builder("editTag2").required("tagInfo").kwargs("kwargs").build(), this::editTag2),
                new Export(Signature.builder("getTag").required("tagInfo").optional("strict", false)
                        .optional("event", null).optional("blocked", false).build(), this::getTag),
                new Export(Signature.builder("getBuildConfig").required("tag").optional("event", null).build(),
                        this::getBuildConfig));
    }

    /** Answers the new tag's id. */
    private Object createTag(HubCaller caller, Arguments args) {
        caller.assertPerm("tag");
        String name = NameRules.TAG.verify(args.raw("name"));
        String arches = ArchesArgument.normalize("arches", args.raw("arches"));
        if (PythonTruth.of(args.raw("maven_support")) || PythonTruth.of(args.raw("maven_include_all"))) {
            throw generic("Maven support not enabled");
        }
        if (store.tags().getByName(name).isPresent()) {
            throw generic("A tag with the name '" + name + "' already exists");
        }
        Object parent = args.raw("parent");
        if (PythonTruth.of(parent)) {
            lookup.tag(parent).orElseThrow(() -> generic("Parent tag '" + PythonText.str(parent)
                    + "' could not be found"));
            throw generic("this hub has no tag inheritance: create " + name + " without a parent");
        }
        Object perm = args.raw("perm");
        Integer permId = perm == null ? null
                : lookup.permission(perm).orElseThrow(() -> Lookup.noSuchEntry("permissions", perm)).id();
        String extra = args.optionalMap("extra").map(struct -> JsonText.fromWire("extra", struct)).orElse(null);
        return store.tags().create(name, arches, PythonTruth.of(args.raw("locked")), permId, extra).id();
    }

    /** {@code editTag(tagInfo, name, arches, locked, permissionID, extra=None)}: every setting is written. */
    private Object editTag(HubCaller caller, Arguments args) {
        caller.assertPerm("tag");
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name", args.raw("name"));
        changes.put("arches", args.raw("arches"));
        changes.put("locked", args.raw("locked"));
        changes.put("perm_id", args.raw("permissionID"));
        if (args.raw("extra") != null) {
            changes.put("extra", args.raw("extra"));
        }
        editor.edit(args.raw("tagInfo"), changes);
        return null;
    }

    /**
     * {@code editTag2(tagInfo, **kwargs)}: only the given settings change. Upstream ignores keywords
     * it does not know; here they are refused, so that a typo cannot pass for a change.
     */
    private Object editTag2(HubCaller caller, Arguments args) {
        caller.assertPerm("tag");
        Map<String, Object> changes = args.extraKeywords();
        for (String keyword : changes.keySet()) {
            if (!TagEditor.KEYWORDS.contains(keyword)) {
                throw new ParameterError("editTag2() got an unexpected keyword argument '" + keyword + "'");
            }
        }
        editor.edit(args.raw("tagInfo"), changes);
        return null;
    }

    private Object getTag(HubCaller caller, Arguments args) {
        Object tagInfo = args.raw("tagInfo");
        Object event = event(args.raw("event"));
        Optional<Tag> tag = PythonTruth.of(args.raw("strict"))
                ? Optional.of(lookup.tagStrict(tagInfo)) : lookup.tag(tagInfo);
        return tag.map(found -> {
            Map<String, Object> record = withQueryEvent(TagRecords.toWire(found), event);
            return PythonTruth.of(args.raw("blocked")) ? TagRecords.withBlockedPairs(record) : record;
        }).orElse(null);
    }

    private Object getBuildConfig(HubCaller caller, Arguments args) {
        Object event = event(args.raw("event"));
        Tag tag = lookup.tagStrict(args.raw("tag"));
        return TagRecords.withConfigInheritance(withQueryEvent(TagRecords.toWire(tag), event));
    }

    /** An event id, or upstream's {@code "auto"} (which for a tag that exists means "now"); else nil. */
    private static Object event(Object event) {
        if (event == null || "auto".equals(event)) {
            return null;
        }
        if (event instanceof Integer || event instanceof Long) {
            return event;
        }
        throw new ParameterError("event must be an event id, not " + PythonText.repr(event));
    }

    private static Map<String, Object> withQueryEvent(Map<String, Object> record, Object event) {
        if (event != null) {
            record.put("query_event", event);
        }
        return record;
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
