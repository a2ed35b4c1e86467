package io.containerbuild.hub.build;

import io.containerbuild.build.BuildState;
import io.containerbuild.build.Nvr;
import io.containerbuild.hub.HubConfig;
import io.containerbuild.hub.rpc.AfterCommit;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.ContentGenerator;
import io.containerbuild.hub.store.NewBuild;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Koji's content-generator calls: reserving a build ({@code CGInitBuild}), importing it
 * ({@code CGImport}), giving a reservation back ({@code CGRefundBuild}), and the admin's
 * {@code grantCGAccess} / {@code revokeCGAccess} that say which accounts may act as which
 * generator.
 */
public final class ContentGeneratorApi implements ExportGroup {
    private final Store store;
    private final Clock clock;
    private final ContentGeneratorAccess access;
    private final UserLookup users;
    private final CgImporter importer;

    @Inject
    public ContentGeneratorApi(Store store, HubConfig config, AfterCommit afterCommit, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.access = new ContentGeneratorAccess(store.contentGenerators());
        this.users = new UserLookup(store.users());
        Path filesRoot = config.dataDir().resolve("files");
        this.importer = new CgImporter(store, new UploadArea(filesRoot), new BuildFiles(filesRoot), afterCommit);
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("CGInitBuild").required("cg", "data").build(), this::initBuild),
                new Export(Signature.builder("CGImport").required("metadata", "directory").optional("token", null)
                        .build(), this::importBuild),
                new Export(Signature.builder("CGRefundBuild").required("cg", "build_id", "token")
                        .optional("state", BuildState.FAILED.code()).build(), this::refundBuild),
                new Export(Signature.builder("grantCGAccess").required("user", "cg").optional("create", false).build(),
                        this::grantAccess),
                new Export(Signature.builder("revokeCGAccess").required("user", "cg").build(), this::revokeAccess));
    }

    /** A BUILDING build owned by the caller, reserved for the generator; answers its id and token. */
    private Object initBuild(HubCaller caller, Arguments args) {
        ContentGenerator cg = access.assertAccess(caller, args.raw("cg"));
        User user = caller.requireLogin();
        Map<String, Object> data = args.map("data");
        if (!(data.get("name") instanceof String name) || !(data.get("version") instanceof String version)
                || !(data.get("release") instanceof String release)) {
            throw KojiErrors.generic("CGInitBuild(): data must give name, version and release as strings");
        }
        Nvr nvr = new Nvr(name, version, release);
        Integer epoch = data.get("epoch") instanceof Integer given ? given : null;
        Build build = store.builds().create(new NewBuild(nvr.name(), nvr.version(), nvr.release(), epoch,
                BuildState.BUILDING, null, user.id(), null, null, cg.id(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        String token = ReservationTokens.next();
        if (!store.builds().reserve(build.id(), token)) {
            throw KojiErrors.generic("Build is already reserved");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("build_id", build.id());
        answer.put("token", token);
        return answer;
    }

    private Object importBuild(HubCaller caller, Arguments args) {
        Build build = importer.importBuild(caller, args.raw("metadata"), args.optionalString("directory").orElse(null),
                args.optionalString("token").orElse(null));
        return BuildRecords.full(build);
    }

    /** A reserved build that will not be imported ends FAILED or CANCELED, freeing its NVR. */
    private Object refundBuild(HubCaller caller, Arguments args) {
        int state = args.integer("state");
        if (state != BuildState.FAILED.code() && state != BuildState.CANCELED.code()) {
            throw KojiErrors.generic("Only FAILED/CANCELED build states are allowed");
        }
        ContentGenerator cg = access.assertAccess(caller, args.raw("cg"));
        int buildId = args.integer("build_id");
        Build build = store.builds().get(buildId).orElseThrow(() -> KojiErrors.generic("No such build: " + buildId));
        if (build.state() != BuildState.BUILDING) {
            throw KojiErrors.generic("Build ID " + buildId + " is not in BUILDING state");
        }
        if (!ReservationTokens.matches(store.builds().reservationToken(buildId), args.optionalString("token").orElse(null))) {
            throw KojiErrors.generic("Token doesn't match build ID " + buildId);
        }
        if (build.cgId() == null || build.cgId() != cg.id()) {
            throw KojiErrors.generic("Build ID " + buildId + " is not reserved by this CG");
        }
        if (!store.builds().finish(buildId, BuildState.fromCode(state), null, null)) {
            throw KojiErrors.generic("Build ID " + buildId + " is not in BUILDING state");
        }
        store.builds().dropReservation(buildId);
        return null;
    }

    private Object grantAccess(HubCaller caller, Arguments args) {
        caller.assertPerm("admin");
        User user = users.require(args.raw("user"));
        Object cgInfo = args.raw("cg");
        ContentGenerator cg;
        if (args.optionalBool("create").orElse(false)) {
            if (!(cgInfo instanceof String name)) {
                throw KojiErrors.generic("Name must be a string");
            }
            cg = store.contentGenerators().ensure(name);
        } else {
            cg = access.require(cgInfo);
        }
        if (!store.contentGenerators().grant(cg.id(), user.id())) {
            throw KojiErrors.generic("User already has access to content generator " + cg.name());
        }
        return null;
    }

    /** As in Koji, revoking access the user does not have is not an error. */
    private Object revokeAccess(HubCaller caller, Arguments args) {
        caller.assertPerm("admin");
        User user = users.require(args.raw("user"));
        ContentGenerator cg = access.require(args.raw("cg"));
        store.contentGenerators().revoke(cg.id(), user.id());
        return null;
    }
}
