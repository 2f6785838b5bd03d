package org.smpng.sim.diag;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes KTR entries as a Chrome trace (the JSON "Trace Event Format" that Perfetto and chrome://tracing open),
 * streaming: each entry becomes its events as it arrives, so the trace never has to fit in memory.
 *
 * <ul>
 * <li>Each modeled thread is a track (pid = its process, tid = its index + 1) with one slice per scheduler state:
 * running, runnable (runq add), spinning, blocked, sleep, iwait, yielding; slices follow each other without gaps, so
 * they nest trivially.</li>
 * <li>A "CPUs" process has one track per CPU, with a slice per thread it runs and "idle" in between.</li>
 * <li>A "locks" process has one async track per lock, a slice per hold (named after the lock, args: holder, site).
 * A lock handed from its releasing thread to a thread that was waiting for it is a flow arrow (ph "s" on the
 * releaser's track, "f" on the acquirer's): the lock's path from thread to thread.</li>
 * <li>Instants for contests, wakeups, priority changes and lends, interrupts and syscalls; a counter for the run
 * queue's length.</li>
 * </ul>
 * Times are microseconds with nanosecond decimals ("displayTimeUnit": "ns"). Entries lost from the rings (a ring
 * trace) are reported in "otherData".
 *
 * <p>Locking key: not thread-safe; one producer (the engine's observer calls, then the controller).
 */
public final class ChromeTraceWriter implements KtrConsumer {

    private static final int KERNEL_PID = 1, CPU_PID = 2, LOCK_PID = 3, FIRST_PROCESS_PID = 10;

    private final Writer out;
    private KtrFormatter format;
    private boolean first = true;
    private long events;
    private long lastTime;

    /* Per thread (modeled threads only): pid, open state slice name (null: none). */
    private int[] pid;
    private String[] openState;
    private boolean[] contested;
    /* Per CPU: whether a slice is open on its track. */
    private boolean[] cpuOpen;
    /* Per lock: pending flow id from its last release (0: none) and the releaser; open holds per (lock, thread). */
    private long[] pendingFlow;
    private int[] releaser;
    private long flowSeq;

    /** Writes to {@code out}, which the caller closes. */
    public ChromeTraceWriter(Writer out) {
        this.out = out;
    }

    /** Trace events written so far. */
    public long events() {
        return events;
    }

    @Override
    public void begin(KtrFormatter f) throws IOException {
        this.format = f;
        int n = f.threadCount();
        pid = new int[n];
        openState = new String[n];
        contested = new boolean[n];
        cpuOpen = new boolean[f.cpuCount()];
        int locks = f.runInfo().locks().size();
        pendingFlow = new long[locks];
        releaser = new int[locks];
        out.write("{\"displayTimeUnit\": \"ns\", \"traceEvents\": [\n");
        meta("process_name", KERNEL_PID, 0, "kernel");
        meta("process_name", CPU_PID, 0, "CPUs");
        meta("process_name", LOCK_PID, 0, "locks");
        java.util.List<String> processes = new java.util.ArrayList<>();
        for (int t = 0; t < n; t++) {
            String name = f.threadName(t);
            int slash = name.indexOf('/');
            if (slash > 0) {
                String proc = name.substring(0, slash);
                int k = processes.indexOf(proc);
                if (k < 0) {
                    processes.add(proc);
                    k = processes.size() - 1;
                    meta("process_name", FIRST_PROCESS_PID + k, 0, proc);
                }
                pid[t] = FIRST_PROCESS_PID + k;
            } else {
                pid[t] = KERNEL_PID;
            }
            meta("thread_name", pid[t], t + 1, name);
        }
        for (int c = 0; c < f.cpuCount(); c++) {
            meta("thread_name", CPU_PID, c + 1, "cpu" + c);
        }
    }

    private void meta(String what, int p, int tid, String name) throws IOException {
        event("{\"name\": \"" + what + "\", \"ph\": \"M\", \"pid\": " + p + ", \"tid\": " + tid
                + ", \"args\": {\"name\": " + Json.quote(name) + "}}");
    }

    private void event(String json) throws IOException {
        out.write(first ? "  " : ",\n  ");
        out.write(json);
        first = false;
        events++;
    }

    private static String ts(long ns) {
        return String.format(Locale.ROOT, "%d.%03d", ns / 1000, ns % 1000);
    }

    private String where(int thread) {
        return "\"pid\": " + pid[thread] + ", \"tid\": " + (thread + 1);
    }

    /** Ends the thread's open state slice and opens one named {@code state}. */
    private void state(long t, int thread, String state, String args) throws IOException {
        if (thread >= pid.length) {
            return; // idle threads: shown on the CPU tracks
        }
        if (openState[thread] != null) {
            event("{\"ph\": \"E\", \"ts\": " + ts(t) + ", " + where(thread) + "}");
        }
        openState[thread] = state;
        event("{\"name\": " + Json.quote(state) + ", \"cat\": \"sched\", \"ph\": \"B\", \"ts\": " + ts(t) + ", "
                + where(thread) + (args == null ? "" : ", \"args\": {" + args + "}") + "}");
    }

    private void instant(long t, int thread, String name, String args) throws IOException {
        if (thread >= pid.length) {
            return;
        }
        event("{\"name\": " + Json.quote(name) + ", \"cat\": \"sched\", \"ph\": \"i\", \"s\": \"t\", \"ts\": "
                + ts(t) + ", " + where(thread) + (args == null ? "" : ", \"args\": {" + args + "}") + "}");
    }

    @Override
    public void entry(long seq, long t, int cpu, int type, int a, int b, int c, long d) throws IOException {
        lastTime = Math.max(lastTime, t);
        switch (type) {
        case Ktr.EV_STATE -> {
            if (a >= pid.length) {
                cpuSlice(t, a - pid.length, b == Ktr.S_RUNNING ? "idle" : null);
            } else {
                if (b == Ktr.S_RUNNING) {
                    cpuSlice(t, cpu, format.threadName(a));
                }
                String w = b == Ktr.S_RUNNING || b == Ktr.S_IDLE ? null
                        : d >= 0 ? "\"lock\": " + Json.quote(format.lockName((int) d)) : null;
                state(t, a, Ktr.STATE_NAMES[b], "\"prio\": " + c + ", \"cpu\": " + cpu + (w == null ? "" : ", " + w));
            }
        }
        case Ktr.EV_RUNQ_ADD -> state(t, a, "runnable", "\"prio\": " + b);
        case Ktr.EV_RUNQ_REM -> instant(t, a, "runq rem", "\"prio\": " + b);
        case Ktr.EV_LOAD -> event("{\"name\": \"run queue\", \"ph\": \"C\", \"ts\": " + ts(t) + ", \"pid\": "
                + KERNEL_PID + ", \"args\": {\"threads\": " + a + "}}");
        case Ktr.EV_WOKEUP -> instant(t, a, "wakeup " + format.threadName(b), null);
        case Ktr.EV_PRIO -> instant(t, a, "prio", "\"prio\": " + b + ", \"new prio\": " + c);
        case Ktr.EV_LEND -> instant(t, a, "lend prio", "\"prio\": " + b + ", \"new prio\": " + c + ", \"from\": "
                + Json.quote(format.threadName((int) d)));
        case Ktr.EV_LOCK_CONTEST -> {
            contested[b] = true;
            instant(t, b, "contest " + format.lockName(a), "\"site\": " + Json.quote(format.site(c)));
        }
        case Ktr.EV_LOCK_ACQUIRE -> {
            String id = "\"" + a + "." + b + "\"";
            event("{\"name\": " + Json.quote(format.lockName(a)) + ", \"cat\": \"lock\", \"ph\": \"b\", \"id\": " + id
                    + ", \"ts\": " + ts(t) + ", \"pid\": " + LOCK_PID + ", \"tid\": 0, \"args\": {\"holder\": "
                    + Json.quote(format.threadName(b)) + ", \"site\": " + Json.quote(format.site(c)) + "}}");
            if (pendingFlow[a] != 0 && releaser[a] != b && contested[b]) {
                event("{\"name\": " + Json.quote(format.lockName(a)) + ", \"cat\": \"lock\", \"ph\": \"f\", \"bp\": "
                        + "\"e\", \"id\": " + pendingFlow[a] + ", \"ts\": " + ts(t) + ", " + where(b) + "}");
            }
            pendingFlow[a] = 0;
            contested[b] = false;
        }
        case Ktr.EV_LOCK_RELEASE -> {
            String id = "\"" + a + "." + b + "\"";
            event("{\"name\": " + Json.quote(format.lockName(a)) + ", \"cat\": \"lock\", \"ph\": \"e\", \"id\": " + id
                    + ", \"ts\": " + ts(t) + ", \"pid\": " + LOCK_PID + ", \"tid\": 0}");
            long flow = ++flowSeq;
            pendingFlow[a] = flow;
            releaser[a] = b;
            event("{\"name\": " + Json.quote(format.lockName(a)) + ", \"cat\": \"lock\", \"ph\": \"s\", \"id\": " + flow
                    + ", \"ts\": " + ts(t) + ", " + where(b) + "}");
        }
        case Ktr.EV_INTR -> instant(t, b, "interrupt " + format.interruptName(a), null);
        case Ktr.EV_SWITCH -> {
            // The CPU tracks come from the running states; a switch adds nothing more.
        }
        case Ktr.EV_SYSCALL -> instant(t, a, "syscall " + format.operationName(b), "\"latencyNs\": " + d);
        default -> throw new IOException("unknown KTR entry type " + type);
        }
    }

    /** Ends the CPU track's open slice and opens one named {@code name} (null: none). */
    private void cpuSlice(long t, int cpu, String name) throws IOException {
        if (cpuOpen[cpu]) {
            event("{\"ph\": \"E\", \"ts\": " + ts(t) + ", \"pid\": " + CPU_PID + ", \"tid\": " + (cpu + 1) + "}");
        }
        cpuOpen[cpu] = name != null;
        if (name != null) {
            event("{\"name\": " + Json.quote(name) + ", \"cat\": \"cpu\", \"ph\": \"B\", \"ts\": " + ts(t)
                    + ", \"pid\": " + CPU_PID + ", \"tid\": " + (cpu + 1) + "}");
        }
    }

    @Override
    public void end(long[] lost) throws IOException {
        for (int t = 0; t < openState.length; t++) {
            if (openState[t] != null) {
                event("{\"ph\": \"E\", \"ts\": " + ts(lastTime) + ", " + where(t) + "}");
                openState[t] = null;
            }
        }
        for (int c = 0; c < cpuOpen.length; c++) {
            if (cpuOpen[c]) {
                event("{\"ph\": \"E\", \"ts\": " + ts(lastTime) + ", \"pid\": " + CPU_PID + ", \"tid\": " + (c + 1)
                        + "}");
                cpuOpen[c] = false;
            }
        }
        out.write("\n], \"otherData\": {\"lostEntries\": " + Arrays.stream(lost).sum() + ", \"lostPerCpu\": "
                + Arrays.toString(lost) + "}}\n");
        out.flush();
    }

    @Override
    public void close() {
        // Nothing of its own to release: the caller owns the writer.
    }
}
