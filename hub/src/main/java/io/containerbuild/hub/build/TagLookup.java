package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.hub.store.TagStore;
import java.util.Map;
import java.util.Optional;

/** Koji's {@code get_tag} argument: a tag id, a name, or a map with {@code id} or {@code name}. */
final class TagLookup {
    private final TagStore tags;

    TagLookup(TagStore tags) {
        this.tags = tags;
    }

    Optional<Tag> find(Object tagInfo) {
        Object key = tagInfo;
        if (tagInfo instanceof Map<?, ?> map) {
            if (map.containsKey("id")) {
                key = map.get("id");
            } else if (map.containsKey("name")) {
                key = map.get("name");
            } else {
                throw invalid(tagInfo);
            }
        }
        if (key instanceof Integer || key instanceof Long) {
            long id = ((Number) key).longValue();
            return id == (int) id ? tags.get((int) id) : Optional.empty();
        }
        if (key instanceof String name) {
            return tags.getByName(name);
        }
        throw invalid(tagInfo);
    }

    /** The tag, or Koji's {@code No such tagInfo: 'name'}. */
    Tag require(Object tagInfo) {
        return find(tagInfo).orElseThrow(() -> KojiErrors.generic("No such tagInfo: " + PythonText.repr(tagInfo)));
    }

    private static ParameterError invalid(Object tagInfo) {
        return new ParameterError("Invalid name or id value: " + PythonText.repr(tagInfo));
    }
}
