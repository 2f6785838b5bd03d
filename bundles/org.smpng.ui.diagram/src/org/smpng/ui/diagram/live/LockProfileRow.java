package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.List;

import org.smpng.sim.diag.LockProfiler;
import org.smpng.sim.diag.LockProfiler.Point;

/**
 * One acquisition point of the live run's LOCK_PROFILING, copied out of the {@link LockProfiler} so the UI thread
 * never reads the profiler the engine writes: lock (type) name and class, the site, the counts, hold and wait times
 * and the 50th and 99th percentiles of their distributions. Times in nanoseconds.
 *
 * @param lockName the lock's type name (lo_name), as the Lock Graph names it
 * @param lockClass "sleep mutex", "spin mutex", "sx" or "lockmgr"
 * @param site {@code file:line} of the acquisition
 * @param count acquisitions whose hold ended
 * @param contested acquisitions that found the lock held by another thread (cnt_lock)
 */
public record LockProfileRow(String lockName, String lockClass, String site, long count, long contested,
        long totalHoldNs, long maxHoldNs, double avgHoldNs, long totalWaitNs, long maxWaitNs, double avgWaitNs,
        long holdP50Ns, long holdP99Ns, long waitP50Ns, long waitP99Ns) {

    /**
     * The points of {@code profiler} with at least one ended hold, in its order (file, line, lock name). Must run on
     * the thread that controls the engine, while the engine is between runs (the profiler's locking key).
     */
    public static List<LockProfileRow> of(LockProfiler profiler) {
        List<LockProfileRow> rows = new ArrayList<>();
        for (Point p : profiler.points()) {
            if (p.count() == 0) {
                continue;
            }
            rows.add(new LockProfileRow(p.lockName(), p.lockClass(), p.file() + ":" + p.line(), p.count(),
                    p.contestedLocking(), p.totalHoldNs(), p.maxHoldNs(), p.avgHoldNs(), p.totalWaitNs(),
                    p.maxWaitNs(), p.avgWaitNs(), p.holdHistogram().getValueAtPercentile(50),
                    p.holdHistogram().getValueAtPercentile(99), p.waitHistogram().getValueAtPercentile(50),
                    p.waitHistogram().getValueAtPercentile(99)));
        }
        return List.copyOf(rows);
    }
}
