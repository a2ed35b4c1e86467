package io.containerbuild.hub.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.build.BuildState;
import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.wire.KojiSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Two imports of one NVR at the same moment: the database lets exactly one of them win. */
class ConcurrentImportTest extends HubTestBase {
    private static final int ROUNDS = 3;

    @Test
    void twoImportsOfOneNvrWithoutReservationLeaveOneBuild() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            String release = Integer.toString(round);
            List<ImageImport> imports = List.of(new ImageImport("app-container", "1.0", release),
                    new ImageImport("app-container", "1.0", release));
            List<Map<String, Object>> metadata = imports.stream().map(image -> image.upload(hub)).toList();

            List<KojiSession> sessions = List.of(hub.login("osbs"), hub.login("osbs"));

            List<Object> outcomes = race(i -> () -> sessions.get(i).call("CGImport", metadata.get(i),
                    imports.get(i).directory));

            Map<String, Object> winner = record(single(outcomes, Map.class));
            KojiFault loser = single(outcomes, KojiFault.class);
            assertEquals(FaultCode.GENERIC_ERROR.code(), loser.faultCode());
            assertEquals("Build already exists (id=" + winner.get("id") + ", state=COMPLETE): app-container-1.0-"
                    + release, loser.getMessage());
            assertEquals(1, records(osbs.call("listArchives", List.of(), kwargs("buildID", winner.get("id")))).size(),
                    "only the winner's archive");
        }
        assertEquals(ROUNDS, records(osbs.call("listBuilds")).size());
        assertEquals(ROUNDS, osbs.call("listArchives", List.of(), kwargs("queryOpts", Map.of("countOnly", true))));
    }

    @Test
    void twoImportsIntoOneReservationCompleteItOnce() throws Exception {
        ImageImport image = new ImageImport("app-container", "1.0", "1");
        Map<String, Object> reservation = reserve(image);
        Map<String, Object> metadata = image.reservedAs((Integer) reservation.get("build_id")).upload(hub);

        List<KojiSession> sessions = List.of(hub.login("osbs"), hub.login("osbs"));

        List<Object> outcomes = race(i -> () -> sessions.get(i).call("CGImport", List.of(metadata, image.directory),
                kwargs("token", reservation.get("token"))));

        Map<String, Object> winner = record(single(outcomes, Map.class));
        assertEquals(BuildState.COMPLETE.code(), winner.get("state"));
        KojiFault loser = single(outcomes, KojiFault.class);
        assertTrue(loser.getMessage().equals("Build ID " + reservation.get("build_id") + " is not in BUILDING state")
                || loser.getMessage().equals("Token doesn't match build ID " + reservation.get("build_id")),
                loser.getMessage());
        assertEquals(1, records(osbs.call("listArchives", List.of(), kwargs("buildID", winner.get("id")))).size());
    }

    /** Runs two calls released together; answers each one's result or the fault it raised. */
    private static List<Object> race(Function<Integer, Callable<Object>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Object> call = calls.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (KojiFault fault) {
                        return fault;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T single(List<Object> outcomes, Class<T> type) {
        List<Object> matching = outcomes.stream().filter(type::isInstance).toList();
        assertEquals(1, matching.size(), "exactly one " + type.getSimpleName() + " among " + outcomes);
        return type.cast(matching.get(0));
    }
}
