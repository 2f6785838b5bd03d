package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A histogram of nanoseconds as power-of-two buckets of microseconds, for bar charts and tables: the first bucket
 * is {@code [0, 1 us)}, then {@code [1, 2 us)}, {@code [2, 4 us)} and so on up to the bucket of the largest value.
 * Every recorded value is counted in exactly one bucket, so the counts sum to the histogram's total count.
 */
public final class LogBuckets {

    /** The first bucket's upper bound: 1 us. */
    static final long FIRST_NS = 1000;

    /** One bucket, {@code [lowNs, highNs)}, and how many values fell in it. */
    public record Bucket(long lowNs, long highNs, long count) {
    }

    private LogBuckets() {
    }

    /**
     * The buckets of {@code histogram} from the first up to the last non-empty one (none when it is empty). The
     * caller must be the only thread using the histogram while this runs.
     */
    public static List<Bucket> of(AbstractHistogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return List.of();
        }
        List<Long> counts = new ArrayList<>();
        for (HistogramIterationValue v : histogram.recordedValues()) {
            // Each recorded value stands for its HdrHistogram equivalence range; its lowest value picks the bucket.
            int b = index(histogram.lowestEquivalentValue(v.getValueIteratedTo()));
            while (counts.size() <= b) {
                counts.add(0L);
            }
            counts.set(b, counts.get(b) + v.getCountAtValueIteratedTo());
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < counts.size(); b++) {
            buckets.add(new Bucket(low(b), low(b + 1), counts.get(b)));
        }
        return List.copyOf(buckets);
    }

    /** The bucket of {@code ns}: 0 below 1 us, k for {@code [2^(k-1), 2^k) us}. */
    static int index(long ns) {
        if (ns < FIRST_NS) {
            return 0;
        }
        return 64 - Long.numberOfLeadingZeros(ns / FIRST_NS);
    }

    /** The lower bound of bucket {@code b}. */
    static long low(int b) {
        return b == 0 ? 0 : FIRST_NS << (b - 1);
    }

    /** A short label for a bucket's range, e.g. "<1 µs", "2-4 µs", "1.0-2.0 ms". */
    public static String label(Bucket bucket) {
        long low = bucket.lowNs(), high = bucket.highNs();
        if (high <= 1_000_000L) {
            return (low == 0 ? "<" : low / 1000 + "-") + high / 1000 + " µs";
        }
        return String.format(java.util.Locale.ROOT, "%.1f-%.1f ms", low / 1e6, high / 1e6);
    }
}
