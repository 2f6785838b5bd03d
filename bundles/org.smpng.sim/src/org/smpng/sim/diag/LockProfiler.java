package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.IntCountsHistogram;
import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.SiteInfo;

/**
 * LOCK_PROFILING for a simulated run: per acquisition point (lock name and {@code file:line}) the longest, total and
 * average hold and wait, the acquisition count, how often the lock was contested there, and the hold and wait
 * distributions. Attach it as (or through a {@link ObserverTee} into) the run's observer, then read
 * {@link #points()} or print {@link #statsText()}, which is {@code sysctl debug.lock.prof.stats} as FreeBSD 8.x to
 * main prints it.
 *
 * <pre>{@code
 * LockProfiler prof = new LockProfiler(LockProfiler.Mode.ALL);
 * try (Simulation sim = Simulation.load(scenario, options, prof)) {
 *     sim.run();
 * }
 * System.out.print(prof.statsText());
 * }</pre>
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_lock.c (lock_profile_obtain_lock_success, lock_profile_release_lock). A point is keyed,
 * as there, by the lock's name (lo_name, the WITNESS type name shared by every instance) and the file and line of
 * the acquisition; the hold that began at a point is charged to that point when it ends, wherever the release is.
 * Per point: count (cnt_cur) acquisitions whose hold ended, total and max hold (cnt_tot, cnt_max), total and max wait
 * (cnt_wait, cnt_wait_max: from the attempt to the acquisition, recorded only when the acquisition was contested,
 * as FreeBSD measures wait only then), cnt_lock (cnt_contest_locking: acquisitions that found the lock held) and
 * cnt_hold, which FreeBSD's stats print as a constant 0 but LOCK_PROFILING(9) defines as the number of holds
 * begun here during which another thread tried to acquire the lock; this profiler counts that. Recursive
 * acquisitions are not holds (the engine does not report them), as FreeBSD skips them. Holds still open when the run
 * ends are not counted, as FreeBSD's are not until released.
 *
 * Modes: ALL records every acquisition; CONTESTED records only contested ones (debug.lock.prof.contested_only,
 * 2021); skipSpin leaves spin mutexes out (debug.lock.prof.skipspin). Hold and wait distributions are HdrHistograms
 * of nanoseconds (2 significant digits), recorded for every profiled acquisition (uncontested waits as 0).
 *
 * Cost: one table lookup (site x lock type, a flat array) and a few array writes per event; no allocation per
 * acquisition once a thread's hold stack has grown to its depth.
 * </pre>
 *
 * <p>Locking key: the engine calls an observer from one thread at a time (whichever holds its baton), with the baton's
 * handoff ordering the calls, so the fields need no lock while the run goes on; read the results after the run (or
 * between {@code runUntil} calls) from the controlling thread.
 */
public final class LockProfiler implements SimObserver {

    /**
     * Significant digits of the distributions: values within 1% are one bucket (lockstat's are powers of two). Two
     * digits and int counts keep a point's two histograms near 10 KB each, where three digits and long counts took
     * about 120 KB (measured: 8 MB more allocated per profiled run of the DiagnosticsOverheadBenchmark scenario).
     */
    static final int DIGITS = 2;

    /** What to record (debug.lock.prof.contested_only). */
    public enum Mode {
        ALL, CONTESTED
    }

    /** Statistics of one acquisition point; times in nanoseconds. */
    public static final class Point {
        final String file;
        final int line;
        final String lockName;
        final String lockClass;
        long count, maxHold, totalHold, maxWait, totalWait, contestLocking, contestHolding;
        final AbstractHistogram holds = new IntCountsHistogram(DIGITS);
        final AbstractHistogram waits = new IntCountsHistogram(DIGITS);

