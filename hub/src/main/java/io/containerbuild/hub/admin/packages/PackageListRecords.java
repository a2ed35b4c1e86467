package io.containerbuild.hub.admin.packages;

import io.containerbuild.hub.store.PackageListing;
import java.util.LinkedHashMap;
import java.util.Map;

/** A package list entry as Koji's {@code getPackageConfig} and {@code listPackages} answer it. */
final class PackageListRecords {
    private PackageListRecords() {}

    static Map<String, Object> toWire(PackageListing listing, boolean withOwner) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("package_id", listing.packageId());
        record.put("package_name", listing.packageName());
        record.put("tag_id", listing.tagId());
        record.put("tag_name", listing.tagName());
        record.put("extra_arches", listing.extraArches());
        record.put("blocked", listing.blocked());
        if (withOwner) {
            record.put("owner_id", listing.ownerId());
            record.put("owner_name", listing.ownerName());
        }
        return record;
    }

    /** {@code listPackages()} without a filter lists bare package names. */
    static Map<String, Object> toWire(PackageNames.PackageName name) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("package_id", name.id());
        record.put("package_name", name.name());
        return record;
    }
}
