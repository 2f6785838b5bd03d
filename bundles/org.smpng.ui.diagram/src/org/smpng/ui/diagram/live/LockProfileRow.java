package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.smpng.sim.diag.LockProfiler;
import org.smpng.sim.diag.LogBuckets;
import org.smpng.sim.diag.LockProfiler.Point;

/**
 * One acquisition point of the live run's LOCK_PROFILING, copied out of the {@link LockProfiler} so the UI thread
 * never reads the profiler the engine writes: lock (type) name and class, the site, the counts, hold and wait times
 * and the 50th and 99th percentiles of their distributions, and the distributions themselves as power-of-two
 * microsecond buckets ({@link LogBuckets}) for the view's histograms. Times in nanoseconds. Properties shows a
 * selected row as the Lock Profile view's columns.
 *
 * @param lockName the lock's type name (lo_name), as the Lock Graph names it
 * @param lockClass "sleep mutex", "spin mutex", "sx" or "lockmgr"
 * @param site {@code file:line} of the acquisition
 * @param count acquisitions whose hold ended
 * @param contested acquisitions that found the lock held by another thread (cnt_lock)
 * @param holdBuckets the hold times' histogram; its counts sum to {@code count}
 * @param waitBuckets the wait times' histogram (uncontested acquisitions wait 0); its counts sum to {@code count}
 */
public record LockProfileRow(String lockName, String lockClass, String site, long count, long contested,
        long totalHoldNs, long maxHoldNs, double avgHoldNs, long totalWaitNs, long maxWaitNs, double avgWaitNs,
        long holdP50Ns, long holdP99Ns, long waitP50Ns, long waitP99Ns, List<LogBuckets.Bucket> holdBuckets,
        List<LogBuckets.Bucket> waitBuckets) implements IAdaptable {

    public LockProfileRow {
        holdBuckets = List.copyOf(holdBuckets);
        waitBuckets = List.copyOf(waitBuckets);
    }

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
                    p.waitHistogram().getValueAtPercentile(99), LogBuckets.of(p.holdHistogram()),
                    LogBuckets.of(p.waitHistogram())));
        }
        return List.copyOf(rows);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == IPropertySource.class ? adapter.cast(new Properties(this)) : null;
    }

    /** The row's columns as read-only properties, in the view's column order. */
    private record Properties(LockProfileRow row) implements IPropertySource {
        @Override
        public Object getEditableValue() {
            return this;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<String> titles = LockProfileView.titles();
            IPropertyDescriptor[] d = new IPropertyDescriptor[titles.size()];
            for (int i = 0; i < d.length; i++) {
                PropertyDescriptor p = new PropertyDescriptor(i, titles.get(i));
                p.setCategory("Lock profile of " + row.lockName() + " @ " + row.site());
                d[i] = p;
            }
            return d;
        }

        @Override
        public Object getPropertyValue(Object id) {
            return LockProfileView.cellText(row, (Integer) id);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
            // Read-only: the profile is what the run measured.
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            // Read-only: the profile is what the run measured.
        }
    }
}
