package io.containerbuild.hub.build;

import io.containerbuild.hub.rpc.JsonText;
import io.containerbuild.hub.store.Archive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Archives as Koji's {@code listArchives} answers them. Koji adds the image's {@code arch} only when
 * the listing asked for {@code type='image'}.
 */
final class ArchiveRecords {
    private ArchiveRecords() {}

    static Map<String, Object> toWire(Archive archive, boolean withImageArch) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", archive.id());
        record.put("type_id", archive.type().id());
        record.put("btype_id", archive.btype().id());
        record.put("btype", archive.btype().name());
        record.put("build_id", archive.buildId());
        record.put("buildroot_id", archive.buildrootId());
        record.put("filename", archive.filename());
        record.put("size", archive.size());
        record.put("checksum", archive.checksum());
        record.put("checksum_type", archive.checksumType().code());
        record.put("metadata_only", archive.metadataOnly());
        record.put("extra", JsonText.toWire(archive.extra()));
        record.put("type_name", archive.type().name());
        record.put("type_description", archive.type().description());
        record.put("type_extensions", archive.type().extensions());
        record.put("compression_type", archive.type().compressionType());
        if (withImageArch) {
            record.put("arch", archive.arch());
        }
        return record;
    }
}