        Point(String file, int line, String lockName, String lockClass) {
            this.file = file;
            this.line = line;
            this.lockName = lockName;
            this.lockClass = lockClass;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        /** The lock's name (its type's WITNESS name), as LOCK_PROFILING prints lo_name. */
        public String lockName() {
            return lockName;
        }

        /** The lock class's name: "sleep mutex", "spin mutex", "sx" or "lockmgr". */
        public String lockClass() {
            return lockClass;
        }

        /** Acquisitions whose hold ended (cnt_cur). */
        public long count() {
            return count;
        }

        public long maxHoldNs() {
            return maxHold;
        }

        public long totalHoldNs() {
            return totalHold;
        }

        public long maxWaitNs() {
            return maxWait;
        }

        public long totalWaitNs() {
            return totalWait;
        }

        /** Acquisitions here that found the lock held by another thread (cnt_lock). */
        public long contestedLocking() {
            return contestLocking;
        }

        /** Holds begun here during which another thread tried to acquire the lock (cnt_hold). */
        public long contestedHolding() {
            return contestHolding;
        }

        public double avgHoldNs() {
            return count == 0 ? 0 : (double) totalHold / count;
        }

        public double avgWaitNs() {
            return count == 0 ? 0 : (double) totalWait / count;
        }

        /** The distribution of hold times (ns); do not modify. */
        public AbstractHistogram holdHistogram() {
            return holds;
        }

        /** The distribution of wait times (ns, 0 for uncontested acquisitions); do not modify. */
        public AbstractHistogram waitHistogram() {
            return waits;
        }

        /** {@code file:line (class:name)}, the name column of debug.lock.prof.stats. */
        public String name() {
            return file + ":" + line + " (" + lockClass + ":" + lockName + ")";
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** How {@link #ranking} orders points. */
    public enum Ranking {
        /** By total wait time, most first (lockstat -C's "Adaptive mutex block" view). */
        WAIT_TIME,
        /** By contested acquisitions, most first (lockstat's default contention view). */
        CONTENTION,
        /** By total hold time, most first (lockstat -H). */
        HOLD_TIME
    }

    private final Mode mode;
    private final boolean skipSpin;

    private RunInfo info;
    private CompiledScenario scenario;
    private int types;
    /** Points by (site + 1) * types + lock type; null until first used. */
    private Point[] table;
    private final List<Point> points = new ArrayList<>();

    /* Per thread: the attempt in progress. */
    private long[] attemptAt;
    private boolean[] attemptContested;

    /* Per thread: a stack of open holds (parallel arrays, grown on demand). */
    private int[][] holdLock;
    private Point[][] holdPoint;
    private long[][] holdStart, holdWait;
    private boolean[][] holdContested, holdContestedDuring;
    private int[] holdDepth;

    /** A profiler recording every acquisition, spin mutexes included. */
    public LockProfiler() {
        this(Mode.ALL, false);
    }

    public LockProfiler(Mode mode) {
        this(mode, false);
    }

    /**
     * @param mode {@link Mode#CONTESTED} to record only contested acquisitions
     * @param skipSpin whether to leave spin mutexes out, as debug.lock.prof.skipspin does
     */
    public LockProfiler(Mode mode, boolean skipSpin) {
        this.mode = mode;
        this.skipSpin = skipSpin;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public void attached(RunInfo runInfo) {
        this.info = runInfo;
        this.scenario = runInfo.scenario();
        this.types = scenario.lockTypes.length;
        this.table = new Point[(scenario.sites.length + 1) * Math.max(1, types)];
        int n = runInfo.threads().size();
        attemptAt = new long[n];
        attemptContested = new boolean[n];
        holdLock = new int[n][4];
        holdPoint = new Point[n][4];
        holdStart = new long[n][4];
        holdWait = new long[n][4];
        holdContested = new boolean[n][4];
        holdContestedDuring = new boolean[n][4];
        holdDepth = new int[n];
    }

    @Override
    public void lockAttempt(long timeNs, int thread, int lock, int site) {
        attemptAt[thread] = timeNs;
        attemptContested[thread] = false;
    }

    @Override
    public void lockContended(long timeNs, int thread, int lock, int owner, int site) {
        attemptContested[thread] = true;
        // cnt_hold: the holds of this lock now open learn that someone waited for them.
        if (owner >= 0) {
            markContested(owner, lock);
        } else {
            for (int t = 0; t < holdDepth.length; t++) {
                markContested(t, lock);
            }
        }
    }

    private void markContested(int thread, int lock) {
        int[] locks = holdLock[thread];
        for (int i = holdDepth[thread] - 1; i >= 0; i--) {
            if (locks[i] == lock) {
                holdContestedDuring[thread][i] = true;
                return;
            }
        }
    }

    @Override
    public void lockAcquired(long timeNs, int thread, int lock, boolean shared, int site) {
        boolean contested = attemptContested[thread];
        attemptContested[thread] = false;
        if (mode == Mode.CONTESTED && !contested) {
            return;
        }
        int type = info.lockTypeOf()[lock];
        if (skipSpin && scenario.lockTypes[type].kind() == CompiledScenario.SPIN_MUTEX) {
            return;
        }
        Point p = point(site, type);
        int d = holdDepth[thread];
        if (d == holdLock[thread].length) {
            growHolds(thread);
        }
        holdLock[thread][d] = lock;
        holdPoint[thread][d] = p;
        holdStart[thread][d] = timeNs;
        holdWait[thread][d] = contested ? timeNs - attemptAt[thread] : 0;
        holdContested[thread][d] = contested;
        holdContestedDuring[thread][d] = false;
        holdDepth[thread] = d + 1;
    }

    @Override
    public void lockReleased(long timeNs, int thread, int lock, int site) {
        int[] locks = holdLock[thread];
        int d = holdDepth[thread];
        for (int i = d - 1; i >= 0; i--) {
            if (locks[i] != lock) {
                continue;
            }
            Point p = holdPoint[thread][i];
            long hold = timeNs - holdStart[thread][i];
            long wait = holdWait[thread][i];
            p.count++;
            p.totalHold += hold;
            p.maxHold = Math.max(p.maxHold, hold);
            p.totalWait += wait;
            p.maxWait = Math.max(p.maxWait, wait);
            if (holdContested[thread][i]) {
                p.contestLocking++;
            }
            if (holdContestedDuring[thread][i]) {
                p.contestHolding++;
            }
            p.holds.recordValue(hold);
            p.waits.recordValue(wait);
            removeHold(thread, i);
            return;
        }
        // Not found: the acquisition was not profiled (contested-only mode, skipspin, or before attach).
    }

    private void removeHold(int thread, int i) {
        int last = holdDepth[thread] - 1;
        if (i < last) {
            int n = last - i;
            System.arraycopy(holdLock[thread], i + 1, holdLock[thread], i, n);
            System.arraycopy(holdPoint[thread], i + 1, holdPoint[thread], i, n);
            System.arraycopy(holdStart[thread], i + 1, holdStart[thread], i, n);
            System.arraycopy(holdWait[thread], i + 1, holdWait[thread], i, n);
            System.arraycopy(holdContested[thread], i + 1, holdContested[thread], i, n);
            System.arraycopy(holdContestedDuring[thread], i + 1, holdContestedDuring[thread], i, n);
        }
        holdPoint[thread][last] = null;
        holdDepth[thread] = last;
    }

    private void growHolds(int thread) {
        int n = holdLock[thread].length * 2;
        holdLock[thread] = Arrays.copyOf(holdLock[thread], n);
        holdPoint[thread] = Arrays.copyOf(holdPoint[thread], n);
        holdStart[thread] = Arrays.copyOf(holdStart[thread], n);
        holdWait[thread] = Arrays.copyOf(holdWait[thread], n);
        holdContested[thread] = Arrays.copyOf(holdContested[thread], n);
        holdContestedDuring[thread] = Arrays.copyOf(holdContestedDuring[thread], n);
    }

    private Point point(int site, int type) {
        int k = (site + 1) * types + type;
        Point p = table[k];
        if (p == null) {
            String file;
            int line;
            if (site >= 0) {
                SiteInfo s = scenario.sites[site];
                file = s.file();
                line = s.line();
            } else {
                file = "(engine)";
                line = 0;
            }
            p = new Point(file, line, scenario.lockTypes[type].name(), LockNames.className(scenario.lockTypes[type]));
            table[k] = p;
            points.add(p);
        }
        return p;
    }

    /** The points recorded so far, in file, line, lock name order. */
    public List<Point> points() {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(Point::file).thenComparingInt(Point::line).thenComparing(Point::lockName));
        return sorted;
    }

    /** The points with at least one profiled acquisition, ordered as asked (ties by name). */
    public List<Point> ranking(Ranking by) {
        Comparator<Point> c = switch (by) {
        case WAIT_TIME -> Comparator.comparingLong(Point::totalWaitNs).reversed();
        case CONTENTION -> Comparator.comparingLong(Point::contestedLocking).reversed();
        case HOLD_TIME -> Comparator.comparingLong(Point::totalHoldNs).reversed();
        };
        List<Point> ranked = new ArrayList<>(points());
        ranked.removeIf(p -> p.count == 0);
        ranked.sort(c.thenComparing(Point::name));
        return ranked;
    }

    /**
     * The profile as {@code sysctl debug.lock.prof.stats} prints it (subr_lock.c of FreeBSD 8.x to main): a leading
     * newline, the header, one row per point; times in microseconds, truncated; cnt_hold as described above.
     */
    public String statsText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "\n%8s %9s %11s %11s %11s %6s %6s %2s %6s %s\n", "max", "wait_max",
                "total", "wait_total", "count", "avg", "wait_avg", "cnt_hold", "cnt_lock", "name"));
        for (Point p : points()) {
            if (p.count == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%8d %9d %11d %11d %11d %6d %6d %2d %6d %s:%d (%s:%s)\n",
                    p.maxHold / 1000, p.maxWait / 1000, p.totalHold / 1000, p.totalWait / 1000, p.count,
                    p.totalHold / (p.count * 1000), p.totalWait / (p.count * 1000), p.contestHolding,
                    p.contestLocking, p.file, p.line, p.lockClass, p.lockName));
        }
        return b.toString();
    }

