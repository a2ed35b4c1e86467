package io.containerbuild.hub.upload;

import io.containerbuild.fault.ActionNotAllowed;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.hub.host.CallingHost;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Host;
import io.containerbuild.hub.store.User;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who may write where. A task's directory is written only by the host running that task, while it
 * is OPEN; any other upload directory belongs to its first uploader, recorded in a {@code .user}
 * file as Koji does. Directories are created on first write and must stay inside the work tree
 * even when followed through links.
 */
public final class UploadDirectories {
    static final String OWNER_MARKER = ".user";

    private final WorkTree work;
    private final CallingHost callingHost;

    @Inject
    public UploadDirectories(WorkTree work, CallingHost callingHost) {
        this.work = work;
        this.callingHost = callingHost;
    }

    /** The file to write, its directory created and the caller's right to it checked. */
    public Path forWriting(HubCaller caller, UploadPath path) {
        User user = caller.account().orElseThrow(() -> new ActionNotAllowed("you must be logged-in to upload a file"));
        Optional<Integer> taskId = path.taskId();
        if (taskId.isPresent()) {
            Host host = callingHost.require(caller);
            callingHost.requireOwnOpenTask(host, taskId.get());
        }
        Path directory = path.directoryIn(work.root());
        try {
            Files.createDirectories(directory);
            requireInsideWorkTree(directory, path);
            if (taskId.isEmpty()) {
                claimOrCheckOwner(directory, user, path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare upload directory " + path.relativeDirectory(), e);
        }
        return path.fileIn(work.root());
    }

    /** The file to read; nothing is created and no right is needed, as with Koji's {@code checkUpload}. */
    public Path forReading(UploadPath path) {
        return path.fileIn(work.root());
    }

    private void requireInsideWorkTree(Path directory, UploadPath path) throws IOException {
        Files.createDirectories(work.root());
        if (!directory.toRealPath().startsWith(work.root().toRealPath())) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "Invalid upload directory: " + path.relativeDirectory());
        }
    }

    private static void claimOrCheckOwner(Path directory, User user, UploadPath path) throws IOException {
        Path marker = directory.resolve(OWNER_MARKER);
        try {
            Files.writeString(marker, Integer.toString(user.id()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return;
        } catch (FileAlreadyExistsException e) {
            // claimed before, by this user or another
        }
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
                || !Files.readString(marker, StandardCharsets.UTF_8).strip().equals(Integer.toString(user.id()))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR,
                    "Invalid upload directory, not owner: " + path.relativeDirectory());
        }
    }
}
