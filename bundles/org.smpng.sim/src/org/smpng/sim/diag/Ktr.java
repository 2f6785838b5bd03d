package org.smpng.sim.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

import org.smpng.sim.SimObserver;

/**
 * KTR, the kernel's event trace, for a simulated run: a ring of entries per CPU, a mask of event classes, and a
 * count of the entries lost when a ring wraps. After the run, {@link #dump(KtrConsumer)} hands the surviving entries
 * to a writer; or, with a consumer given at construction, every entry is streamed to it as the rings fill (the way
 * FreeBSD's KTR_ALQ writes the buffer to a file), so nothing is lost and a long run needs only the rings' memory.
 *
 * <pre>{@code
 * Ktr ktr = new Ktr(Ktr.KTR_SCHED | Ktr.KTR_LOCK, 1024);
 * Simulation.load(scenario, options, ktr).run();
 * try (KtrDumpWriter w = new KtrDumpWriter(Files.newBufferedWriter(file))) {
 *     ktr.dump(w);                        // ktrdump -ct, newest first, with KTRGRAPH records
 * }
 * }</pre>
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/kern_ktr.c and sys/ktr.h. Each CPU has a ring of {@code entries} slots; logging an entry takes
 * the CPU's next slot, overwriting the oldest when the ring is full (counted in {@link #lost()}). An entry is the
 * virtual time, a global sequence number (ties in time keep the order events happened in), the CPU, an event type
 * and its arguments (thread, lock, site, priority ids); the text is made only when the trace is written, by
 * {@link KtrFormatter}, as the kernel's ktr_desc format is applied by ktrdump. Which CPU logs an event: the CPU the
 * acting thread is on (the waker for wakeups, the thread itself otherwise), or the CPU it last ran on.
 *
 * Event classes and what each logs, as KTRGRAPH records schedgraph.py reads (see {@link KtrFormatter}):
 *   KTR_SCHED  thread states per CPU (running, idle, spinning, blocked, sleep, iwait, yielding), runq add and
 *              runq rem, the run queue's length ("global load", one queue as in sched_4bsd), prio, lend prio and
 *              wokeup points;
 *   KTR_LOCK   lock acquire, lock contest and lock release points, one event source per lock;
 *   KTR_INTR   an interrupt scheduling its interrupt thread;
 *   KTR_PROC   mi_switch (the context switch, old thread to new) and a thread's return from a syscall.
 * The thread-state bookkeeping runs whatever the mask, so that enabling a class mid-run would still log true states.
 * </pre>
 *
 * <p>Locking key: the engine calls observers from one thread at a time (its baton holder), so no field needs a lock
 * during the run; {@link #dump}, {@link #close()} and the accessors are for the controlling thread after the run.
 */
public final class Ktr implements SimObserver, AutoCloseable {

    /** Event classes, with FreeBSD's values from sys/ktr_class.h. */
    public static final int KTR_LOCK = 0x00000008, KTR_INTR = 0x00000200, KTR_PROC = 0x00001000,
            KTR_SCHED = 0x20000000;
    /** Every class this trace logs. */
    public static final int KTR_ALL = KTR_LOCK | KTR_INTR | KTR_PROC | KTR_SCHED;
    /** FreeBSD's default KTR_ENTRIES (per CPU here). */
    public static final int DEFAULT_ENTRIES = 1024;

    /* Entry types. */
    static final int EV_STATE = 1, EV_RUNQ_ADD = 2, EV_RUNQ_REM = 3, EV_LOAD = 4, EV_WOKEUP = 5, EV_PRIO = 6,
            EV_LEND = 7, EV_LOCK_ACQUIRE = 8, EV_LOCK_CONTEST = 9, EV_LOCK_RELEASE = 10, EV_INTR = 11,
            EV_SWITCH = 12, EV_SYSCALL = 13;
    /* Thread states (KTDSTATE and sched_switch's "running"/"idle", kern_mutex's "spinning"). */
    static final int S_RUNNING = 0, S_IDLE = 1, S_SLEEP = 2, S_BLOCKED = 3, S_IWAIT = 4, S_YIELDING = 5,
            S_SPINNING = 6;
    static final String[] STATE_NAMES = { "running", "idle", "sleep", "blocked", "iwait", "yielding", "spinning" };

    private final int mask;
    private final int entries;
    private final KtrConsumer stream;

    private KtrFormatter format;
    private long seq;

