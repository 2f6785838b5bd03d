package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smpng.sim.SimResults;

/**
 * The seed's story on the built-in scenarios: the same syscall mix under 4.x's Giant, 5.3's partial locking and the
 * Giant-free target. Prints the numbers (the report quotes them) and asserts the ordering.
 *
 * <p>As shipped, the mix is I/O bound: a fifth of buffer-cache reads sleep on "biord" until one of 200 disk
 * interrupts a second, so the CPUs are idle over 90% of the time and every era runs at about the same rate. The
 * what-if "a disk a few hundred times faster" (50,000 interrupts a second) makes the mix CPU bound, and then Giant
 * decides the throughput.
 */
class SeedStoryTest {

    private static final String[] ERAS = { "4x", "5.3", "target" };

    private static String row(String era, int cpus, SimResults r) {
        double[] u = r.utilisation();
        return String.format("%-7s %d CPU  %9.0f ops/s  Giant held %5.1f%%  contended %5.1f%%  waiters %5.2f  "
                + "user %4.1f%% kernel %4.1f%% spin %4.1f%% intr %4.1f%% idle %4.1f%%  switches %d preemptions %d"
                + "  disk latency %.1f us",
                era, cpus, r.throughputPerSecond(), 100 * r.giantHeldShare(), 100 * r.giantContendedShare(),
                r.giantMeanWaiters(), 100 * u[0], 100 * u[1], 100 * u[2], 100 * u[3], 100 * u[4],
                r.contextSwitches(), r.preemptions(), diskLatency(r) / 1000);
    }

    private static double diskLatency(SimResults r) {
        return r.interrupts().stream().filter(i -> i.name().equals("disk")).findFirst().orElseThrow()
                .meanLatencyNs();
    }

    @Test
    void cpuBoundMixScalesOnlyAsFarAsGiantAllows() throws Exception {
        Map<String, SimResults> results = new LinkedHashMap<>();
        System.out.println("syscall-mix, disk at 50,000 interrupts/s (CPU bound), 100 ms virtual, seed 1:");
        for (String era : ERAS) {
            for (int cpus : new int[] { 1, 2, 4 }) {
                SimResults r = Fixtures.runBuiltin("builtin:syscall-mix-" + era, cpus, 100_000_000L, 1, 50_000);
                assertTrue(r.completed(), r.failure());
                results.put(era + "/" + cpus, r);
                System.out.println("  " + row(era, cpus, r));
            }
        }
        SimResults x4 = results.get("4x/4"), f4 = results.get("5.3/4"), t4 = results.get("target/4");
        assertTrue(x4.throughputPerSecond() < f4.throughputPerSecond(), "4.x < 5.3 at 4 CPUs");
        assertTrue(f4.throughputPerSecond() < t4.throughputPerSecond(), "5.3 < target at 4 CPUs");
        assertTrue(x4.giantHeldShare() > f4.giantHeldShare() * 0.8 && f4.giantHeldShare() > 0.1);
        assertTrue(x4.giantMeanWaiters() > f4.giantMeanWaiters(), "more threads wait for Giant under 4.x");
        assertEquals(0.0, t4.giantHeldShare());
        // The 4.x model is 5.x code with 4.x's Giant placement and no kernel preemption, so its interrupt threads
        // wait for the running thread to block or its quantum to end; on one CPU that shows.
        assertTrue(diskLatency(results.get("4x/1")) > 5 * diskLatency(results.get("5.3/1")),
                "without kernel preemption the disk ithread waits for the running thread");
        double x4Scale = x4.throughputPerSecond() / results.get("4x/1").throughputPerSecond();
        double t4Scale = t4.throughputPerSecond() / results.get("target/1").throughputPerSecond();
        assertTrue(x4Scale < 1.5, "4.x barely scales: " + x4Scale);
        assertTrue(t4Scale > 2.5, "the Giant-free kernel scales: " + t4Scale);
    }

    @Test
    void shippedMixIsIoBoundSoGiantBarelyMatters() throws Exception {
        System.out.println("syscall-mix as shipped (disk at 200 interrupts/s), 200 ms virtual, seed 1:");
        Map<String, SimResults> results = new LinkedHashMap<>();
        for (String era : ERAS) {
            for (int cpus : new int[] { 1, 2, 4 }) {
                SimResults r = Fixtures.runBuiltin("builtin:syscall-mix-" + era, cpus, 200_000_000L, 1, 0);
                assertTrue(r.completed(), r.failure());
                results.put(era + "/" + cpus, r);
                System.out.println("  " + row(era, cpus, r));
            }
        }
        SimResults x4 = results.get("4x/4"), f4 = results.get("5.3/4"), t4 = results.get("target/4");
        assertTrue(x4.giantHeldShare() > f4.giantHeldShare() && f4.giantHeldShare() > t4.giantHeldShare());
        assertTrue(x4.utilisation()[SimResults.IDLE] > 0.8, "I/O bound: the CPUs are mostly idle");
        assertTrue(diskLatency(f4) < 10_000, "an idle CPU or preemption starts the disk ithread at once");
    }
}
