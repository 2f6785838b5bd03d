package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.SimResults;
import org.smpng.sim.diag.LockProfiler;
import org.smpng.sim.diag.LockProfiler.Point;
import org.smpng.sim.diag.LockProfiler.Ranking;
import org.smpng.sim.diag.ObserverTee;

/** LOCK_PROFILING: numbers against hand-computed hold patterns, the stats text's layout, CSV, JSON, rankings. */
class LockProfilerTest {

    /** One thread on one CPU: think 500 ns, then hold "filedesc structure" for exactly 1000 ns, forever. */
    private static Fixtures.Model uncontended() {
        Fixtures.Model m = new Fixtures.Model("uncontended", 1).settings(true, true, 1_000_000);
        LockType fd = m.mutex("filedesc structure");
        Acquire a = Fixtures.acquire(fd);
        AcquisitionPoint at = Fixtures.K.createAcquisitionPoint();
        at.setFile("kern/kern_descrip.c");
        at.setLine(1013);
        a.setAcquisitionPoint(at);
        CodePath fget = m.path("fget", a, Fixtures.work(1000), Fixtures.release(fd));
        m.group("reader", 1, Fixtures.fixed(500), fget);
        return m;
    }

    /**
     * Two threads on two CPUs taking one spin mutex: think 100 ns, hold 1000 ns. After the first hold, each thread
     * comes back 100 ns after its release and finds the other holding the lock for 900 ns more: every acquisition but
     * the first is contested, the second waits 1000 ns (it arrived with the first), the others 900 ns.
     */
    private static Fixtures.Model pingPong() {
        Fixtures.Model m = new Fixtures.Model("ping-pong", 2).settings(true, true, 200_000);
        LockType sched = m.spin("sched lock");
        CodePath p = m.path("setrunqueue", Fixtures.acquire(sched), Fixtures.work(1000), Fixtures.release(sched));
        m.group("worker", 2, Fixtures.fixed(100), p);
        return m;
    }

    @Test
    void uncontendedHoldsGiveExactMaxTotalAverageAndNoContention() throws Exception {
        LockProfiler prof = new LockProfiler();
        SimResults r = Fixtures.run(uncontended().compile(), 1, prof);
        List<Point> points = prof.points();
        assertEquals(1, points.size(), points.toString());
        Point p = points.get(0);
        long n = r.operationsCompleted();
        assertTrue(n > 100, "ops " + n);
        assertEquals(n, p.count(), "one hold per completed fget");
        assertEquals(1000, p.maxHoldNs());
        assertEquals(1000 * n, p.totalHoldNs());
        assertEquals(1000.0, p.avgHoldNs());
        assertEquals(0, p.totalWaitNs());
        assertEquals(0, p.contestedLocking());
        assertEquals(0, p.contestedHolding());
        assertEquals("kern/kern_descrip.c:1013 (sleep mutex:filedesc structure)", p.name());
        assertEquals(n, p.holdHistogram().getTotalCount());
        assertTrue(p.holdHistogram().valuesAreEquivalent(1000, p.holdHistogram().getMinValue()));
        assertTrue(p.holdHistogram().valuesAreEquivalent(1000, p.holdHistogram().getMaxValue()));
        assertEquals(n, p.holdHistogram().getCountAtValue(1000), "every hold in the 1000 ns bucket");
    }

