package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.smpng.sim.SimObserver;

/**
 * Giant over virtual time: per time bucket, how long Giant was held and how many of its acquisitions found it held,
 * the two shares {@link org.smpng.sim.SimResults} reports for a whole run ({@code giantHeldShare},
 * {@code giantContendedShare}) split so that a chart can show when Giant was the bottleneck. Summed over the buckets
 * the shares equal the results' shares at the same virtual time, because this observer counts exactly what the
 * engine counts: a hold from lockAcquired to lockReleased of Giant's instance, an acquisition at lockAcquired, a
 * contention at lockContended.
 *
 * <p>Locking key: (b) the engine's baton for every field (the engine calls the observer on one thread at a time);
 * {@link #copy} is called by the thread that controls the engine while the engine does not run, and returns an
 * immutable {@link Copy} that shares nothing with the observer.
 */
public final class GiantTimeline implements SimObserver {

    /** The number of buckets a whole run is split into, about: enough for a chart, few enough to copy often. */
    static final int BUCKETS_PER_RUN = 200;

    private int giantLock = -1; // (b) Giant's lock instance, or -1 when the scenario has no Giant
    private long bucketNs = 1; // (b) set by attached()
    private long[] heldNs = new long[0]; // (b) per bucket
    private long[] acquisitions = new long[0]; // (b)
    private long[] contendedAcquisitions = new long[0]; // (b) acquisitions that had found Giant held
    private boolean[] contending = new boolean[0]; // (b) per thread: its pending acquisition of Giant was contended
    private long contentions; // (b) all contentions, counted when they happen (as the engine counts them)
    private long heldSince = -1; // (b) when the current hold began, or -1 when Giant is free

    /**
     * One bucket of virtual time {@code [startNs, endNs)}; the last one of a copy may end early (at the copy's time).
     * {@code contended} counts the bucket's acquisitions that had found Giant held (so never more than
     * {@code acquisitions}, unlike contentions counted when they happen, which a long wait moves to an earlier
     * bucket).
     */
    public record Bucket(long startNs, long endNs, long heldNs, long acquisitions, long contended) {
        /** The fraction of the bucket Giant was held. */
        public double heldShare() {
            return endNs <= startNs ? 0 : heldNs / (double) (endNs - startNs);
        }

        /** The fraction of the bucket's acquisitions of Giant that found it held (0 without acquisitions). */
        public double contendedShare() {
            return acquisitions == 0 ? 0 : contended / (double) acquisitions;
        }
    }

    /**
     * What the timeline gathered up to {@code nowNs}: the buckets from time 0 (none when the scenario has no Giant,
     * {@code hasGiant} false) and the totals: {@code contentions}, every acquisition attempt that found Giant held
     * (waits still in progress included, as the results count them).
     */
    public record Copy(boolean hasGiant, long bucketNs, long nowNs, List<Bucket> buckets, long contentions) {
        public Copy {
            buckets = List.copyOf(buckets);
        }

        /** The fraction of the run up to {@link #nowNs} Giant was held: SimResults' giantHeldShare. */
        public double heldShare() {
            return buckets.stream().mapToLong(Bucket::heldNs).sum() / (double) Math.max(1, nowNs);
        }

        /** The fraction of all acquisitions of Giant that found it held: SimResults' giantContendedShare. */
        public double contendedShare() {
            long acquired = buckets.stream().mapToLong(Bucket::acquisitions).sum();
            return acquired == 0 ? 0 : contentions / (double) acquired;
        }
    }

    @Override
    public void attached(RunInfo info) {
        int giantType = info.scenario().giant;
        for (int lock = 0; lock < info.lockTypeOf().length && giantType >= 0; lock++) {
            if (info.lockTypeOf()[lock] == giantType) {
                giantLock = lock; // Giant has one instance: the engine's Giant is the type's first.
                break;
            }
        }
        bucketNs = bucketFor(info.scenario().settings.durationNs());
        int n = (int) Math.min(Integer.MAX_VALUE - 8, info.scenario().settings.durationNs() / bucketNs + 1);
        heldNs = new long[n];
        acquisitions = new long[n];
        contendedAcquisitions = new long[n];
        contending = new boolean[info.threads().size()];
    }

