package io.containerbuild.hub.admin.tags;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameOrId;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.wire.PythonText;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.admin.QueryOptions;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.BuildTarget;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.Tag;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Koji's build target calls: {@code createBuildTarget} (the {@code target} permission or
 * {@code admin}, as upstream), {@code getBuildTarget} and {@code getBuildTargets}. Targets are not
 * kept per event: an {@code event} reads the current targets.
 */
public final class TargetApi implements ExportGroup {
    private final Store store;
    private final Lookup lookup;

    @Inject
    public TargetApi(Store store, Lookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("createBuildTarget").required("name", "build_tag", "dest_tag").build(),
                        this::createBuildTarget),
                new Export(Signature.builder("getBuildTarget").required("info").optional("event", null)
                        .optional("strict", false).build(), this::getBuildTarget),
                new Export(Signature.builder("getBuildTargets").optional("info", null).optional("event", null)
                        .optional("buildTagID", null).optional("destTagID", null).optional("queryOpts", null)
                        .build(), this::getBuildTargets));
    }

    private Object createBuildTarget(HubCaller caller, Arguments args) {
        caller.assertPerm("target");
        String name = NameRules.TAG.verify(args.raw("name"));
        if (store.targets().getByName(name).isPresent()) {
            throw generic("A build target with the name '" + name + "' already exists");
        }
        Object buildTag = args.raw("build_tag");
        Tag build = lookup.tag(buildTag)
                .orElseThrow(() -> generic("build tag '" + PythonText.str(buildTag) + "' does not exist"));
        Object destTag = args.raw("dest_tag");
        Tag dest = lookup.tag(destTag)
                .orElseThrow(() -> generic("destination tag '" + PythonText.str(destTag) + "' does not exist"));
        store.targets().create(name, build.id(), dest.id());
        return null;
    }

    private Object getBuildTarget(HubCaller caller, Arguments args) {
        Object info = args.raw("info");
        List<BuildTarget> found = targets(info, null, null).toList();
        if (found.size() == 1) {
            return TargetRecords.toWire(found.get(0));
        }
        if (PythonTruth.of(args.raw("strict"))) {
            throw generic("No such build target: " + PythonText.str(info));
        }
        return null;
    }

    private Object getBuildTargets(HubCaller caller, Arguments args) {
        List<Map<String, Object>> records = targets(args.raw("info"), args.raw("buildTagID"), args.raw("destTagID"))
                .map(TargetRecords::toWire).toList();
        return QueryOptions.apply(records, args.optionalMap("queryOpts").orElse(null));
    }

    /** Upstream's filters: a falsy info means every target; a tag given by name that is missing matches none. */
    private Stream<BuildTarget> targets(Object info, Object buildTag, Object destTag) {
        Stream<BuildTarget> targets;
        if (PythonTruth.of(info)) {
            targets = lookup.target(info).stream();
        } else {
            targets = store.targets().list().stream();
        }
        if (buildTag != null) {
            Optional<Integer> buildTagId = tagId(buildTag);
            targets = targets.filter(target -> buildTagId.equals(Optional.of(target.buildTag())));
        }
        if (destTag != null) {
            Optional<Integer> destTagId = tagId(destTag);
            targets = targets.filter(target -> destTagId.equals(Optional.of(target.destTag())));
        }
        return targets;
    }

    /** An id is taken as it is; a name or struct is looked up, and may find nothing. */
    private Optional<Integer> tagId(Object tagInfo) {
        return NameOrId.of(tagInfo).find(Optional::of, name -> lookup.tag(name).map(Tag::id));
    }

    private static KojiFault generic(String message) {
        return new KojiFault(FaultCode.GENERIC_ERROR, message);
    }
}