    @Test
    void statsTextHasFreeBsdsLayoutByteForByte() throws Exception {
        LockProfiler prof = new LockProfiler();
        Fixtures.run(uncontended().compile(), 1, prof);
        long n = prof.points().get(0).count();
        // subr_lock.c: "\n%8s %9s %11s %11s %11s %6s %6s %2s %6s %s\n" and
        // "%8ju %9ju %11ju %11ju %11ju %6ju %6ju %2ju %6ju %s:%d (%s:%s)\n", times in us.
        String expected = "\n"
                + "     max  wait_max       total  wait_total       count    avg wait_avg cnt_hold cnt_lock name\n"
                + "       1         0 " + pad(n, 11) + "           0 " + pad(n, 11)
                + "      1      0  0      0 kern/kern_descrip.c:1013 (sleep mutex:filedesc structure)\n";
        assertEquals(expected, prof.statsText());
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    @Test
    void contestedAcquisitionsCountWaitsAndHoldsAsHandComputed() throws Exception {
        LockProfiler prof = new LockProfiler();
        Fixtures.run(pingPong().compile(), 1, prof);
        Point p = prof.points().get(0);
        long n = p.count();
        assertTrue(n > 50, "holds " + n);
        assertEquals(1000, p.maxHoldNs());
        assertEquals(1000 * n, p.totalHoldNs());
        assertEquals(n - 1, p.contestedLocking(), "every acquisition but the very first found the lock held");
        assertEquals(1000, p.maxWaitNs(), "the second thread waited for the whole first hold");
        assertEquals(1000 + 900 * (n - 2), p.totalWaitNs());
        assertEquals(n - 2, p.waitHistogram().getCountAtValue(900));
        assertEquals(n - p.contestedLocking(), p.waitHistogram().getCountAtValue(0));
        // Each hold but the last saw the other thread arrive (the last ended with the other still thinking or
        // still waiting when the run stopped).
        assertTrue(p.contestedHolding() >= n - 1 && p.contestedHolding() <= n, "cnt_hold " + p.contestedHolding());
        assertEquals("spin mutex", p.lockClass());
    }

    @Test
    void contestedOnlyModeRecordsExactlyTheContestedAcquisitions() throws Exception {
        LockProfiler all = new LockProfiler(LockProfiler.Mode.ALL);
        LockProfiler contested = new LockProfiler(LockProfiler.Mode.CONTESTED);
        Fixtures.run(pingPong().compile(), 1, new ObserverTee(List.of(all, contested)));
        Point a = all.points().get(0), c = contested.points().get(0);
        assertEquals(a.contestedLocking(), c.count());
        assertEquals(c.count(), c.contestedLocking());
        assertEquals(a.totalWaitNs(), c.totalWaitNs(), "uncontested acquisitions wait nothing");
        assertEquals(a.totalHoldNs() - 1000, c.totalHoldNs(), "only the first, uncontested hold is left out");
        LockProfiler noSpin = new LockProfiler(LockProfiler.Mode.ALL, true);
        Fixtures.run(pingPong().compile(), 1, noSpin);
        assertTrue(noSpin.points().isEmpty(), "skipspin leaves the spin mutex out");
    }

    @Test
    void builtinRunRanksCsvAndJsonAreConsistent() throws Exception {
        LockProfiler prof = new LockProfiler();
        var s = org.smpng.model.builtin.KernelModels.load("builtin:syscall-mix-5.3",
                org.smpng.model.scenario.Scenario.class);
        var c = org.smpng.sim.Simulation.compile(s, org.smpng.sim.Simulation.Options.DEFAULT.withCpus(4)
                .withDuration(5_000_000).withSeed(7));
        Fixtures.run(c, 7, prof);
        List<Point> byWait = prof.ranking(Ranking.WAIT_TIME);
        List<Point> byContention = prof.ranking(Ranking.CONTENTION);
        assertTrue(byWait.size() > 5);
        for (int i = 1; i < byWait.size(); i++) {
            assertTrue(byWait.get(i - 1).totalWaitNs() >= byWait.get(i).totalWaitNs());
            assertTrue(byContention.get(i - 1).contestedLocking() >= byContention.get(i).contestedLocking());
        }
        assertTrue(byContention.get(0).contestedLocking() > 0, "syscall-mix-5.3 on 4 CPUs contends");
        String lockstat = prof.lockstatText(Ranking.CONTENTION, 5);
        assertTrue(lockstat.contains("Count indv cuml         nsec Lock"), lockstat);
        assertTrue(lockstat.contains(byContention.get(0).lockName()), lockstat);

        String[] csv = prof.csv().split("\r\n");
        long rows = prof.points().stream().filter(p -> p.count() > 0).count();
        assertEquals(rows + 1, csv.length);
        assertTrue(csv[0].startsWith("file,line,lock,class,count,cnt_hold,cnt_lock,max_hold_ns"));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(prof.json());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) json.get("points");
        assertEquals(rows, points.size());
        long totalCount = prof.points().stream().mapToLong(Point::count).sum();
        assertEquals((double) totalCount, points.stream().mapToDouble(p -> (Double) p.get("count")).sum());
        // The text has one row per point with acquisitions, after the blank line and the header.
        assertEquals(rows + 2, prof.statsText().split("\n", -1).length - 1);
    }
}
