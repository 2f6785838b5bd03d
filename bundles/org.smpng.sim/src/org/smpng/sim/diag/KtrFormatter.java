package org.smpng.sim.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.smpng.sim.SimObserver.RunInfo;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.InterruptInfo;

/**
 * Turns KTR entries into the text the kernel's KTR format strings would give: KTRGRAPH records as sys/ktr.h's
 * KTR_STATE, KTR_COUNTER and KTR_POINT macros spell them, which FreeBSD's tools/sched/schedgraph.py parses:
 *
 * <pre>
 * KTRGRAPH group:"thread", id:"proc/reader#0 tid 100000", state:"running", attributes: prio:120
 * KTRGRAPH group:"thread", id:"proc/reader#0 tid 100000", state:"blocked", attributes: prio:120, wmesg:"", lockname:"filedesc structure"
 * KTRGRAPH group:"load", id:"global load", counter:2, attributes: none
 * KTRGRAPH group:"lock", id:"Giant", point:"lock contest", attributes: linkedto:"proc/reader#0 tid 100000", ...
 * </pre>
 *
 * Thread event sources are named as sched_tdname() names them, {@code "<name> tid <tid>"}, with tids from 100000 as
 * FreeBSD numbers them; each CPU's idle thread is {@code "idle: cpuN"}. Names never contain a double quote (one is
 * replaced by a single quote), since schedgraph's quoted strings have no escapes.
 *
 * <p>Immutable after construction; any thread.
 */
public final class KtrFormatter {

    /** The idle threads' priority (PRI_MAX_IDLE). */
    static final int IDLE_PRIORITY = 255;
    /** FreeBSD's first thread id (PID_MAX + 1). */
    static final int FIRST_TID = 100000;

    private final RunInfo info;
    private final CompiledScenario scenario;
    private final String[] threadIds;
    private final String[] lockNames;
    private final boolean[] lockPropagates;
    private final boolean[] lockSpins;
    private final int[] ithreadSource;
    private final int threads;

    KtrFormatter(RunInfo info) {
        this.info = info;
        this.scenario = info.scenario();
        threads = info.threads().size();
        int cpus = info.cpus().size();
        threadIds = new String[threads + cpus];
        for (int i = 0; i < threads; i++) {
            threadIds[i] = clean(info.threads().get(i)) + " tid " + (FIRST_TID + i);
        }
        for (int c = 0; c < cpus; c++) {
            threadIds[threads + c] = "idle: cpu" + c + " tid " + (FIRST_TID + threads + c);
        }
        lockNames = info.locks().stream().map(KtrFormatter::clean).toArray(String[]::new);
        lockPropagates = new boolean[lockNames.length];
        lockSpins = new boolean[lockNames.length];
        for (int l = 0; l < lockNames.length; l++) {
            var type = scenario.lockTypes[info.lockTypeOf()[l]];
            lockPropagates[l] = LockNames.propagatesPriority(type);
            lockSpins[l] = type.kind() == CompiledScenario.SPIN_MUTEX || type.kind() == CompiledScenario.SLEEP_MUTEX;
        }
        ithreadSource = new int[threads];
        Arrays.fill(ithreadSource, -1);
        InterruptInfo[] irqs = scenario.interrupts;
        // The engine creates one interrupt thread per source after the user threads, named by the source.
        for (int i = 0; i < irqs.length; i++) {
            int t = threads - irqs.length + i;
            if (t >= 0 && info.threads().get(t).equals(irqs[i].threadName())) {
                ithreadSource[t] = i;
            }
        }
    }

    private static String clean(String s) {
        return s.replace('"', '\'');
    }

    public RunInfo runInfo() {
        return info;
    }

    /** Modeled threads (idle threads come after them, one per CPU). */
    public int threadCount() {
        return threads;
    }

    public int cpuCount() {
        return info.cpus().size();
    }

    /** The pseudo thread index of a CPU's idle thread. */
    int idleThread(int cpu) {
        return threads + cpu;
    }

    /** sched_tdname(): the event source name of a thread (or idle thread) index. */
    public String threadId(int thread) {
        return threadIds[thread];
    }

    /** The display name of a thread index (without the tid). */
    public String threadName(int thread) {
        return thread < threads ? info.threads().get(thread) : "idle: cpu" + (thread - threads);
    }

    public String lockName(int lock) {
        return lockNames[lock];
    }

    boolean lockPropagates(int lock) {
        return lockPropagates[lock];
    }

    /** Whether a contender spins for the lock (spin mutexes; sleep mutexes adaptively) rather than sleeping at once. */
    boolean lockSpins(int lock) {
        return lockSpins[lock];
    }

    /** Per thread, the interrupt source its interrupt thread serves, or -1. */
    int[] ithreadSources() {
        return ithreadSource.clone();
    }

