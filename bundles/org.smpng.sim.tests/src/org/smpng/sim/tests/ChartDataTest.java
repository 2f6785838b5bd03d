package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.HdrHistogram.IntCountsHistogram;
import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.diag.GiantTimeline;
import org.smpng.sim.diag.LatencyDistributions;
import org.smpng.sim.diag.LogBuckets;
import org.smpng.sim.diag.ObserverTee;

/**
 * The data behind the workbench's charts: Giant's share over time adds up to the results' Giant shares (mid-run,
 * with a hold in progress, and at the end), the latency distributions count what the results count, and log
 * buckets put every value in the right bucket.
 */
class ChartDataTest {

    private static final long MS = 1_000_000L;

    @Test
    void giantTimelineSumsToTheResultsGiantSharesMidRunAndAtTheEnd() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        GiantTimeline timeline = new GiantTimeline();
        LatencyDistributions latencies = new LatencyDistributions();
        try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(4).withDuration(20 * MS)
                .withSeed(7), ObserverTee.of(List.of(timeline, latencies)))) {
            // 20 ms in about 200 buckets, rounded to a 1-2-5 width: 100 us.
            sim.runUntil(3 * MS + 12_345);
            GiantTimeline.Copy mid = timeline.copy(sim.now());
            SimResults midResults = sim.results();
            assertTrue(mid.hasGiant());
            assertEquals(100_000, mid.bucketNs());
            assertEquals(sim.now(), mid.nowNs());
            assertEquals(midResults.giantHeldShare(), mid.heldShare(), 1e-12);
            assertEquals(midResults.giantContendedShare(), mid.contendedShare(), 1e-12);
            assertEquals(31, mid.buckets().size(), "30 whole buckets and the part up to now");

            SimResults end = sim.run();
            GiantTimeline.Copy last = timeline.copy(sim.now());
            assertTrue(end.giantHeldShare() > 0.3 && end.giantContendedShare() > 0, "5.3 on 4 CPUs waits for Giant");
            assertEquals(end.giantHeldShare(), last.heldShare(), 1e-12);
            assertEquals(end.giantContendedShare(), last.contendedShare(), 1e-12);
            long t = 0;
            for (GiantTimeline.Bucket b : last.buckets()) {
                assertEquals(t, b.startNs(), "buckets are contiguous from 0");
                assertTrue(b.heldShare() >= 0 && b.heldShare() <= 1 + 1e-12, b.toString());
                assertTrue(b.contended() <= b.acquisitions(), b.toString());
                t = b.endNs();
            }
            assertEquals(sim.now(), t);
            // The copy taken mid-run is not changed by the run going on.
            assertEquals(31, mid.buckets().size());

            long ithreadSamples = end.interrupts().stream().map(i -> i.latency("ithread"))
                    .filter(java.util.Objects::nonNull).mapToLong(SimResults.LatencyResult::count).sum();
            LatencyDistributions.Distribution ithread = latencies.copy(sim.now()).distribution("ithread");
            assertTrue(ithreadSamples > 0, "the scenario's interrupts ran");
            assertEquals(ithreadSamples, ithread.count());
            List<LatencyDistributions.Percentile> points = ithread.points();
            assertEquals(100.0, points.get(points.size() - 1).percentile());
            assertEquals(ithread.maxNs(), points.get(points.size() - 1).valueNs());
            for (int i = 1; i < points.size(); i++) {
                assertTrue(points.get(i).percentile() >= points.get(i - 1).percentile()
                        && points.get(i).valueNs() >= points.get(i - 1).valueNs(), "ascending at " + i);
            }
            LatencyDistributions.Distribution waits = latencies.copy(sim.now()).distribution("lock wait");
            long contended = end.locks().stream().mapToLong(SimResults.LockResult::contended).sum();
            assertTrue(waits.count() > 0 && waits.count() <= contended, waits.count() + " of " + contended);
        }
    }

    @Test
    void aScenarioWithoutGiantHasAnEmptyTimeline() throws Exception {
        Fixtures.Model m = new Fixtures.Model("no Giant", 1).settings(true, true, 100_000);
        org.smpng.model.kernel.LockType fd = m.mutex("filedesc structure");
        m.group("reader", 1, Fixtures.fixed(500),
                m.path("fget", Fixtures.acquire(fd), Fixtures.work(1000), Fixtures.release(fd)));
        GiantTimeline timeline = new GiantTimeline();
        Fixtures.run(m.compile(), 1, timeline);
        GiantTimeline.Copy copy = timeline.copy(100_000);
        assertEquals(false, copy.hasGiant());
        assertEquals(List.of(), copy.buckets());
        assertEquals(0, copy.heldShare());
    }

    @Test
    void logBucketsDoubleFromOneMicrosecondAndCountEveryValueOnce() {
        IntCountsHistogram h = new IntCountsHistogram(2);
        for (long v : new long[] {0, 500, 1_500, 1_600, 2_500, 3_000, 300_000}) {
            h.recordValue(v);
        }
        List<LogBuckets.Bucket> buckets = LogBuckets.of(h);
        // <1us: 0, 500; 1-2us: 1500, 1600; 2-4us: 2500, 3000; 256-512us: 300000.
        assertEquals(10, buckets.size());
        assertEquals(new LogBuckets.Bucket(0, 1000, 2), buckets.get(0));
        assertEquals(new LogBuckets.Bucket(1000, 2000, 2), buckets.get(1));
        assertEquals(new LogBuckets.Bucket(2000, 4000, 2), buckets.get(2));
        assertEquals(new LogBuckets.Bucket(256_000, 512_000, 1), buckets.get(9));
        assertEquals(h.getTotalCount(), buckets.stream().mapToLong(LogBuckets.Bucket::count).sum());
        assertEquals("<1 µs", LogBuckets.label(buckets.get(0)));
        assertEquals("2-4 µs", LogBuckets.label(buckets.get(2)));
        assertEquals(List.of(), LogBuckets.of(new IntCountsHistogram(2)));
    }
}
