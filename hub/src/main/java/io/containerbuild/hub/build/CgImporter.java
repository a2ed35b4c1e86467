package io.containerbuild.hub.build;

import io.containerbuild.build.BuildState;
import io.containerbuild.fault.AuthError;
import io.containerbuild.fault.BuildError;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.rpc.AfterCommit;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.ArchiveType;
import io.containerbuild.hub.store.Build;
import io.containerbuild.hub.store.BuildType;
import io.containerbuild.hub.store.Buildroot;
import io.containerbuild.hub.store.ContentGenerator;
import io.containerbuild.hub.store.NewArchive;
import io.containerbuild.hub.store.NewBuild;
import io.containerbuild.hub.store.Store;
import io.containerbuild.hub.store.User;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Koji's {@code CGImport}, in the order Koji checks: the metadata, the caller's right to act as the
 * content generator, the reservation, the uploaded files; only then are the build, its buildroots
 * and its archives written. All of it runs in the call's one transaction, so a refusal or failure
 * at any step leaves nothing behind. The build's files are copied into the file tree once the call
 * has committed.
 */
final class CgImporter {
    private final Store store;
    private final ContentGeneratorAccess access;
    private final UserLookup users;
    private final UploadArea uploads;
    private final BuildFiles files;
    private final BuildOwners owners;
    private final AfterCommit afterCommit;

    CgImporter(Store store, UploadArea uploads, BuildFiles files, AfterCommit afterCommit) {
        this.store = store;
        this.access = new ContentGeneratorAccess(store.contentGenerators());
        this.users = new UserLookup(store.users());
        this.uploads = uploads;
        this.files = files;
        this.owners = new BuildOwners(new DirectSql(store.database()));
        this.afterCommit = afterCommit;
    }

    /**
     * @param metadata a struct, JSON text or an uploaded file's name (see {@link MetadataSource})
     * @param directory the upload directory below the upload area, or null
     * @param token CGInitBuild's token when the metadata names a reserved build
     */
    Build importBuild(HubCaller caller, Object metadata, String directory, String token) {
        User user = caller.account().orElseThrow(() -> new AuthError("Not logged-in"));
        Path uploadDirectory = directory == null ? null : uploads.directory(directory);
        CgMetadata parsed = MetadataSource.read(metadata, uploadDirectory, uploads);
        ContentGenerator cg = access.assertAccess(caller, parsed.contentGenerator());
        CgBuild build = parsed.build();
        Optional<Build> reserved = reservation(build, token, cg);
        int ownerId = build.owner() == null ? user.id() : users.require(build.owner()).id();
        build.buildTypes().forEach(this::buildType);
        checkTask(build);
        List<UploadedOutputs.OutputFile> outputs = UploadedOutputs.verify(parsed.outputs(), uploadDirectory, uploads);
        Map<Integer, ArchiveType> archiveTypes = archiveTypes(parsed.outputs());

        Build stored = reserved.map(old -> complete(old, build, ownerId)).orElseGet(() -> create(build, cg, ownerId));
        Map<Integer, Integer> buildroots = storeBuildroots(parsed, cg);
        for (CgOutput output : parsed.outputs()) {
            if (!output.isLog()) {
                store.archives().add(new NewArchive(stored.id(), buildroots.get(output.buildrootId()),
                        archiveTypes.get(output.index()).id(), buildType(output.btype()).id(), output.filename(),
                        output.filesize(), output.checksum(), output.checksumType(), output.metadataOnly(),
                        output.imageArch(), output.archiveExtraJson()));
            }
        }
        afterCommit.register(() -> files.publish(build.nvr(), outputs, parsed.json()));
        return store.builds().get(stored.id()).orElseThrow();
    }

