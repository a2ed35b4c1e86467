package io.containerbuild.osbs.release;

import io.containerbuild.build.Nvr;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.osbs.koji.KojiBuild;
import io.containerbuild.osbs.koji.KojiHub;
import io.containerbuild.osbs.koji.Reservation;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Settles a build's release in Koji and reserves its NVR with {@code CGInitBuild}.
 *
 * <ul>
 *   <li>An explicit release is used as given: an existing build of that NVR fails the build unless
 *       it is FAILED or CANCELED, and so does a reservation the hub refuses (another build was faster).
 *   <li>Otherwise {@code getNextRelease} gives the first candidate and the existence loop moves past
 *       every NVR that a build holds; when the hub refuses the reservation (another build took the
 *       NVR meanwhile) the next number is tried, up to {@link #ATTEMPTS} times (atomic-reactor's
 *       bump_release with {@code reserve_build}).
 * </ul>
 */
public final class ReleaseReservation {

    static final int ATTEMPTS = 20;

    private final KojiHub hub;
    private final String contentGenerator;
    private final Consumer<String> log;

    public ReleaseReservation(KojiHub hub, String contentGenerator, Consumer<String> log) {
        this.hub = hub;
        this.contentGenerator = contentGenerator;
        this.log = log;
    }

    /** Reserves {@code name-version-release} exactly. */
    public Reservation reserveExplicit(Nvr nvr) {
        Optional<KojiBuild> existing = hub.getBuild(nvr);
        if (existing.isPresent() && !existing.get().state().releasesNvr()) {
            throw new ReleaseTakenException("build " + nvr + " already exists in Koji (build " + existing.get().id()
                    + ", " + existing.get().state() + "); a build with an explicit release cannot take its NVR");
        }
        try {
            Reservation reservation = hub.initBuild(contentGenerator, nvr);
            log.accept("Reserved " + nvr + " as Koji build " + reservation.buildId());
            return reservation;
        } catch (KojiFault refused) {
            throw new ReleaseTakenException("Koji refused to reserve " + nvr + " (another build of the same NVR "
                    + "may be running): " + refused.display(), refused);
        }
    }

    /** Finds and reserves the first free release, counting up from Koji's next release. */
    public Reservation reserveNext(String name, String version) {
        return reserveCounting(name, version, ReleaseRules.firstCandidate(hub.getNextRelease(name, version)),
                Integer::toString);
    }

    /**
     * Reserves the first free release among {@code release(first)}, {@code release(first + 1)}, …;
     * source containers count {@code <original release>.<n>} this way.
     */
    public Reservation reserveCounting(String name, String version, int first, IntFunction<String> release) {
        int candidate = first;
        KojiFault lastRefusal = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Nvr nvr = new Nvr(name, version, release.apply(candidate));
            Optional<KojiBuild> existing = hub.getBuild(nvr);
            while (existing.isPresent() && !existing.get().state().releasesNvr()) {
                candidate++;
                nvr = new Nvr(name, version, release.apply(candidate));
                existing = hub.getBuild(nvr);
            }
            try {
                Reservation reservation = hub.initBuild(contentGenerator, nvr);
                log.accept("Reserved " + nvr + " as Koji build " + reservation.buildId());
                return reservation;
            } catch (KojiFault refused) {
                log.accept("Koji refused to reserve " + nvr + " (" + refused.display() + "); trying the next release");
                lastRefusal = refused;
                candidate++;
            }
        }
        throw new ReleaseTakenException("could not reserve a release of " + name + "-" + version + " in " + ATTEMPTS
                + " attempts; the last refusal: " + (lastRefusal == null ? "none" : lastRefusal.display()), lastRefusal);
    }
}