    String site(int site) {
        return site < 0 ? "(engine)" : clean(scenario.sites[site].toString());
    }

    String interruptName(int source) {
        return clean(scenario.interrupts[source].name());
    }

    String operationName(int op) {
        List<String> ops = info.operations();
        return op >= 0 && op < ops.size() ? clean(ops.get(op)) : "op" + op;
    }

    /** What a thread waits for in a state entry's {@code d}: a lock name, a wait channel, or "". */
    private String waitName(long d) {
        if (d >= 0) {
            return lockNames[(int) d];
        }
        int channel = (int) (-2 - d);
        return channel >= 0 && channel < info.channels().size() ? clean(info.channels().get(channel)) : "";
    }

    /** The KTRGRAPH text of one entry (the ktr_desc format applied to its parameters). */
    public String describe(int type, int a, int b, int c, long d) {
        StringBuilder s = new StringBuilder(120);
        switch (type) {
        case Ktr.EV_STATE -> {
            thread(s, a).append("state:\"").append(Ktr.STATE_NAMES[b]).append("\", attributes: ");
            switch (b) {
            case Ktr.S_SPINNING -> s.append("lockname:\"").append(waitName(d)).append('"');
            case Ktr.S_SLEEP, Ktr.S_BLOCKED, Ktr.S_IWAIT, Ktr.S_YIELDING -> {
                // KTR_STATE3 of sched_switch: prio, wmesg, lockname.
                boolean lock = d >= 0;
                s.append("prio:").append(c).append(", wmesg:\"").append(lock && b == Ktr.S_BLOCKED ? ""
                        : waitName(d)).append("\", lockname:\"").append(lock ? waitName(d) : "").append('"');
            }
            default -> s.append("prio:").append(c);
            }
        }
        case Ktr.EV_RUNQ_ADD -> {
            thread(s, a).append("state:\"runq add\", attributes: prio:").append(b);
            if (c >= 0) {
                s.append(", linkedto:\"").append(threadIds[c]).append('"');
            }
        }
        case Ktr.EV_RUNQ_REM -> thread(s, a).append("state:\"runq rem\", attributes: prio:").append(b);
        case Ktr.EV_LOAD -> s.append("KTRGRAPH group:\"load\", id:\"global load\", counter:").append(a)
                .append(", attributes: none");
        case Ktr.EV_WOKEUP -> thread(s, a).append("point:\"wokeup\", attributes: linkedto:\"").append(threadIds[b])
                .append('"');
        case Ktr.EV_PRIO -> thread(s, a).append("point:\"prio\", attributes: prio:").append(b).append(", new prio:")
                .append(c);
        case Ktr.EV_LEND -> thread(s, a).append("point:\"lend prio\", attributes: prio:").append(b)
                .append(", new prio:").append(c).append(", linkedto:\"").append(threadIds[(int) d]).append('"');
        case Ktr.EV_LOCK_ACQUIRE, Ktr.EV_LOCK_CONTEST, Ktr.EV_LOCK_RELEASE -> {
            String what = type == Ktr.EV_LOCK_ACQUIRE ? "lock acquire"
                    : type == Ktr.EV_LOCK_CONTEST ? "lock contest" : "lock release";
            s.append("KTRGRAPH group:\"lock\", id:\"").append(lockNames[a]).append("\", point:\"").append(what)
                    .append("\", attributes: linkedto:\"").append(threadIds[b]).append("\", site:\"").append(site(c))
                    .append('"');
            if (type == Ktr.EV_LOCK_CONTEST) {
                s.append(", owner:\"").append(d >= 0 ? threadIds[(int) d] : "(shared)").append('"');
            } else if (type == Ktr.EV_LOCK_ACQUIRE && d != 0) {
                s.append(", shared:1");
            }
        }
        case Ktr.EV_INTR -> s.append("KTRGRAPH group:\"intr\", id:\"").append(interruptName(a))
                .append("\", point:\"schedule\", attributes: linkedto:\"").append(threadIds[b]).append('"');
        case Ktr.EV_SWITCH -> {
            int from = b >= 0 ? b : idleThread(a);
            int to = c >= 0 ? c : idleThread(a);
            thread(s, from).append("point:\"mi_switch\", attributes: cpu:").append(a).append(", linkedto:\"")
                    .append(threadIds[to]).append('"');
        }
        case Ktr.EV_SYSCALL -> thread(s, a).append("point:\"syscall\", attributes: syscall:\"")
                .append(operationName(b)).append("\", latency:").append(d);
        default -> throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown KTR entry type %d", type));
        }
        return s.toString();
    }

    private StringBuilder thread(StringBuilder s, int thread) {
        return s.append("KTRGRAPH group:\"thread\", id:\"").append(threadIds[thread]).append("\", ");
    }
}
