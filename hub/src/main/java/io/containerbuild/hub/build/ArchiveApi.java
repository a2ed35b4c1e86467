package io.containerbuild.hub.build;

import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.BuildType;
import io.containerbuild.hub.store.Store;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Koji's {@code listArchives}. The hub records no buildroot contents, hosts or image components, so
 * {@code componentBuildrootID}, {@code hostID} and {@code imageID} match no archive.
 */
public final class ArchiveApi implements ExportGroup {
    private static final String IMAGE = "image";

    private final Store store;
    private final ArchiveSearch search;

    @Inject
    public ArchiveApi(Store store) {
        this.store = store;
        this.search = new ArchiveSearch(new DirectSql(store.database()));
    }

    @Override
    public List<HubExport> exports() {
        return List.of(new Export(Signature.builder("listArchives").optional("buildID", null)
                .optional("buildrootID", null).optional("componentBuildrootID", null).optional("hostID", null)
                .optional("type", null).optional("filename", null).optional("size", null).optional("checksum", null)
                .optional("checksum_type", null).optional("typeInfo", null).optional("queryOpts", null)
                .optional("imageID", null).optional("archiveID", null).optional("strict", false).build(),
                this::listArchives));
    }

    private Object listArchives(HubCaller caller, Arguments args) {
        QueryOptions options = QueryOptions.from(args.optionalMap("queryOpts").orElse(null));
        String type = args.optionalString("type").orElse(null);
        boolean untracked = args.raw("componentBuildrootID") != null || args.raw("hostID") != null
                || args.raw("imageID") != null;
        List<Map<String, Object>> archives;
        if (untracked) {
            archives = List.of();
        } else {
            ArchiveFilter filter = filter(args, type);
            if (options.countOnly()) {
                return search.count(filter);
            }
            archives = search.ids(filter, options).stream()
                    .map(id -> ArchiveRecords.toWire(store.archives().get(id).orElseThrow(), IMAGE.equals(type)))
                    .toList();
        }
        if (archives.isEmpty() && args.optionalBool("strict").orElse(false)) {
            throw KojiErrors.generic("No archives found.");
        }
        return options.countOnly() ? archives.size() : archives;
    }

    private ArchiveFilter filter(Arguments args, String type) {
        Integer btypeId = null;
        String imageArch = null;
        Map<String, Object> typeInfo = args.optionalMap("typeInfo").orElse(Map.of());
        if (type != null) {
            BuildType btype = store.archives().buildType(type)
                    .orElseThrow(() -> KojiErrors.generic("unsupported archive type: " + type));
            btypeId = btype.id();
            if (IMAGE.equals(type)) {
                imageArch = typeInfo.get("arch") instanceof String arch && !arch.isEmpty() ? arch : null;
            } else if (!typeInfo.isEmpty()) {
                throw KojiErrors.generic("typeInfo queries not supported for type " + type);
            }
        }
        Long size = args.raw("size") == null ? null : args.longValue("size");
        return new ArchiveFilter(args.optionalInteger("archiveID").orElse(null),
                args.optionalInteger("buildID").orElse(null), args.optionalInteger("buildrootID").orElse(null),
                args.optionalString("filename").orElse(null), size, args.optionalString("checksum").orElse(null),
                checksumType(args.raw("checksum_type")), btypeId, imageArch);
    }

    /** Koji compares the stored code; the name ({@code 'sha256'}) is taken too, for convenience. */
    private static Integer checksumType(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer code) {
            return code;
        }
        if (value instanceof String name) {
            return OutputChecksums.typeByName(name).map(checksum -> checksum.code())
                    .orElseThrow(() -> KojiErrors.generic("No such checksum type: " + name));
        }
        throw KojiErrors.generic("Invalid checksum_type: " + PythonText.repr(value));
    }
}
