package io.containerbuild.osbs.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.containerbuild.osbs.BuildState;
import io.containerbuild.osbs.control.AbortSwitch;
import io.containerbuild.osbs.engine.DockerEngine;
import io.containerbuild.osbs.engine.ImageBuildSpec;
import io.containerbuild.osbs.testing.BaseImage;
import io.containerbuild.osbs.testing.OsbsFixture;
import io.containerbuild.osbs.testing.RealParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark of docs/benchmarks.md: a trivial build end to end ({@code createBinaryContainerBuild}
 * to COMPLETE: clone, release reservation, build, push of every tag, CG import with upload, tagging,
 * against the stand-in hub) next to a raw engine build plus push of the same context, alternating.
 * Prints the figures; holds our median to the target: at most 1.5 times the raw median or 2 s more,
 * whichever is larger. Also runnable alone: {@code main} takes the number of rounds.
 */
class TrivialBuildBenchmarkIT {

    static final int ROUNDS = 5;

    @TempDir
    Path scratch;

    @Test
    void aTrivialBuildEndToEndStaysWithinTheTarget() {
        Figures figures = run(scratch, ROUNDS);
        System.out.println(figures.report());
        assertTrue(figures.withinTarget(), figures.report());
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : ROUNDS;
        Path scratch = Files.createTempDirectory("osbs-benchmark");
        System.out.println(run(scratch, rounds).report());
    }

    static Figures run(Path scratch, int rounds) {
        List<Long> ours = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (OsbsFixture fixture = OsbsFixture.start(scratch);
             DockerEngine engine = DockerEngine.connect(BaseImage.localEngine())) {
            String dockerfile = fixture.dockerfile("", "RUN echo hello > /hello.txt");
            String commit = fixture.commit(Map.of("Dockerfile", dockerfile));
            Path context = Files.createDirectories(scratch.resolve("raw-context"));
            Files.writeString(context.resolve("Dockerfile"), dockerfile);
            String rawRepository = RealParts.registry() + "/osbs-bench/raw";
            // the raw images stay on the engine (the parts' state goes at their stop): they carry no label of
            // their own, and removing by the Dockerfile's labels could hit other tests' images on a shared engine
            for (int round = -1; round < rounds; round++) {
                long start = System.nanoTime();
                String name = fixture.osbs.createBinaryContainerBuild(fixture.request(commit, false, false, null));
                fixture.osbs.waitForBuildToFinish(name);
                long ourNanos = System.nanoTime() - start;
                assertEquals(BuildState.COMPLETE, fixture.osbs.getBuildState(name), OsbsFixture.log(fixture.osbs, name));

                String tag = "r" + (round + 1);
                start = System.nanoTime();
                String id = engine.build(new ImageBuildSpec(context, rawRepository + ":" + tag, true), line -> { },
                        new AbortSwitch());
                engine.push(rawRepository, tag, Optional.empty(), line -> { }, new AbortSwitch());
                long rawNanos = System.nanoTime() - start;
                if (round >= 0) {
                    ours.add(ourNanos / 1_000_000);
                    raw.add(rawNanos / 1_000_000);
                }
                assertTrue(id.startsWith("sha256:"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Figures(ours, raw);
    }

    /** Milliseconds per round, ours and raw. */
    record Figures(List<Long> ours, List<Long> raw) {

        long oursMedian() {
            return median(ours);
        }

        long rawMedian() {
            return median(raw);
        }

        long targetMillis() {
            return Math.max(Math.round(rawMedian() * 1.5), rawMedian() + 2000);
        }

        boolean withinTarget() {
            return oursMedian() <= targetMillis();
        }

        String report() {
            return String.format("trivial build, %d rounds after one warm-up (ms)%n"
                            + "  ours (create -> COMPLETE, push + import): %s  median %d%n"
                            + "  raw (engine build + push):                %s  median %d%n"
                            + "  ratio %.2f, difference %d ms; target <= %d ms: %s",
                    ours.size(), ours, oursMedian(), raw, rawMedian(), (double) oursMedian() / rawMedian(),
                    oursMedian() - rawMedian(), targetMillis(), withinTarget() ? "met" : "MISSED");
        }

        private static long median(List<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }
    }
}