    /** The reserved build the metadata names, checked as Koji's {@code prep_build} does. */
    private Optional<Build> reservation(CgBuild build, String token, ContentGenerator cg) {
        Integer id = build.reservedBuildId();
        if (id == null) {
            if (token != null) {
                throw KojiErrors.generic("Reservation token given, but no build_id in metadata");
            }
            return Optional.empty();
        }
        Build reserved = store.builds().get(id).orElseThrow(() -> KojiErrors.generic("No such build: " + id));
        if (!ReservationTokens.matches(store.builds().reservationToken(id), token)) {
            throw KojiErrors.generic("Token doesn't match build ID " + id);
        }
        if (reserved.cgId() == null || reserved.cgId() != cg.id()) {
            throw KojiErrors.generic("Build ID " + id + " is not reserved by this CG");
        }
        if (reserved.taskId() != null) {
            throw KojiErrors.generic("Build is owned by task " + reserved.taskId());
        }
        if (reserved.state() != BuildState.BUILDING) {
            throw KojiErrors.generic("Build ID " + id + " is not in BUILDING state");
        }
        if (!reserved.nvr().equals(build.nvr().toString())) {
            throw KojiErrors.generic("Build (" + id + ") NVR is different");
        }
        if (build.epoch() != null && !build.epoch().equals(reserved.epoch())) {
            throw KojiErrors.generic("Build (" + id + ") epoch is different");
        }
        return Optional.of(reserved);
    }

    /** The reserved build becomes COMPLETE, owned by the metadata's owner; the reservation is spent. */
    private Build complete(Build reserved, CgBuild build, int ownerId) {
        if (!store.builds().finish(reserved.id(), BuildState.COMPLETE, build.source(), build.extraJson())) {
            throw KojiErrors.generic("Build ID " + reserved.id() + " is not in BUILDING state");
        }
        owners.change(reserved.id(), ownerId);
        store.builds().dropReservation(reserved.id());
        return reserved;
    }

    /**
     * A new COMPLETE build. The store's NVR rule decides a clash, also with a concurrent import: a
     * live NVR is refused with Koji's {@code Build already exists (id=N, state=STATE): NVR}, a FAILED
     * or CANCELED one is taken over.
     */
    private Build create(CgBuild build, ContentGenerator cg, int ownerId) {
        return store.builds().create(new NewBuild(build.nvr().name(), build.nvr().version(), build.nvr().release(),
                build.epoch(), BuildState.COMPLETE, build.taskId(), ownerId, build.source(), build.extraJson(),
                cg.id(), build.startTime()));
    }

    private Map<Integer, Integer> storeBuildroots(CgMetadata metadata, ContentGenerator cg) {
        Map<Integer, Integer> storedIds = new HashMap<>();
        for (CgBuildroot buildroot : metadata.buildroots()) {
            Buildroot stored = store.buildroots().add(new Buildroot(0, cg.id(), buildroot.cgVersion(),
                    buildroot.containerType(), buildroot.containerArch(), buildroot.hostOs(), buildroot.hostArch(),
                    buildroot.toolsJson(), buildroot.componentsJson(), buildroot.extraJson()));
            storedIds.put(buildroot.id(), stored.id());
        }
        return storedIds;
    }

    /** Each archive's type by its file name, all found before anything is written. */
    private Map<Integer, ArchiveType> archiveTypes(List<CgOutput> outputs) {
        List<ArchiveType> known = store.archives().archiveTypes();
        Map<Integer, ArchiveType> types = new HashMap<>();
        for (CgOutput output : outputs) {
            if (!output.isLog()) {
                types.put(output.index(), ArchiveTypeMatch.forFilename(output.filename(), known).orElseThrow(() ->
                        new BuildError(output.where() + ": unsupported file extension (no archive type matches)")));
            }
        }
        return types;
    }

    private BuildType buildType(String name) {
        return store.archives().buildType(name)
                .orElseThrow(() -> KojiErrors.generic("No such entry in table btype: " + name));
    }

    /** The build's task must be one of this hub's tasks; Koji's database would refuse it too. */
    private void checkTask(CgBuild build) {
        if (build.taskId() != null && build.reservedBuildId() == null && store.tasks().get(build.taskId()).isEmpty()) {
            throw new ParameterError("CGImport metadata is invalid: metadata.build: no task " + build.taskId()
                    + " on this hub (task_id or extra.container_koji_task_id)");
        }
    }
}