    /** The profile as CSV (RFC 4180), one row per point, times in nanoseconds, with distribution percentiles. */
    public String csv() {
        StringBuilder b = new StringBuilder("file,line,lock,class,count,cnt_hold,cnt_lock,max_hold_ns,max_wait_ns,"
                + "total_hold_ns,total_wait_ns,avg_hold_ns,avg_wait_ns,hold_p50_ns,hold_p90_ns,hold_p99_ns,"
                + "wait_p50_ns,wait_p90_ns,wait_p99_ns\r\n");
        for (Point p : points()) {
            if (p.count == 0) {
                continue;
            }
            b.append(csvField(p.file)).append(',').append(p.line).append(',').append(csvField(p.lockName)).append(',')
                    .append(csvField(p.lockClass)).append(',').append(p.count).append(',').append(p.contestHolding)
                    .append(',').append(p.contestLocking).append(',').append(p.maxHold).append(',').append(p.maxWait)
                    .append(',').append(p.totalHold).append(',').append(p.totalWait).append(',')
                    .append(p.totalHold / p.count).append(',').append(p.totalWait / p.count).append(',')
                    .append(p.holds.getValueAtPercentile(50)).append(',').append(p.holds.getValueAtPercentile(90))
                    .append(',').append(p.holds.getValueAtPercentile(99)).append(',')
                    .append(p.waits.getValueAtPercentile(50)).append(',').append(p.waits.getValueAtPercentile(90))
                    .append(',').append(p.waits.getValueAtPercentile(99)).append("\r\n");
        }
        return b.toString();
    }

