package io.containerbuild.kojid;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition instead of for a time: generous limits, so a slow machine is not a failure. */
final class Await {
    static final Duration LIMIT = Duration.ofSeconds(60);

    private Await() {
    }

    /** Polls until the condition holds; a condition that throws (a hub restarting) counts as not yet. */
    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out after " + LIMIT.toSeconds() + " s waiting for " + what, last);
    }
}
