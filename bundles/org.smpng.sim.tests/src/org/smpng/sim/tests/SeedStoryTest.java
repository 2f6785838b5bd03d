package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smpng.sim.SimResults;

/**
 * The seed's story on the shipped built-in scenarios, unchanged except for the CPU count: the syscall mix under
 * 4.x's Giant, 5.3's partial locking (the seed's November 2004 tables) and the Giant-free target, on 1, 2, 4 and 8
 * CPUs. Prints the table that docs/seed-story.md and the README quote, and asserts the ordering and its cause.
 *
 * <p>Giant explains the difference through one number per era: the Giant time a syscall costs on average (Giant's
 * held share times the run's length, divided by the operations completed). Since Giant is one lock, no number of
 * CPUs can complete more than {@code 1 / (Giant time per operation)} operations a second — the "Giant bound". 4.x
 * holds Giant over every syscall, so its bound is low and it reaches it already on 2 CPUs; 5.3 holds it over fewer
 * paths (vnode I/O, open, fork/exit/wait), so its bound is higher; the target has no bound. At 4 and 8 CPUs the two
 * Giant eras run with Giant held most of the time, i.e. at their bound.
 */
class SeedStoryTest {

    private static final String[] ERAS = { "4x", "5.3", "target" };
    private static final int[] CPUS = { 1, 2, 4, 8 };
    /** 50 ms of virtual time: over 6,000 syscalls per run even for 4.x on one CPU; the 12 runs take a few seconds. */
    private static final long DURATION_NS = 50_000_000L;

    /** Giant hold time per completed operation, in ns. */
    private static double giantNsPerOp(SimResults r) {
        return r.giantHeldShare() * r.endTimeNs() / Math.max(1, r.operationsCompleted());
    }

    private static double diskLatency(SimResults r) {
        return r.interrupts().stream().filter(i -> i.name().equals("disk")).findFirst().orElseThrow()
                .meanLatencyNs();
    }

    @Test
    void shippedSyscallMixOrdersTargetOver53Over4xAndGiantExplainsIt() throws Exception {
        Map<String, SimResults> results = new LinkedHashMap<>();
        System.out.println("The seed's story: builtin:syscall-mix-{4x,5.3,target} as shipped, --cpus N, 50 ms virtual,"
                + " seed 1");
        System.out.println("| era    | CPUs |    ops/s | speed-up | Giant held | Giant contended | Giant waiters |"
                + " Giant us/op | Giant bound ops/s | idle  |");
        System.out.println("|--------|-----:|---------:|---------:|-----------:|----------------:|--------------:|"
                + "------------:|------------------:|------:|");
        for (String era : ERAS) {
            for (int cpus : CPUS) {
                SimResults r = Fixtures.runBuiltin("builtin:syscall-mix-" + era, cpus, DURATION_NS, 1, 0);
                assertTrue(r.completed(), r.failure());
                results.put(era + "/" + cpus, r);
                double perOp = giantNsPerOp(r);
                System.out.printf("| %-6s | %4d | %8.0f | %7.2fx | %9.1f%% | %14.1f%% | %13.2f | %11.2f | %17s"
                        + " | %4.1f%% |%n", era, cpus, r.throughputPerSecond(),
                        r.throughputPerSecond() / results.get(era + "/1").throughputPerSecond(),
                        100 * r.giantHeldShare(), 100 * r.giantContendedShare(), r.giantMeanWaiters(), perOp / 1000,
                        perOp == 0 ? "none" : String.format("%.0f", 1e9 / perOp),
                        100 * r.utilisation()[SimResults.IDLE]);
            }
        }
        for (int cpus : new int[] { 4, 8 }) {
            SimResults x = results.get("4x/" + cpus), f = results.get("5.3/" + cpus), t = results.get("target/" + cpus);
            String at = " at " + cpus + " CPUs";
            assertTrue(t.throughputPerSecond() > 1.25 * f.throughputPerSecond(), "target > 5.3" + at);
            assertTrue(f.throughputPerSecond() > 1.25 * x.throughputPerSecond(), "5.3 > 4.x" + at);
            // Giant is the bottleneck of both Giant eras: held most of the time, with threads queued for it.
            assertTrue(x.giantHeldShare() > 0.7, "4.x runs at its Giant bound" + at);
            assertTrue(f.giantHeldShare() > 0.7, "5.3 runs at its Giant bound" + at);
            assertTrue(x.giantContendedShare() > 0.3 && x.giantMeanWaiters() > 2, "4.x contends for Giant" + at);
            assertTrue(f.giantContendedShare() > 0.3 && f.giantMeanWaiters() > 1, "5.3 contends for Giant" + at);
            // ... and the bound orders them: 4.x spends more Giant time per syscall than 5.3.
            assertTrue(giantNsPerOp(x) > 1.4 * giantNsPerOp(f), "4.x holds Giant longer per syscall" + at);
            assertEquals(0.0, t.giantHeldShare(), "the target never takes Giant");
            assertEquals(0.0, t.giantContendedShare());
            // The target is CPU bound, so its CPUs are what limit it.
            assertTrue(t.utilisation()[SimResults.IDLE] < (cpus == 4 ? 0.15 : 0.45), "target CPU bound" + at);
        }
        double x4Scale = results.get("4x/4").throughputPerSecond() / results.get("4x/1").throughputPerSecond();
        double t4Scale = results.get("target/4").throughputPerSecond() / results.get("target/1").throughputPerSecond();
        assertTrue(x4Scale < 1.3, "4.x barely scales: " + x4Scale);
        assertTrue(t4Scale > 3, "the Giant-free kernel scales: " + t4Scale);
        // On one CPU there is nothing to contend with: every era runs within 15% of the others.
        double one4x = results.get("4x/1").throughputPerSecond(), oneT = results.get("target/1").throughputPerSecond();
        assertEquals(1, one4x / oneT, 0.15, "on 1 CPU Giant costs only its acquisitions");
        // The 4.x model is 5.x code with 4.x's Giant placement and no kernel preemption, so its interrupt threads
        // wait for the running thread to block or its quantum to end; on one CPU that shows.
        assertTrue(diskLatency(results.get("4x/1")) > 5 * diskLatency(results.get("5.3/1")),
                "without kernel preemption the disk ithread waits for the running thread");
    }
}