    /**
     * The profile as JSON: the mode, and per point its counts, times in ns, and each distribution as percentiles
     * and as HdrHistogram's logarithmic buckets ({@code [upper bound ns, count]} pairs, doubling from 1 us).
     */
    public String json() {
        StringBuilder b = new StringBuilder("{\n  \"mode\": ").append(Json.quote(mode.name().toLowerCase(Locale.ROOT)))
                .append(",\n  \"skipSpin\": ").append(skipSpin).append(",\n  \"points\": [");
        boolean first = true;
        for (Point p : points()) {
            if (p.count == 0) {
                continue;
            }
            b.append(first ? "\n" : ",\n");
            first = false;
            b.append("    {\"file\": ").append(Json.quote(p.file)).append(", \"line\": ").append(p.line)
                    .append(", \"lock\": ").append(Json.quote(p.lockName)).append(", \"class\": ")
                    .append(Json.quote(p.lockClass)).append(", \"count\": ").append(p.count)
                    .append(", \"cntHold\": ").append(p.contestHolding).append(", \"cntLock\": ")
                    .append(p.contestLocking).append(", \"maxHoldNs\": ").append(p.maxHold)
                    .append(", \"maxWaitNs\": ").append(p.maxWait).append(", \"totalHoldNs\": ").append(p.totalHold)
                    .append(", \"totalWaitNs\": ").append(p.totalWait).append(", \"avgHoldNs\": ")
                    .append(Json.number(p.avgHoldNs())).append(", \"avgWaitNs\": ").append(Json.number(p.avgWaitNs()))
                    .append(",\n     \"hold\": ");
            distribution(b, p.holds);
            b.append(",\n     \"wait\": ");
            distribution(b, p.waits);
            b.append('}');
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static void distribution(StringBuilder b, AbstractHistogram h) {
        b.append("{\"p50\": ").append(h.getValueAtPercentile(50)).append(", \"p90\": ")
                .append(h.getValueAtPercentile(90)).append(", \"p99\": ").append(h.getValueAtPercentile(99))
                .append(", \"p999\": ").append(h.getValueAtPercentile(99.9)).append(", \"max\": ")
                .append(h.getMaxValue()).append(", \"buckets\": [");
        boolean first = true;
        for (var v : h.logarithmicBucketValues(1000, 2.0)) {
            if (v.getCountAddedInThisIterationStep() == 0) {
                continue;
            }
            b.append(first ? "" : ", ").append('[').append(v.getValueIteratedTo()).append(", ")
                    .append(v.getCountAddedInThisIterationStep()).append(']');
            first = false;
        }
        b.append("]}");
    }

    /**
     * A lockstat(1)-style table of the top {@code limit} points: Count (contested acquisitions for
     * {@link Ranking#CONTENTION} and {@link Ranking#WAIT_TIME}, all for {@link Ranking#HOLD_TIME}), its share and
     * cumulative share, the mean wait (or hold) in ns, the lock and the acquisition point.
     */
    public String lockstatText(Ranking by, int limit) {
        List<Point> ranked = ranking(by);
        boolean hold = by == Ranking.HOLD_TIME;
        long events = 0;
        for (Point p : ranked) {
            events += hold ? p.count : p.contestLocking;
        }
        String title = switch (by) {
        case WAIT_TIME -> "Lock wait, by total wait time";
        case CONTENTION -> "Lock contention, by contested acquisitions";
        case HOLD_TIME -> "Lock hold, by total hold time";
        };
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: %d events%n%n", title, events));
        b.append(String.format(Locale.ROOT, "%5s %4s %4s %12s %-24s %s%n", "Count", "indv", "cuml", "nsec", "Lock",
                "Caller"));
        b.append("-".repeat(79)).append(String.format("%n"));
        long cumulative = 0;
        int shown = 0;
        for (Point p : ranked) {
            long count = hold ? p.count : p.contestLocking;
            long total = hold ? p.totalHold : p.totalWait;
            if (count == 0 || shown == limit) {
                continue;
            }
            shown++;
            cumulative += count;
            b.append(String.format(Locale.ROOT, "%5d %3d%% %3d%% %12d %-24s %s:%d%n", count,
                    Math.round(100.0 * count / events), Math.round(100.0 * cumulative / events), total / count,
                    p.lockName, p.file, p.line));
        }
        return b.toString();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
