package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.diag.Timeline;
import org.smpng.sim.diag.TimelineRecorder;

/**
 * The timeline recorder and its storage: lanes add up to the run's utilisation split, marks to its contention
 * counts, the level-of-detail summary equals a brute-force one, and copies do not change while recording goes on.
 */
class TimelineTest {

    private static Simulation load(int cpus, long durationNs, TimelineRecorder rec) throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        return Simulation.load(s, Simulation.Options.DEFAULT.withCpus(cpus).withDuration(durationNs).withSeed(5), rec);
    }

    @Test
    void lanesAddUpToTheUtilisationSplitAndMarksToTheContentions() throws Exception {
        TimelineRecorder rec = new TimelineRecorder();
        SimResults r;
        Timeline tl;
        try (Simulation sim = load(4, 40_000_000L, rec)) {
            r = sim.run();
            tl = rec.copy(sim.now());
        }
        assertEquals(r.endTimeNs(), tl.endNs());
        long[] total = new long[Timeline.STATES];
        for (int c = 0; c < tl.cpuCount(); c++) {
            long[] ns = tl.stateTime(c, 0, tl.endNs());
            long lane = 0;
            for (int s = 0; s < Timeline.STATES; s++) {
                total[s] += ns[s];
                lane += ns[s];
            }
            assertEquals(tl.endNs(), lane, "CPU " + c + "'s segments cover the run");
        }
        double all = (double) tl.cpuCount() * r.endTimeNs();
        for (int s = SimResults.USER; s <= SimResults.IDLE; s++) {
            assertEquals(r.utilisation()[s], total[s] / all, 1e-9, Timeline.STATE_NAMES.get(s));
        }
        assertTrue(total[Timeline.SPIN] > 0 && total[Timeline.INTR] > 0 && total[Timeline.USER] > 0,
                "the syscall mix spins, takes interrupts and runs user code");
        assertEquals(0, total[Timeline.RUNNING]);

        Map<String, Long> contended = new HashMap<>();
        for (int c = 0; c < tl.cpuCount(); c++) {
            Timeline.Marks m = tl.marks(c);
            for (int i = 0; i < m.size(); i++) {
                if (m.kind(i) == Timeline.CONTENDED) {
                    contended.merge(tl.names().lock(m.lock(i)), 1L, Long::sum);
                }
                assertTrue(i == 0 || m.time(i - 1) <= m.time(i), "marks in time order");
            }
        }
        long checked = 0;
        for (SimResults.LockResult l : r.locks()) {
            assertEquals(l.contended(), contended.getOrDefault(l.name(), 0L), l.name());
            checked += l.contended();
        }
        assertTrue(checked > 0, "the run has contention to compare");
        // The whole run's summary: thread times and idle add up to the CPUs' time.
        Timeline.IntervalSummary sum = tl.summarize(0, tl.endNs());
        long threadNs = sum.threads().stream().mapToLong(Timeline.ThreadTime::cpuNs).sum();
        assertEquals((long) all - total[Timeline.IDLE], threadNs);
        assertEquals(tl.markCount(), sum.lockEvents());
        assertEquals(checked, sum.contended().stream().mapToLong(Timeline.LockCount::contentions).sum());
    }

    /** The column summary against a scan of every segment, on a run long enough to fill several chunks. */
    @Test
    void aRecorderWithALimitStopsThereAndItsCopiesEndWhereItStopped() throws Exception {
        TimelineRecorder rec = new TimelineRecorder(5_000);
        Timeline tl;
        long end;
        try (Simulation sim = load(2, 300_000_000L, rec)) {
            sim.run();
            end = sim.now();
            tl = rec.copy(end);
        }
        assertTrue(rec.stoppedAtNs() > 0 && rec.stoppedAtNs() < end, "stopped at " + rec.stoppedAtNs());
        assertEquals(rec.stoppedAtNs(), tl.endNs(), "the copy ends where recording stopped, not at the run's end");
        long entries = 0;
        for (int c = 0; c < tl.cpuCount(); c++) {
            entries += tl.lane(c).size() + tl.marks(c).size();
        }
        assertTrue(entries <= 5_000 + tl.cpuCount(), "at most the limit (plus each lane's first segment): " + entries);
        assertThrows(IllegalArgumentException.class, () -> new TimelineRecorder(0));
        assertEquals(-1, new TimelineRecorder().stoppedAtNs());
    }

    @Test
    void columnSharesEqualABruteForceSumOverEverySegment() throws Exception {
        TimelineRecorder rec = new TimelineRecorder();
        Timeline tl;
        try (Simulation sim = load(2, 300_000_000L, rec)) {
            sim.run();
            tl = rec.copy(sim.now());
        }
        assertTrue(tl.lane(0).size() > 2 * Timeline.CHUNK, "several chunks: " + tl.lane(0).size());
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 45; trial++) {
            int cpu = rnd.nextInt(tl.cpuCount());
            long t0 = rnd.nextLong(tl.endNs());
            int columns = 1 + rnd.nextInt(200);
            // Every third trial zoomed in (the one-pass path), the others over up to the rest of the run.
            double per = trial % 3 == 0 ? 1 + rnd.nextDouble() * 20_000
                    : 1 + rnd.nextDouble() * (tl.endNs() - t0) / columns;
            float[] lod = tl.columnShares(cpu, t0, per, columns);
            float[] brute = bruteShares(tl.lane(cpu), tl.endNs(), t0, per, columns);
            for (int i = 0; i < lod.length; i++) {
                assertEquals(brute[i], lod[i], 1e-4, "trial " + trial + " column " + i / Timeline.STATES);
            }
        }
    }

    private static float[] bruteShares(Timeline.Lane lane, long end, long t0, double per, int columns) {
        float[] out = new float[columns * Timeline.STATES];
        for (int c = 0; c < columns; c++) {
            long from = t0 + (long) Math.ceil(c * per), to = t0 + (long) Math.ceil((c + 1) * per);
            long[] ns = new long[Timeline.STATES];
            for (int i = 0; i < lane.size(); i++) {
                long s = Math.max(from, lane.start(i)), e = Math.min(Math.min(to, end), lane.end(i));
                if (e > s) {
                    ns[lane.state(i)] += e - s;
                }
            }
            for (int s = 0; s < Timeline.STATES; s++) {
                out[c * Timeline.STATES + s] = to > from ? (float) (ns[s] / (double) (to - from)) : 0;
            }
        }
        return out;
    }

    /**
     * Same-time changes replace the last segment, equal neighbours merge (except across a chunk boundary), and sums
     * stay right across blocks and chunks.
     */
    @Test
    void theBuilderKeepsNoZeroLengthSegmentsAndItsSumsMatchAScan() {
        Timeline.Names names = new Timeline.Names(List.of("a", "b"), List.of(), List.of("cpu0"), List.of(),
                List.of());
        Timeline.Builder b = new Timeline.Builder("test", names, true);
        SplittableRandom rnd = new SplittableRandom(3);
        long t = 0;
        for (int i = 0; i < 3 * Timeline.CHUNK; i++) {
            t += rnd.nextInt(4); // a quarter of the changes happen at the same time as the one before
            b.segment(0, t, rnd.nextInt(3) - 1, rnd.nextInt(Timeline.STATES), -1);
        }
        Timeline tl = b.build(t + 10);
        Timeline.Lane lane = tl.lane(0);
        for (int i = 1; i < lane.size(); i++) {
            assertTrue(lane.start(i) > lane.start(i - 1), "segment " + i + " has length");
            assertTrue(i % Timeline.CHUNK == 0 || lane.state(i) != lane.state(i - 1)
                    || lane.thread(i) != lane.thread(i - 1),
                    "segment " + i + " differs from the one before");
        }
        for (int k = 0; k < 200; k++) {
            long a = rnd.nextLong(t + 10), z = a + rnd.nextLong(t + 10 - a + 1);
            long[] ns = tl.stateTime(0, a, z);
            long[] scan = new long[Timeline.STATES];
            for (int i = 0; i < lane.size(); i++) {
                long s = Math.max(a, lane.start(i)), e = Math.min(z, lane.end(i));
                if (e > s) {
                    scan[lane.state(i)] += e - s;
                }
            }
            for (int s = 0; s < Timeline.STATES; s++) {
                assertEquals(scan[s], ns[s], "[" + a + ", " + z + ") state " + s);
            }
        }
    }

    @Test
    void aCopyDoesNotChangeWhileTheRecordingGoesOn() throws Exception {
        TimelineRecorder rec = new TimelineRecorder();
        try (Simulation sim = load(4, 60_000_000L, rec)) {
            sim.runUntil(20_000_000L);
            Timeline early = rec.copy(sim.now());
            String before = digest(early);
            long segments = early.segmentCount();
            sim.runUntil(60_000_000L);
            Timeline late = rec.copy(sim.now());
            assertEquals(before, digest(early), "the early copy is unchanged");
            assertEquals(20_000_000L, early.endNs());
            assertTrue(late.segmentCount() > segments, "the recording went on");
            assertNotEquals(before, digest(late));
            // The late copy begins as the early one: every early segment but each lane's last (then still open).
            for (int c = 0; c < early.cpuCount(); c++) {
                Timeline.Lane e = early.lane(c), l = late.lane(c);
                for (int i = 0; i + 1 < e.size(); i++) {
                    assertEquals(e.start(i), l.start(i));
                    assertEquals(e.end(i), l.end(i));
                    assertEquals(e.thread(i), l.thread(i));
                    assertEquals(e.state(i), l.state(i));
                }
            }
        }
    }

    private static String digest(Timeline tl) {
        long h = tl.endNs();
        for (int c = 0; c < tl.cpuCount(); c++) {
            Timeline.Lane l = tl.lane(c);
            for (int i = 0; i < l.size(); i++) {
                h = h * 31 + l.start(i) * 7 + l.end(i) * 3 + l.thread(i) * 5 + l.state(i) + l.detail(i);
            }
            Timeline.Marks m = tl.marks(c);
            for (int i = 0; i < m.size(); i++) {
                h = h * 31 + m.time(i) + m.kind(i) + m.lock(i) * 11 + m.thread(i);
            }
        }
        return tl.segmentCount() + "/" + tl.markCount() + "/" + h;
    }
}
