package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.IntCountsHistogram;
import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The latency distributions of a run, as HdrHistograms of nanoseconds: interrupt latency (assertion to handler
 * start) per handler kind, ithread, fast and filter, as the results split it, and the wait of contended lock
 * acquisitions (from lockContended to the same thread's lockAcquired of that lock). Copies are percentile
 * distributions, the way HdrHistogram plots latency: where the tail is is the point.
 *
 * <p>Locking key: (b) the engine's baton for every field (the engine calls the observer on one thread at a time);
 * {@link #copy} is called by the thread that controls the engine while the engine does not run, and returns an
 * immutable {@link Copy} that shares nothing with the observer.
 */
public final class LatencyDistributions implements SimObserver {

    /** The series names, in the order a copy lists them: the handler kinds, then lock waits. */
    public static final List<String> SERIES = List.of("ithread", "fast", "filter", "lock wait");

    /** The index of lock waits in {@link #SERIES}. */
    private static final int LOCK_WAIT = 3;

    /** HdrHistogram precision: 2 significant digits, as LOCK_PROFILING's distributions. */
    private static final int DIGITS = 2;

    private final AbstractHistogram[] histograms = new AbstractHistogram[SERIES.size()]; // (b)
    private long[] waitingSince = new long[0]; // (b) per thread: when its contended attempt began, or -1
    private int[] waitingFor = new int[0]; // (b) per thread: the lock it waits for

    public LatencyDistributions() {
        for (int i = 0; i < histograms.length; i++) {
            histograms[i] = new IntCountsHistogram(DIGITS);
        }
    }

    /** One point of a percentile distribution: {@code percentile} (0..100) of the samples took at most valueNs. */
    public record Percentile(double percentile, long valueNs) {
    }

    /** One series' distribution: its name, sample count and percentile points (ascending), none without samples. */
    public record Distribution(String name, long count, long maxNs, List<Percentile> points) {
        public Distribution {
            points = List.copyOf(points);
        }
    }

    /** The distributions of every series in {@link #SERIES} order. */
    public record Copy(long nowNs, List<Distribution> distributions) {
        public Copy {
            distributions = List.copyOf(distributions);
        }

        /** The distribution named {@code name} (one of {@link LatencyDistributions#SERIES}). */
        public Distribution distribution(String name) {
            return distributions.get(SERIES.indexOf(name));
        }
    }

    @Override
    public void attached(RunInfo info) {
        waitingSince = new long[info.threads().size()];
        Arrays.fill(waitingSince, -1);
        waitingFor = new int[info.threads().size()];
    }

    @Override
    public void interruptHandlerStarted(long timeNs, int source, int cpu, int kind, long latencyNs) {
        int series = switch (kind) {
        case CompiledScenario.HANDLER_FAST -> 1;
        case CompiledScenario.HANDLER_FILTER -> 2;
        default -> 0;
        };
        histograms[series].recordValue(Math.max(0, latencyNs));
    }

    @Override
    public void lockContended(long timeNs, int thread, int lock, int owner, int site) {
        if (thread >= 0 && thread < waitingSince.length) {
            waitingSince[thread] = timeNs;
            waitingFor[thread] = lock;
        }
    }

    @Override
    public void lockAcquired(long timeNs, int thread, int lock, boolean shared, int site) {
        if (thread >= 0 && thread < waitingSince.length && waitingSince[thread] >= 0 && waitingFor[thread] == lock) {
            histograms[LOCK_WAIT].recordValue(Math.max(0, timeNs - waitingSince[thread]));
            waitingSince[thread] = -1;
        }
    }

    /**
     * Called by the thread that controls the engine, while the engine does not run: every series' percentile
     * distribution so far (waits still in progress are not in it), sharing nothing with this observer.
     */
    public Copy copy(long nowNs) {
        List<Distribution> all = new ArrayList<>();
        for (int i = 0; i < histograms.length; i++) {
            all.add(distribution(SERIES.get(i), histograms[i]));
        }
        return new Copy(nowNs, all);
    }

    /**
     * The percentile distribution of {@code h}: HdrHistogram's percentile iteration (5 points per halving of the
     * distance to 100%), ending at the maximum at 100%.
     */
    static Distribution distribution(String name, AbstractHistogram h) {
        List<Percentile> points = new ArrayList<>();
        if (h.getTotalCount() > 0) {
            for (HistogramIterationValue v : h.percentiles(5)) {
                double p = v.getPercentileLevelIteratedTo();
                long value = h.highestEquivalentValue(v.getValueIteratedTo());
                points.add(new Percentile(p, Math.min(value, h.getMaxValue())));
                if (p >= 100) {
                    break;
                }
            }
        }
        return new Distribution(name, h.getTotalCount(), h.getTotalCount() == 0 ? 0 : h.getMaxValue(), points);
    }
}
