package io.containerbuild.osbs.pipeline;

import io.containerbuild.osbs.koji.Reservation;
import java.util.Optional;

/** What a running build tells the outside: state changes, log lines, and what must survive a restart. */
public interface BuildProgress {

    /** Waiting for an engine slot. */
    void pending();

    /** Working on an engine. */
    void running();

    /** A line of the build's own steps ({@code noarch}) or of a platform's engine build. */
    void log(String platform, String line);

    /** A line for the person who asked for the build. */
    void userWarning(String text);

    /** The Koji reservation now held, or none once it was imported or refunded. */
    void reservation(Optional<Reservation> held);

    /** An engine the build put work on, to clean it up should the process die. */
    void engineUsed(String engineName);
}