    /**
     * The bucket width for a run of {@code durationNs}: about 1/{@value #BUCKETS_PER_RUN} of it, rounded up to 1, 2
     * or 5 times a power of ten nanoseconds so that the chart's and the CSV's times read as round numbers.
     */
    static long bucketFor(long durationNs) {
        long raw = Math.max(1, (durationNs + BUCKETS_PER_RUN - 1) / BUCKETS_PER_RUN);
        for (long decade = 1;; decade *= 10) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * decade >= raw) {
                    return step * decade;
                }
            }
        }
    }

    @Override
    public void lockContended(long timeNs, int thread, int lock, int owner, int site) {
        if (lock == giantLock) {
            contentions++;
            contending[thread] = true;
        }
    }

    @Override
    public void lockAcquired(long timeNs, int thread, int lock, boolean shared, int site) {
        if (lock == giantLock) {
            int b = bucket(timeNs);
            acquisitions[b]++;
            if (contending[thread]) {
                contendedAcquisitions[b]++;
                contending[thread] = false;
            }
            heldSince = timeNs;
        }
    }

    @Override
    public void lockReleased(long timeNs, int thread, int lock, int site) {
        if (lock == giantLock && heldSince >= 0) {
            addHeld(heldSince, timeNs);
            heldSince = -1;
        }
    }

    /** The index of the bucket holding {@code timeNs}, growing the arrays if a run goes past its duration. */
    private int bucket(long timeNs) {
        int b = (int) (timeNs / bucketNs);
        if (b >= heldNs.length) {
            int n = Math.max(b + 1, heldNs.length * 2);
            heldNs = Arrays.copyOf(heldNs, n);
            acquisitions = Arrays.copyOf(acquisitions, n);
            contendedAcquisitions = Arrays.copyOf(contendedAcquisitions, n);
        }
        return b;
    }

    /** Adds the hold {@code [from, to)} to the buckets it spans, each getting the part that falls in it. */
    private void addHeld(long from, long to) {
        bucket(to); // grows the arrays first
        long t = from;
        while (t < to) {
            int b = (int) (t / bucketNs);
            long end = Math.min(to, (b + 1) * bucketNs);
            heldNs[b] += end - t;
            t = end;
        }
    }

    /**
     * Called by the thread that controls the engine, while the engine does not run: the buckets up to {@code nowNs}
     * (a hold still in progress counted up to it), sharing nothing with this observer.
     */
    public Copy copy(long nowNs) {
        if (giantLock < 0) {
            return new Copy(false, bucketNs, nowNs, List.of(), 0);
        }
        long[] held = heldNs.clone();
        if (heldSince >= 0 && nowNs > heldSince) {
            int last = (int) ((nowNs - 1) / bucketNs);
            if (last >= held.length) {
                held = Arrays.copyOf(held, last + 1);
            }
            for (long t = heldSince; t < nowNs;) {
                int b = (int) (t / bucketNs);
                long end = Math.min(nowNs, (b + 1) * bucketNs);
                held[b] += end - t;
                t = end;
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        int n = (int) ((Math.max(1, nowNs) + bucketNs - 1) / bucketNs);
        for (int b = 0; b < n; b++) {
            long start = b * bucketNs;
            long end = Math.min(nowNs, start + bucketNs);
            long acquired = count(acquisitions, b), contended = count(contendedAcquisitions, b);
            if (b == n - 1) {
                // Events at exactly nowNs fall in the bucket after the last one shown: count them in the last.
                for (int later = n; later < acquisitions.length; later++) {
                    acquired += acquisitions[later];
                    contended += contendedAcquisitions[later];
                }
            }
            buckets.add(new Bucket(start, end, count(held, b), acquired, contended));
        }
        return new Copy(true, bucketNs, nowNs, buckets, contentions);
    }

    private static long count(long[] perBucket, int b) {
        return b < perBucket.length ? perBucket[b] : 0;
    }
}
