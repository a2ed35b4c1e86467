package io.containerbuild.osbs.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Docker manifest list (schema 2) over one image manifest per platform, as group_manifests writes it. */
public final class ManifestList {

    private ManifestList() {
    }

    /** One member: an image manifest and the platform it runs on (GOARCH and OS names). */
    public record Member(ManifestDescriptor manifest, String architecture, String os) {
    }

    public static byte[] of(List<Member> members) {
        List<Object> manifests = new ArrayList<>();
        for (Member member : members) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("mediaType", member.manifest().mediaType());
            entry.put("size", member.manifest().size());
            entry.put("digest", member.manifest().digest());
            entry.put("platform", Map.of("architecture", member.architecture(), "os", member.os()));
            manifests.add(entry);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("schemaVersion", 2);
        list.put("mediaType", RegistryClient.MANIFEST_LIST_V2);
        list.put("manifests", manifests);
        try {
            return new ObjectMapper().writeValueAsBytes(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest list of plain values cannot fail to serialize", e);
        }
    }
}