    /* The rings, one per CPU: parallel arrays, head = oldest slot, count = slots in use. */
    private long[][] rTime, rSeq, rD;
    private int[][] rType, rA, rB, rC;
    private int[] head, count;
    private long[] lost;
    private boolean streamBegun, closed;

    /* Thread bookkeeping (by thread index). */
    private int[] cpuOf, lastCpu, prio, lastWaker, lendPending, pendingState, ithreadSource;
    private long[] pendingWait;
    private boolean[] inRunq, spinning;
    private int runqLength;

    /** A ring trace: the newest {@code entries} entries per CPU survive; older ones are counted as lost. */
    public Ktr(int mask, int entries) {
        this(mask, entries, null);
    }

    /**
     * A streaming trace: entries go to {@code stream} whenever a ring fills and at {@link #close()}, so none is lost;
     * {@code entries} is then the size of each CPU's buffer.
     */
    public Ktr(int mask, int entries, KtrConsumer stream) {
        if (entries < 1) {
            throw new IllegalArgumentException("KTR needs at least one entry per CPU, not " + entries);
        }
        if ((mask & ~KTR_ALL) != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "KTR mask 0x%x has classes this trace does not log (0x%x); it logs lock, sched, intr and proc",
                    mask, mask & ~KTR_ALL));
        }
        this.mask = mask;
        this.entries = entries;
        this.stream = stream;
    }

    /**
     * Parses a mask: class names (lock, sched, intr, proc, all; with or without the KTR_ prefix, any case) separated
     * by commas or '|', or a number (0x20000008, as {@code debug.ktr.mask} takes it).
     */
    public static int parseMask(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty KTR mask; give classes such as sched,lock or a number");
        }
        if (Character.isDigit(t.charAt(0))) {
            long v;
            try {
                v = t.startsWith("0x") || t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("KTR mask '" + text + "' is not a number such as 0x20000008");
            }
            if (v < 0 || v > 0xffffffffL || (v & ~(KTR_ALL & 0xffffffffL)) != 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "KTR mask '%s' has classes this"
                        + " trace does not log; use KTR_LOCK 0x8, KTR_INTR 0x200, KTR_PROC 0x1000, KTR_SCHED"
                        + " 0x20000000", text));
            }
            return (int) v;
        }
        int m = 0;
        for (String part : t.split("[,|]")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("ktr_")) {
                p = p.substring(4);
            }
            m |= switch (p) {
            case "lock" -> KTR_LOCK;
            case "sched" -> KTR_SCHED;
            case "intr" -> KTR_INTR;
            case "proc" -> KTR_PROC;
            case "all" -> KTR_ALL;
            default -> throw new IllegalArgumentException("unknown KTR class '" + part.trim()
                    + "'; use lock, sched, intr, proc or all");
            };
        }
        return m;
    }

    public int mask() {
        return mask;
    }

    public int entriesPerCpu() {
        return entries;
    }

    /** Entries lost so far when a ring wrapped, per CPU index (always zeros when streaming). */
    public long[] lost() {
        return lost == null ? new long[0] : lost.clone();
    }

    public long totalLost() {
        return lost == null ? 0 : Arrays.stream(lost).sum();
    }

    /** Entries logged so far (surviving or lost). */
    public long logged() {
        return seq;
    }

    /** Entries held in the rings now: never more than CPUs x entries, however long the run. */
    public int buffered() {
        return count == null ? 0 : Arrays.stream(count).sum();
    }

    /** The run's names, for writers; null before the run starts. */
    public KtrFormatter formatter() {
        return format;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The rings

    private void log(int cpu, long timeNs, int type, int a, int b, int c, long d) {
        int n = entries;
        if (count[cpu] == n) {
            if (stream != null) {
                drainToStream();
            } else {
                head[cpu] = (head[cpu] + 1) % n;
                count[cpu]--;
                lost[cpu]++;
            }
        }
        int slot = (head[cpu] + count[cpu]) % n;
        rTime[cpu][slot] = timeNs;
        rSeq[cpu][slot] = seq++;
        rType[cpu][slot] = type;
        rA[cpu][slot] = a;
        rB[cpu][slot] = b;
        rC[cpu][slot] = c;
        rD[cpu][slot] = d;
        count[cpu]++;
    }

    /** Hands every buffered entry, merged across CPUs in sequence order, to {@code out}; empties the rings if asked. */
    private void merge(KtrConsumer out, boolean consume) throws IOException {
        int cpus = count.length;
        int[] taken = new int[cpus];
        for (;;) {
            int best = -1;
            long bestSeq = Long.MAX_VALUE;
            for (int c = 0; c < cpus; c++) {
                if (taken[c] < count[c]) {
                    long s = rSeq[c][(head[c] + taken[c]) % entries];
                    if (s < bestSeq) {
                        bestSeq = s;
                        best = c;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            int slot = (head[best] + taken[best]) % entries;
            taken[best]++;
            out.entry(rSeq[best][slot], rTime[best][slot], best, rType[best][slot], rA[best][slot], rB[best][slot],
                    rC[best][slot], rD[best][slot]);
        }
        if (consume) {
            Arrays.fill(head, 0);
            Arrays.fill(count, 0);
        }
    }

    private void drainToStream() {
        try {
            if (!streamBegun) {
                streamBegun = true;
                stream.begin(format);
            }
            merge(stream, true);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the KTR stream failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the entries the rings hold (oldest first) to {@code out}, then ends it with the loss counts; the rings
     * keep their entries. For a ring trace after (or during a pause of) the run; controller thread.
     */
    public void dump(KtrConsumer out) throws IOException {
        if (stream != null) {
            throw new IllegalStateException("a streaming KTR writes to its stream; close() it instead");
        }
        if (format == null) {
            throw new IllegalStateException("the run has not started: nothing was traced");
        }
        out.begin(format);
        merge(out, false);
        out.end(lost.clone());
    }

    /** For a streaming trace, writes what the rings still hold and ends and closes the stream. Idempotent. */
    @Override
    public void close() throws IOException {
        if (stream == null || closed) {
            return;
        }
        closed = true;
        try {
            if (format != null) {
                if (!streamBegun) {
                    streamBegun = true;
                    stream.begin(format);
                }
                merge(stream, true);
                stream.end(lost.clone());
            }
        } finally {
            stream.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The observer

    @Override
    public void attached(RunInfo info) {
        format = new KtrFormatter(info);
        int cpus = Math.max(1, info.cpus().size());
        rTime = new long[cpus][entries];
        rSeq = new long[cpus][entries];
        rD = new long[cpus][entries];
        rType = new int[cpus][entries];
        rA = new int[cpus][entries];
        rB = new int[cpus][entries];
        rC = new int[cpus][entries];
        head = new int[cpus];
        count = new int[cpus];
        lost = new long[cpus];
        int n = info.threads().size();
        cpuOf = new int[n];
        lastCpu = new int[n];
        prio = new int[n];
        lastWaker = new int[n];
        lendPending = new int[n];
        pendingState = new int[n];
        pendingWait = new long[n];
        inRunq = new boolean[n];
        spinning = new boolean[n];
        Arrays.fill(cpuOf, -1);
        Arrays.fill(lastCpu, -1);
        Arrays.fill(prio, -1);
        Arrays.fill(lastWaker, -1);
        Arrays.fill(lendPending, -1);
        Arrays.fill(pendingState, -1);
        ithreadSource = format.ithreadSources();
    }

    private boolean on(int cls) {
        return (mask & cls) != 0;
    }

    /** The CPU a thread's event is logged on: where it runs, else where it last ran, else CPU 0. */
    private int cpuFor(int thread) {
        if (thread < 0) {
            return 0;
        }
        int c = cpuOf[thread];
        return c >= 0 ? c : Math.max(0, lastCpu[thread]);
    }

    private void state(long t, int cpu, int thread, int state, long what) {
        if (on(KTR_SCHED)) {
            log(cpu, t, EV_STATE, thread, state, prio[thread], what);
        }
    }

    @Override
    public void lockContended(long t, int thread, int lock, int owner, int site) {
        int cpu = cpuFor(thread);
        if (on(KTR_LOCK)) {
            log(cpu, t, EV_LOCK_CONTEST, lock, thread, site, owner);
        }
        if (format.lockSpins(lock)) { // kern_mutex.c logs "spinning"; sx and lockmgr waiters go to sleep at once
            spinning[thread] = true;
            state(t, cpu, thread, S_SPINNING, lock);
        }
    }

    @Override
    public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
        int cpu = cpuFor(thread);
        if (on(KTR_LOCK)) {
            log(cpu, t, EV_LOCK_ACQUIRE, lock, thread, site, shared ? 1 : 0);
        }
        if (spinning[thread]) {
            spinning[thread] = false;
            if (cpuOf[thread] >= 0) {
                state(t, cpu, thread, S_RUNNING, -1);
            }
        }
    }

    @Override
    public void lockReleased(long t, int thread, int lock, int site) {
        if (on(KTR_LOCK)) {
            log(cpuFor(thread), t, EV_LOCK_RELEASE, lock, thread, site, 0);
        }
    }

    @Override
    public void threadBlocked(long t, int thread, int lock, int channel) {
        spinning[thread] = false;
        boolean turnstile = lock >= 0 && channel < 0 && format.lockPropagates(lock);
        pendingState[thread] = turnstile ? S_BLOCKED : S_SLEEP;
        // What it waits for: the lock (lockname), or the wait channel (wmesg) encoded below -1.
        pendingWait[thread] = lock >= 0 ? lock : channel >= 0 ? -2 - channel : -1;
    }

    @Override
    public void threadWoken(long t, int thread, int waker) {
        lastWaker[thread] = waker;
        pendingState[thread] = -1;
        if (waker >= 0 && on(KTR_SCHED)) {
            log(cpuFor(waker), t, EV_WOKEUP, waker, thread, 0, 0);
        }
        if (waker < 0 && ithreadSource[thread] >= 0 && on(KTR_INTR)) {
            log(cpuFor(thread), t, EV_INTR, ithreadSource[thread], thread, 0, 0);
        }
    }

    @Override
    public void priorityPropagated(long t, int from, int owner, int priority) {
        if (on(KTR_SCHED)) {
            log(cpuFor(from), t, EV_LEND, owner, prio[owner], priority, from);
        }
        lendPending[owner] = priority;
    }

    @Override
    public void priorityChanged(long t, int thread, int priority) {
        int cpu = cpuFor(thread);
        if (lendPending[thread] != priority && on(KTR_SCHED)) {
            log(cpu, t, EV_PRIO, thread, prio[thread], priority, 0);
        }
        lendPending[thread] = -1;
        if (inRunq[thread] && on(KTR_SCHED)) {
            // sched_prio() of a queued thread: sched_rem() and sched_add() at the new priority.
            log(cpu, t, EV_RUNQ_REM, thread, prio[thread], 0, 0);
            log(cpu, t, EV_RUNQ_ADD, thread, priority, -1, 0);
        }
        prio[thread] = priority;
    }

    @Override
    public void contextSwitch(long t, int cpu, int from, int to) {
        if (on(KTR_PROC)) {
            log(cpu, t, EV_SWITCH, cpu, from, to, 0);
        }
        if (from >= 0) {
            int s = pendingState[from];
            if (s >= 0) {
                state(t, cpu, from, s, pendingWait[from]);
            } else if (!inRunq[from]) {
                state(t, cpu, from, ithreadSource[from] >= 0 ? S_IWAIT : S_YIELDING, -1);
            }
            pendingState[from] = -1;
            spinning[from] = false;
            cpuOf[from] = -1;
        } else if (on(KTR_SCHED)) {
            log(cpu, t, EV_STATE, format.idleThread(cpu), S_IDLE, KtrFormatter.IDLE_PRIORITY, -1);
        }
        if (to >= 0) {
            if (inRunq[to]) {
                inRunq[to] = false;
                runqLength--;
                if (on(KTR_SCHED)) {
                    log(cpu, t, EV_LOAD, runqLength, 0, 0, 0);
                }
            }
            cpuOf[to] = cpu;
            lastCpu[to] = cpu;
            state(t, cpu, to, S_RUNNING, -1);
        } else if (on(KTR_SCHED)) {
            log(cpu, t, EV_STATE, format.idleThread(cpu), S_RUNNING, KtrFormatter.IDLE_PRIORITY, -1);
        }
    }

    @Override
    public void enqueued(long t, int thread, int priority) {
        prio[thread] = priority;
        int waker = lastWaker[thread];
        lastWaker[thread] = -1;
        int cpu = waker >= 0 ? cpuFor(waker) : cpuFor(thread);
        if (!inRunq[thread]) {
            inRunq[thread] = true;
            runqLength++;
        }
        if (on(KTR_SCHED)) {
            log(cpu, t, EV_RUNQ_ADD, thread, priority, waker, 0);
            log(cpu, t, EV_LOAD, runqLength, 0, 0, 0);
        }
    }

    @Override
    public void operationCompleted(long t, int thread, int operation, long latencyNs) {
        if (on(KTR_PROC)) {
            log(cpuFor(thread), t, EV_SYSCALL, thread, operation, 0, latencyNs);
        }
    }
}
