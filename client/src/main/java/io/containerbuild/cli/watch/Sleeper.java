package io.containerbuild.cli.watch;

import java.time.Duration;

/** Waits between polls; tests replace it so that watching takes no time. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
