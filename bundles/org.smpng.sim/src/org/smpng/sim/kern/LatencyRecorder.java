package org.smpng.sim.kern;

/**
 * A small log-linear histogram of latencies in nanoseconds: exact count, mean and maximum, and percentiles within
 * 1/32 (about 3%) of the true value. Values below 64 ns are counted exactly; above, each power of two is split into
 * 32 equal buckets. Fixed size (2 KB of counters) whatever the run length, and deterministic.
 *
 * <p>Locking key: (b) the engine's baton for every field; results are read between runs.
 */
public final class LatencyRecorder {

    private static final int SUB_BITS = 5, SUB = 1 << SUB_BITS, EXACT = 2 * SUB;
    private final long[] counts = new long[EXACT + (64 - SUB_BITS - 1) * SUB];
    private long count, sum, max;

    /** Records one latency (negative values count as 0). */
    public void record(long ns) {
        long v = Math.max(0, ns);
        count++;
        sum += v;
        max = Math.max(max, v);
        counts[bucket(v)]++;
    }

    private static int bucket(long v) {
        if (v < EXACT) {
            return (int) v;
        }
        int exp = 63 - Long.numberOfLeadingZeros(v); // >= SUB_BITS + 1
        int sub = (int) (v >>> (exp - SUB_BITS)) & (SUB - 1);
        return EXACT + (exp - SUB_BITS - 1) * SUB + sub;
    }

    /** The largest value of a bucket. */
    private static long highest(int b) {
        if (b < EXACT) {
            return b;
        }
        int exp = (b - EXACT) / SUB + SUB_BITS + 1;
        int sub = (b - EXACT) % SUB;
        return (1L << exp) + ((long) (sub + 1) << (exp - SUB_BITS)) - 1;
    }

    public long count() {
        return count;
    }

    public double mean() {
        return count == 0 ? 0 : sum / (double) count;
    }

    public long max() {
        return max;
    }

    /**
     * The latency that {@code fraction} (0..1) of the samples do not exceed, as the upper edge of its bucket (so
     * never below the true percentile) and never above the maximum; 0 when nothing was recorded.
     */
    public long percentile(double fraction) {
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * count));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return Math.min(max, highest(b));
            }
        }
        return max;
    }

    /** {@return the recorded latencies as the results report them, for handler kind {@code kind}} */
    public org.smpng.sim.SimResults.LatencyResult result(String kind) {
        return new org.smpng.sim.SimResults.LatencyResult(kind, count(), mean(), percentile(0.5), percentile(0.9),
                percentile(0.99), max());
    }
}
