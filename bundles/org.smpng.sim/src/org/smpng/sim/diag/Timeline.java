package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What each CPU did over virtual time, as schedgraph shows a KTR trace: per CPU a lane of state segments (the thread
 * it ran and whether in user mode, in the kernel, spinning on a lock, in an interrupt handler, or idle), and lock
 * events as marks (contended, acquired after contention, blocked, woken, handed off). Immutable: a
 * {@link TimelineRecorder} makes one with {@link TimelineRecorder#copy(long)} while its run goes on, and
 * {@code io.ktr.KtrDumpParser} rebuilds one from a {@code ktrdump -ct} file.
 *
 * <pre>{@code
 * TimelineRecorder rec = new TimelineRecorder();
 * Simulation.load(scenario, options, rec).run();
 * Timeline tl = rec.copy(endNs);
 * long[] ns = tl.stateTime(0, 0, tl.endNs());          // CPU 0's time per state
 * Timeline.IntervalSummary what = tl.summarize(1_000_000, 2_000_000);
 * }</pre>
 *
 * <pre>
 * Overview.
 *
 * Storage is columnar and chunked so that a run of millions of events stays compact and copies stay cheap: a lane is
 * a list of chunks of {@link #CHUNK} segments, each chunk parallel primitive arrays (start time, thread, state,
 * detail); a segment lasts until the next one starts (the last one until {@link #endNs()}). Only the newest chunk of
 * a lane is written to; a full chunk is sealed and never written again, so a copy shares the sealed chunks and
 * copies just the open one (and the array of chunk references, one per 4096 segments). Marks are stored the same way.
 *
 * Queries find a time by binary search (over the chunks' first start, then within the chunk). For zoomed-out
 * drawing each chunk also keeps, every {@link #BLOCK} segments, the lane's cumulative time per state up to that
 * segment; the time per state in any interval is then the difference of two cumulative values, each one binary
 * search plus at most {@link #BLOCK} segments. So a column of pixels costs O(log n + BLOCK) whatever it covers,
 * and drawing a lane costs O(columns), not O(segments) ({@link #columnShares}).
 * </pre>
 *
 * <p>Immutable; any thread.
 */
public final class Timeline {

    /** CPU states; the first five are {@link org.smpng.sim.SimResults}'s utilisation indices. */
    public static final int USER = 0, KERNEL = 1, SPIN = 2, INTR = 3, IDLE = 4,
            /** Busy with a thread, user and kernel time not told apart (a KTR trace does not tell them). */
            RUNNING = 5, STATES = 6;
    /** State names, as the live views name them ({@code Snapshots.CPU_*}), by state. */
    public static final List<String> STATE_NAMES = List.of("user", "kernel", "spin", "interrupt", "idle", "running");

    /** Lock event kinds. */
    public static final int CONTENDED = 0, ACQUIRED = 1, BLOCKED = 2, WOKEN = 3, HANDOFF = 4, MARK_KINDS = 5;
    /** What each kind of mark means, by kind. */
    public static final List<String> MARK_NAMES = List.of("contended", "acquired after contention",
            "blocked on lock", "woken by the owner", "released to a waiter");

    /** Segments (and marks) per chunk; a power of two. */
    public static final int CHUNK = 4096;
    /** Segments between two stored cumulative sums. */
    public static final int BLOCK = 16;
    static final int CHUNK_SHIFT = 12, BLOCKS = CHUNK / BLOCK;

    /**
     * The run's names: threads, locks and CPUs by index, interrupt sources by index, and acquisition sites by index
     * ({@code file:line}); {@code threadCount} is the number of modeled threads.
     */
    public record Names(List<String> threads, List<String> locks, List<String> cpus, List<String> interrupts,
            List<String> sites) {
        public Names {
            threads = List.copyOf(threads);
            locks = List.copyOf(locks);
            cpus = List.copyOf(cpus);
            interrupts = List.copyOf(interrupts);
            sites = List.copyOf(sites);
        }

        public String thread(int t) {
            return t < 0 ? "idle" : threads.get(t);
        }

        public String lock(int l) {
            return l < 0 ? "" : locks.get(l);
        }

        public String site(int s) {
            return s < 0 || s >= sites.size() ? "(engine)" : sites.get(s);
        }

        public String interrupt(int i) {
            return i < 0 || i >= interrupts.size() ? "" : interrupts.get(i);
        }
    }

    private final String source;
    private final Names names;
    private final Lane[] lanes;
    private final Marks[] marks;
    private final long endNs;
    private final boolean splitsUserKernel;

    Timeline(String source, Names names, Lane[] lanes, Marks[] marks, long endNs, boolean splitsUserKernel) {
        this.source = source;
        this.names = names;
        this.lanes = lanes;
        this.marks = marks;
        this.endNs = endNs;
        this.splitsUserKernel = splitsUserKernel;
    }

    /** Where the timeline comes from: the scenario's name, or the trace file. */
    public String source() {
        return source;
    }

    public Names names() {
        return names;
    }

    public int cpuCount() {
        return lanes.length;
    }

    /** The virtual time the timeline reaches (the run's time when it was copied, or a trace's last event). */
    public long endNs() {
        return endNs;
    }

    /** Whether user and kernel time are told apart (a run's recording), or both are {@link #RUNNING} (a trace). */
    public boolean splitsUserKernel() {
        return splitsUserKernel;
    }

    /** CPU {@code cpu}'s lane. */
    public Lane lane(int cpu) {
        return lanes[cpu];
    }

    /** The lock events logged on CPU {@code cpu} (the CPU of the thread that acted). */
    public Marks marks(int cpu) {
        return marks[cpu];
    }

    /** Segments over all lanes. */
    public long segmentCount() {
        long n = 0;
        for (Lane l : lanes) {
            n += l.size();
        }
        return n;
    }

    /** Lock events over all lanes. */
    public long markCount() {
        long n = 0;
        for (Marks m : marks) {
            n += m.size();
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Queries

    /** CPU {@code cpu}'s time per state (indexed by state) in [t0, t1). O(log n + BLOCK). */
    public long[] stateTime(int cpu, long t0, long t1) {
        long[] a = new long[STATES], b = new long[STATES];
        Lane l = lanes[cpu];
        l.cumulative(t0, a);
        l.cumulative(t1, b);
        for (int s = 0; s < STATES; s++) {
            b[s] -= a[s];
        }
        return b;
    }

    /**
     * The level-of-detail summary of CPU {@code cpu} for drawing: {@code columns} columns of {@code nsPerColumn}
     * from {@code t0}; element {@code column * STATES + state} is the share (0..1) of the column the CPU spent in
     * that state; a column outside the timeline is all zeros. Costs O(columns x (log n + BLOCK)) whatever the
     * number of segments the columns cover, or, zoomed in (at most two segments per column), one pass over the
     * visible segments.
     */
    public float[] columnShares(int cpu, long t0, double nsPerColumn, int columns) {
        float[] out = new float[columns * STATES];
        Lane l = lanes[cpu];
        long end = Math.min(endNs, t0 + (long) Math.ceil(columns * nsPerColumn));
        int i0 = Math.max(0, l.indexAt(t0)), i1 = l.indexAt(end);
        if (i1 < 0 || end <= t0) {
            return out;
        }
        if (i1 - i0 <= 2L * columns) {
            sweep(l, t0, end, nsPerColumn, columns, i0, i1, out);
            return out;
        }
        long[] prev = new long[STATES], next = new long[STATES];
        long from = t0;
        // Column boundaries only move forward, so each search gallops from the last one's segment: a few steps
        // in memory just read, instead of a binary search over the whole lane.
        int at = l.cumulative(from, prev, -1);
        for (int c = 0; c < columns; c++) {
            long to = t0 + (long) Math.ceil((c + 1) * nsPerColumn);
            at = l.cumulative(to, next, at);
            double width = to - from;
            if (width > 0) {
                for (int s = 0; s < STATES; s++) {
                    out[c * STATES + s] = (float) ((next[s] - prev[s]) / width);
                }
            }
            long[] swap = prev;
            prev = next;
            next = swap;
            from = to;
        }
        return out;
    }

    /**
     * Zoomed in (few segments per column): spreads segments i0..i1 over the columns they cover, in one pass.
     * Column c is [t0 + ceil(c x per), t0 + ceil((c + 1) x per)), as in the cumulative path.
     */
    private static void sweep(Lane l, long t0, long end, double per, int columns, int i0, int i1, float[] out) {
        double[] ns = new double[columns * STATES];
        for (int i = i0; i <= i1; i++) {
            long s = Math.max(t0, l.start(i)), e = Math.min(end, l.end(i));
            if (e <= s) {
                continue;
            }
            int state = l.state(i);
            int c = Math.min(columns - 1, (int) ((s - t0) / per));
            while (c > 0 && s < t0 + (long) Math.ceil(c * per)) {
                c--;
            }
            for (; c < columns; c++) {
                long cs = t0 + (long) Math.ceil(c * per), ce = t0 + (long) Math.ceil((c + 1) * per);
                if (cs >= e) {
                    break;
                }
                long overlap = Math.min(e, ce) - Math.max(s, cs);
                if (overlap > 0) {
                    ns[c * STATES + state] += overlap;
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            long cs = t0 + (long) Math.ceil(c * per), ce = t0 + (long) Math.ceil((c + 1) * per);
            if (ce > cs) {
                for (int s = 0; s < STATES; s++) {
                    out[c * STATES + s] = (float) (ns[c * STATES + s] / (ce - cs));
                }
            }
        }
    }

    /** The state with the largest share in {@code column} of a {@link #columnShares} result, or -1 if none. */
    public static int dominant(float[] shares, int column) {
        int best = -1;
        float max = 0;
        for (int s = 0; s < STATES; s++) {
            float v = shares[column * STATES + s];
            if (v > max) {
                max = v;
                best = s;
            }
        }
        return best;
    }

    /** A thread's CPU time in an interval, and its share of one CPU over the interval. */
    public record ThreadTime(String thread, long cpuNs, double share) {
    }

    /** A CPU's time per state in an interval (indexed by state), and its busy share (everything but idle). */
    public record CpuTime(String cpu, long[] stateNs, double busyShare) {
        public long ns(int state) {
            return stateNs[state];
        }
    }

    /** How often a lock was contended in an interval. */
    public record LockCount(String lock, long contentions) {
    }

    /**
     * What ran in [t0, t1): per thread its CPU time (most first; interrupt handlers run in interrupt context are
     * listed as {@code "intr: <source>"}), per CPU its time per state, the locks contended most, and the lock events
     * per kind.
     */
    public record IntervalSummary(long t0, long t1, List<ThreadTime> threads, List<CpuTime> cpus,
            List<LockCount> contended, long[] marksByKind) {
        public long lockEvents() {
            return Arrays.stream(marksByKind).sum();
        }

        public ThreadTime thread(String name) {
            return threads.stream().filter(t -> t.thread().equals(name)).findFirst().orElse(null);
        }
    }

    /** Summarizes [t0, t1) (clamped to the timeline). O(segments and marks in the interval + threads + locks). */
    public IntervalSummary summarize(long t0, long t1) {
        long from = Math.max(0, Math.min(t0, t1)), to = Math.min(endNs, Math.max(t0, t1));
        long span = Math.max(1, to - from);
        int threads = names.threads().size();
        long[] threadNs = new long[threads];
        long[] interruptNs = new long[names.interrupts().size()];
        List<CpuTime> cpus = new ArrayList<>();
        long[] contentions = new long[names.locks().size()];
        long[] byKind = new long[MARK_KINDS];
        for (int c = 0; c < lanes.length; c++) {
            Lane l = lanes[c];
            int i = Math.max(0, l.indexAt(from));
            for (; i < l.size() && l.start(i) < to; i++) {
                long s = Math.max(from, l.start(i)), e = Math.min(to, l.end(i));
                if (e <= s) {
                    continue;
                }
                int st = l.state(i);
                if (st == INTR && l.detail(i) >= 0 && l.detail(i) < interruptNs.length) {
                    interruptNs[l.detail(i)] += e - s;
                } else if (st != IDLE && l.thread(i) >= 0 && l.thread(i) < threads) {
                    threadNs[l.thread(i)] += e - s;
                }
            }
            long[] ns = stateTime(c, from, to);
            cpus.add(new CpuTime(names.cpus().get(c), ns, 1 - ns[IDLE] / (double) span));
            Marks m = marks[c];
            for (int k = Math.max(0, m.firstAtOrAfter(from)); k < m.size() && m.time(k) < to; k++) {
                byKind[m.kind(k)]++;
                if (m.kind(k) == CONTENDED && m.lock(k) >= 0) {
                    contentions[m.lock(k)]++;
                }
            }
        }
        List<ThreadTime> tt = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            if (threadNs[t] > 0) {
                tt.add(new ThreadTime(names.threads().get(t), threadNs[t], threadNs[t] / (double) span));
            }
        }
        for (int i = 0; i < interruptNs.length; i++) {
            if (interruptNs[i] > 0) {
                tt.add(new ThreadTime("intr: " + names.interrupts().get(i), interruptNs[i],
                        interruptNs[i] / (double) span));
            }
        }
        tt.sort(Comparator.comparingLong(ThreadTime::cpuNs).reversed().thenComparing(ThreadTime::thread));
        List<LockCount> locks = new ArrayList<>();
        for (int l = 0; l < contentions.length; l++) {
            if (contentions[l] > 0) {
                locks.add(new LockCount(names.locks().get(l), contentions[l]));
            }
        }
        locks.sort(Comparator.comparingLong(LockCount::contentions).reversed().thenComparing(LockCount::lock));
        return new IntervalSummary(from, to, List.copyOf(tt), List.copyOf(cpus), List.copyOf(locks), byKind);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Storage

    /**
     * One chunk of segments: parallel arrays; written only while it is a lane's open chunk. A copy of an open chunk
     * (the last chunk of a timeline) is only as long as its segments, so that copying a many-CPU run often stays
     * cheap; readers never index past a lane's size.
     */
    static final class SegmentChunk {
        final long[] start;
        final int[] thread;
        final byte[] state;
        final int[] detail;
        /** Per block b, the lane's time per state before segment b * BLOCK of this chunk: cum[b * STATES + s]. */
        final long[] cum;

        SegmentChunk() {
            this(CHUNK);
        }

        private SegmentChunk(int capacity) {
            start = new long[capacity];
            thread = new int[capacity];
            state = new byte[capacity];
            detail = new int[capacity];
            cum = new long[(capacity + BLOCK - 1) / BLOCK * STATES];
        }

        SegmentChunk copy(int n) {
            SegmentChunk c = new SegmentChunk(n);
            System.arraycopy(start, 0, c.start, 0, n);
            System.arraycopy(thread, 0, c.thread, 0, n);
            System.arraycopy(state, 0, c.state, 0, n);
            System.arraycopy(detail, 0, c.detail, 0, n);
            System.arraycopy(cum, 0, c.cum, 0, (n + BLOCK - 1) / BLOCK * STATES);
            return c;
        }
    }

    /**
     * A CPU's segments, in time order: segment i starts at {@link #start(int)} and lasts until the next one (the last
     * until the timeline's end); immutable.
     */
    public static final class Lane {
        private final SegmentChunk[] chunks;
        private final int size;
        private final long endNs;

        Lane(SegmentChunk[] chunks, int size, long endNs) {
            this.chunks = chunks;
            this.size = size;
            this.endNs = endNs;
        }

        public int size() {
            return size;
        }

        public long start(int i) {
            return chunks[i >>> CHUNK_SHIFT].start[i & (CHUNK - 1)];
        }

        /** When segment i ends: the next one's start, or the timeline's end. */
        public long end(int i) {
            return i + 1 < size ? start(i + 1) : Math.max(start(i), endNs);
        }

        /** The thread index, or -1 for the CPU's idle thread. */
        public int thread(int i) {
            return chunks[i >>> CHUNK_SHIFT].thread[i & (CHUNK - 1)];
        }

        public int state(int i) {
            return chunks[i >>> CHUNK_SHIFT].state[i & (CHUNK - 1)];
        }

        /** For {@link #SPIN} the lock spun on, for {@link #INTR} in interrupt context the source, else -1. */
        public int detail(int i) {
            return chunks[i >>> CHUNK_SHIFT].detail[i & (CHUNK - 1)];
        }

        /** The segment that covers time t: the last one starting at or before t, or -1 if t is before the first. */
        public int indexAt(long t) {
            if (size == 0 || t < chunks[0].start[0]) {
                return -1;
            }
            int lo = 0, hi = (size - 1) >>> CHUNK_SHIFT;
            while (lo < hi) { // the last chunk whose first start is <= t
                int mid = (lo + hi + 1) >>> 1;
                if (chunks[mid].start[0] <= t) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            int base = lo << CHUNK_SHIFT;
            int n = Math.min(CHUNK, size - base);
            long[] starts = chunks[lo].start;
            int a = 0, b = n - 1;
            while (a < b) {
                int mid = (a + b + 1) >>> 1;
                if (starts[mid] <= t) {
                    a = mid;
                } else {
                    b = mid - 1;
                }
            }
            return base + a;
        }

        /**
         * The segment covering t, searched forward from segment {@code from} (which must start at or before t; -1:
         * search the whole lane), galloping: O(log d) for a distance of d segments.
         */
        int indexAtFrom(long t, int from) {
            if (from < 0 || from >= size) {
                return indexAt(t);
            }
            int lo = from, step = 1;
            int hi = from + 1;
            while (hi < size && start(hi) <= t) {
                lo = hi;
                step <<= 1;
                hi = from + step;
            }
            hi = Math.min(hi, size); // start(lo) <= t < start(hi), or hi is the end
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (start(mid) <= t) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Adds to {@code out} (zeroed first) the lane's time per state before time t (clamped to the end). */
        void cumulative(long t, long[] out) {
            cumulative(t, out, -1);
        }

        /**
         * As {@link #cumulative(long, long[])}, searching forward from segment {@code hint} (see
         * {@link #indexAtFrom}); returns the segment covering t, or -1.
         */
        int cumulative(long t, long[] out, int hint) {
            Arrays.fill(out, 0);
            long at = Math.min(t, endNs);
            int i = indexAtFrom(at, hint);
            if (i < 0) {
                return i;
            }
            // A block never spans two chunks (CHUNK is a multiple of BLOCK), so the scan reads one chunk's arrays.
            SegmentChunk c = chunks[i >>> CHUNK_SHIFT];
            int k = i & (CHUNK - 1);
            int first = k - k % BLOCK;
            System.arraycopy(c.cum, first / BLOCK * STATES, out, 0, STATES);
            long[] starts = c.start;
            byte[] states = c.state;
            for (int j = first; j < k; j++) {
                out[states[j]] += starts[j + 1] - starts[j];
            }
            out[states[k]] += at - starts[k];
            return i;
        }
    }

    /** One chunk of marks; a copy of an open chunk is only as long as its marks (see {@link SegmentChunk}). */
    static final class MarkChunk {
        final long[] time;
        final byte[] kind;
        final int[] lock;
        final int[] thread;
        final int[] site;
        final int[] other;

        MarkChunk() {
            this(CHUNK);
        }

        private MarkChunk(int capacity) {
            time = new long[capacity];
            kind = new byte[capacity];
            lock = new int[capacity];
            thread = new int[capacity];
            site = new int[capacity];
            other = new int[capacity];
        }

        MarkChunk copy(int n) {
            MarkChunk c = new MarkChunk(n);
            System.arraycopy(time, 0, c.time, 0, n);
            System.arraycopy(kind, 0, c.kind, 0, n);
            System.arraycopy(lock, 0, c.lock, 0, n);
            System.arraycopy(thread, 0, c.thread, 0, n);
            System.arraycopy(site, 0, c.site, 0, n);
            System.arraycopy(other, 0, c.other, 0, n);
            return c;
        }
    }

    /** A CPU's lock events in time order; immutable. */
    public static final class Marks {
        private final MarkChunk[] chunks;
        private final int size;

        Marks(MarkChunk[] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        public int size() {
            return size;
        }

        public long time(int i) {
            return chunks[i >>> CHUNK_SHIFT].time[i & (CHUNK - 1)];
        }

        public int kind(int i) {
            return chunks[i >>> CHUNK_SHIFT].kind[i & (CHUNK - 1)];
        }

        public int lock(int i) {
            return chunks[i >>> CHUNK_SHIFT].lock[i & (CHUNK - 1)];
        }

        /** The thread that acted (the contender, the releaser for a handoff, the woken thread). */
        public int thread(int i) {
            return chunks[i >>> CHUNK_SHIFT].thread[i & (CHUNK - 1)];
        }

        public int site(int i) {
            return chunks[i >>> CHUNK_SHIFT].site[i & (CHUNK - 1)];
        }

        /** The other thread: the owner found by a contention, the waker of a woken thread; else -1. */
        public int other(int i) {
            return chunks[i >>> CHUNK_SHIFT].other[i & (CHUNK - 1)];
        }

        /** The first mark at or after time t ({@link #size()} if none). */
        public int firstAtOrAfter(long t) {
            int lo = 0, hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (time(mid) < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** What mark i says, for a tooltip. */
        public String describe(int i, Names names) {
            int k = kind(i);
            String who = names.thread(thread(i));
            String lock = names.lock(lock(i));
            String at = String.format(java.util.Locale.ROOT, "%.3f ms", time(i) / 1e6);
            return switch (k) {
            case CONTENDED -> who + " found " + lock + " held" + (other(i) >= 0 ? " by " + names.thread(other(i))
                    : " shared") + " at " + names.site(site(i)) + " (" + at + ")";
            case ACQUIRED -> who + " acquired " + lock + " after contention at " + names.site(site(i)) + " (" + at
                    + ")";
            case BLOCKED -> who + " blocked on " + lock + " (" + at + ")";
            case WOKEN -> who + " woken" + (other(i) >= 0 ? " by " + names.thread(other(i)) : "") + ", " + lock
                    + " is free (" + at + ")";
            case HANDOFF -> who + " released " + lock + " with waiters at " + names.site(site(i)) + " (" + at + ")";
            default -> MARK_NAMES.get(k);
            };
        }
    }

    /**
     * Appends segments to one lane; the open chunk is the only one written. Locking key: one writer thread (the
     * engine's baton holder, or a parser), and {@link #lane} is called by the same writer's controlling thread
     * between events (never concurrently with {@link #append}).
     */
    static final class SegmentWriter {
        private final List<SegmentChunk> sealed = new ArrayList<>();
        private SegmentChunk open = new SegmentChunk();
        private int openSize;
        private int size;
        private final long[] totals = new long[STATES];

        int size() {
            return size;
        }

        /**
         * Starts a segment at t (not before the last one's start). A segment starting at the same time as the last
         * replaces it (a zero-length stretch is not kept); one equal to the last is not added. Two equal neighbours
         * remain only where a chunk begins (a same-time replacement there cannot reach back into the sealed chunk).
         */
        void append(long t, int thread, int state, int detail) {
            if (size > 0) {
                int last = openSize - 1;
                long lastStart = open.start[last];
                if (open.thread[last] == thread && open.state[last] == state && open.detail[last] == detail) {
                    return;
                }
                if (t <= lastStart) {
                    open.thread[last] = thread;
                    open.state[last] = (byte) state;
                    open.detail[last] = detail;
                    if (last > 0 && open.thread[last - 1] == thread && open.state[last - 1] == state
                            && open.detail[last - 1] == detail) {
                        // The replacement equals the segment before it: merge them. If the removed segment began a
                        // block, the next append begins it again and stores the corrected sums. A chunk's first
                        // segment is never merged into the sealed chunk before it, which must not change.
                        totals[open.state[last - 1]] -= lastStart - open.start[last - 1];
                        openSize--;
                        size--;
                    }
                    return;
                }
                totals[open.state[last]] += t - lastStart;
            }
            if (openSize == CHUNK) {
                sealed.add(open);
                open = new SegmentChunk();
                openSize = 0;
            }
            if (openSize % BLOCK == 0) {
                System.arraycopy(totals, 0, open.cum, openSize / BLOCK * STATES, STATES);
            }
            open.start[openSize] = t;
            open.thread[openSize] = thread;
            open.state[openSize] = (byte) state;
            open.detail[openSize] = detail;
            openSize++;
            size++;
        }

        /** An immutable lane of what was appended, ending at endNs: shares the sealed chunks, copies the open one. */
        Lane lane(long endNs) {
            SegmentChunk[] chunks = sealed.toArray(new SegmentChunk[sealed.size() + 1]);
            chunks[sealed.size()] = open.copy(openSize);
            return new Lane(chunks, size, endNs);
        }
    }

    /** Appends marks to one lane; the same locking key as {@link SegmentWriter}. */
    static final class MarkWriter {
        private final List<MarkChunk> sealed = new ArrayList<>();
        private MarkChunk open = new MarkChunk();
        private int openSize;
        private int size;

        void append(long t, int kind, int lock, int thread, int site, int other) {
            if (openSize == CHUNK) {
                sealed.add(open);
                open = new MarkChunk();
                openSize = 0;
            }
            open.time[openSize] = t;
            open.kind[openSize] = (byte) kind;
            open.lock[openSize] = lock;
            open.thread[openSize] = thread;
            open.site[openSize] = site;
            open.other[openSize] = other;
            openSize++;
            size++;
        }

        Marks marks() {
            MarkChunk[] chunks = sealed.toArray(new MarkChunk[sealed.size() + 1]);
            chunks[sealed.size()] = open.copy(openSize);
            return new Marks(chunks, size);
        }
    }

    /**
     * Builds timelines from segments and marks appended in time order per CPU, for recorders and parsers; not
     * thread-safe (one writer, which also takes the copies).
     */
    public static final class Builder {
        private final String source;
        private final Names names;
        private final SegmentWriter[] lanes;
        private final MarkWriter[] marks;
        private final boolean splitsUserKernel;

        public Builder(String source, Names names, boolean splitsUserKernel) {
            this.source = source;
            this.names = names;
            this.splitsUserKernel = splitsUserKernel;
            int cpus = names.cpus().size();
            lanes = new SegmentWriter[cpus];
            marks = new MarkWriter[cpus];
            for (int c = 0; c < cpus; c++) {
                lanes[c] = new SegmentWriter();
                marks[c] = new MarkWriter();
            }
        }

        public Names names() {
            return names;
        }

        /** CPU {@code cpu} runs {@code thread} (-1: idle) in {@code state} from time t on. */
        public void segment(int cpu, long t, int thread, int state, int detail) {
            lanes[cpu].append(t, thread, state, detail);
        }

        /** A lock event logged on CPU {@code cpu}. */
        public void mark(int cpu, long t, int kind, int lock, int thread, int site, int other) {
            marks[cpu].append(t, kind, lock, thread, site, other);
        }

        /** An immutable timeline of everything so far, reaching {@code endNs}. O(open chunks). */
        public Timeline build(long endNs) {
            Lane[] l = new Lane[lanes.length];
            Marks[] m = new Marks[marks.length];
            for (int c = 0; c < lanes.length; c++) {
                l[c] = lanes[c].lane(endNs);
                m[c] = marks[c].marks();
            }
            return new Timeline(source, names, l, m, endNs, splitsUserKernel);
        }
    }
}
