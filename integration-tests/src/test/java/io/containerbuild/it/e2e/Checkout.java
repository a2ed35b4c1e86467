package io.containerbuild.it.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/** This checkout's root and its launchers; Failsafe runs after {@code package}, so the launchers work. */
final class Checkout {
    private Checkout() {}

    static Path root() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    }

    /** {@code bin/<name>}, which must exist and be executable. */
    static Path launcher(String name) {
        Path launcher = root().resolve("bin").resolve(name);
        if (!Files.isExecutable(launcher)) {
            throw new AssertionFailedError(launcher + " is missing or not executable");
        }
        return launcher;
    }
}
