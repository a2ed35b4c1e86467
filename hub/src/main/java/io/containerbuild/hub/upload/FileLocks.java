package io.containerbuild.hub.upload;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * One writer per upload file at a time, as Koji's non-blocking {@code lockf}: a second writer of
 * the same file is refused with a LockError (1001) rather than kept waiting, and the client retries.
 */
@Singleton
public final class FileLocks {
    private final Set<Path> held = new HashSet<>();

    /** A held lock; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public Held lock(Path file) {
        Path key = file.toAbsolutePath().normalize();
        synchronized (held) {
            if (!held.add(key)) {
                throw new KojiFault(FaultCode.LOCK_ERROR, "upload file is locked by another writer: " + file.getFileName());
            }
        }
        return () -> {
            synchronized (held) {
                held.remove(key);
            }
        };
    }
}
