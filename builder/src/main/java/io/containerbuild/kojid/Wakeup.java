package io.containerbuild.kojid;

import java.time.Duration;

/**
 * The daemon loop's pause: {@code sleeptime} at most, cut short when a task ends (a slot is free) or the
 * daemon is asked to stop. A wake-up that comes while the loop is busy is kept for its next pause.
 */
final class Wakeup {
    private boolean rung;

    synchronized void wake() {
        rung = true;
        notifyAll();
    }

    /** Sleeps for the duration or until woken. */
    synchronized void pause(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        while (!rung) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        rung = false;
    }
}
