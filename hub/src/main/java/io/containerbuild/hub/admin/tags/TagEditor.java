package io.containerbuild.hub.admin.tags;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.admin.ArchesArgument;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.rpc.JsonText;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Koji's {@code edit_tag(tagInfo, **kwargs)}: the checks, texts and change rules of upstream,
 * applied to the store's tag in one write. Without tag inheritance there is nothing to block, so
 * {@code block_extra} takes the keys out of the tag's extra, which is what every reader of the tag
 * then sees upstream too.
 */
final class TagEditor {
    /** The keywords {@code editTag2} understands. */
    static final Set<String> KEYWORDS = Set.of("name", "arches", "locked", "perm", "perm_id", "maven_support",
            "maven_include_all", "extra", "remove_extra", "block_extra");

    private final Store store;
    private final Lookup lookup;

    TagEditor(Store store, Lookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    void edit(Object tagInfo, Map<String, Object> changes) {
        if (changes.containsKey("maven_support") || changes.containsKey("maven_include_all")) {
            // upstream refuses any maven keyword, even False, unless EnableMaven is on; it is off here
            throw generic("Maven support not enabled");
        }
        List<String> removeExtra = keyList(changes, "remove_extra");
        List<String> blockExtra = keyList(changes, "block_extra");
        Tag tag = lookup.tagStrict(tagInfo);
        Tag edited = withPermission(tag, changes);
        edited = withName(edited, changes.get("name"));
        if (changes.containsKey("arches")) {
            edited = edited.withArches(arches(changes.get("arches")));
        }
        if (changes.containsKey("locked")) {
            edited = edited.withLocked(PythonTruth.of(changes.get("locked")));
        }
        Map<String, Object> extra = TagRecords.extra(tag);
        Map<String, Object> newExtra = editedExtra(tag, extra, changes.get("extra"), removeExtra, blockExtra);
        if (!newExtra.equals(extra)) {
            edited = edited.withExtra(JsonText.fromWire("extra", newExtra));
        }
        if (!edited.equals(tag)) {
            store.tags().update(edited);
        }
    }

    /** {@code perm} is an alias of {@code perm_id}; when both are given, {@code perm_id} wins. */
    private Tag withPermission(Tag tag, Map<String, Object> changes) {
        String key = changes.containsKey("perm_id") ? "perm_id" : changes.containsKey("perm") ? "perm" : null;
        if (key == null) {
            return tag;
        }
        Object permission = changes.get(key);
        Integer permId = permission == null ? null : lookup.permission(permission)
                .orElseThrow(() -> Lookup.noSuchEntry("permissions", permission)).id();
        return Objects.equals(permId, tag.permId()) ? tag : tag.withPermId(permId);
    }

    private Tag withName(Tag tag, Object name) {
        if (!PythonTruth.of(name) || tag.name().equals(name)) {
            return tag;
        }
        String newName = NameRules.TAG.verify(name);
        store.tags().getByName(newName).ifPresent(other -> {
            throw generic("Name " + newName + " already taken by tag " + other.id());
        });
        return tag.withName(newName);
    }

    /** An empty or nil arches value is written as given: it clears the tag's arches. */
    private static String arches(Object arches) {
        if (arches == null) {
            return null;
        }
        return PythonTruth.of(arches) ? ArchesArgument.normalize("arches", arches) : "";
    }

    private static Map<String, Object> editedExtra(Tag tag, Map<String, Object> current, Object additions,
            List<String> removeExtra, List<String> blockExtra) {
        Map<String, Object> extra = new LinkedHashMap<>(current);
        if (additions != null) {
            if (!(additions instanceof Map<?, ?> struct)) {
                throw new ParameterError("extra must be a dict, not " + PythonText.typeName(additions));
            }
            Set<String> removed = new LinkedHashSet<>(blockExtra);
            removed.addAll(removeExtra);
            struct.forEach((key, value) -> {
                if (removed.contains(String.valueOf(key))) {
                    throw generic("Can not both add/update and remove tag-extra: '" + key + "'");
                }
                extra.put(String.valueOf(key), value);
            });
        }
        blockExtra.forEach(extra::remove);
        List<String> missing = removeExtra.stream().filter(key -> !current.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            throw generic("Tag: " + tag.name() + " doesn't have extra: " + String.join(", ", missing));
        }
        removeExtra.forEach(extra::remove);
        return extra;
    }

    private static List<String> keyList(Map<String, Object> changes, String option) {
        Object value = changes.get(option);
        if (!PythonTruth.of(value)) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new ParameterError("Invalid type for value '" + PythonText.str(value) + "': "
                    + PythonText.typeOf(value) + ", expected type <class 'list'>");
        }
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(PythonText.str(item)));
        return keys;
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
