package org.smpng.sim.kern;

/**
 * One CPU's primary interrupt context: the assertions delivered to the CPU whose INTR_FAST handlers or filters have
 * not run yet, and, while they run, the thread they interrupted and what it was doing.
 *
 * <pre>
 * Overview.
 *
 * FreeBSD runs a fast handler or a filter on the interrupted thread's stack, in a critical section, with
 * interrupts disabled (intr_execute_handlers, 5.x; intr_event_handle, 7.0+). The engine runs the handler's code
 * path on a pseudo-thread of its own, {@link #thread}, bound to the CPU, so that the code path interpreter, spin
 * mutexes and the observer work unchanged; the pseudo-thread is never on a run queue and never the target of a
 * context switch. While it runs:
 *  - the interrupted thread stays the CPU's current thread (curthread), its critnest raised by one so that no
 *    preemption takes it off the CPU, and the work it was doing is frozen: its pending event is made stale and the
 *    time it had left ({@link #remaining}) restarts when the handlers are done, so it is delayed by exactly their
 *    duration;
 *  - an idle CPU gets the pseudo-thread as its current thread, so the scheduler does not dispatch onto it; the idle
 *    loop looks at the run queue when the handlers are done.
 * A CPU whose thread is in a critical section or holds a spin mutex has interrupts disabled: assertions wait in the
 * queue ({@link #deferred}) until its critnest drops to zero. Assertions arriving while handlers run wait too, and
 * run in the same activation, in arrival order (no nesting).
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton for every mutable field.
 */
final class InterruptContext {

    final Cpu cpu;
    /** The pseudo-thread that runs this CPU's interrupt-context handlers. */
    final SimThread thread;

    /* The queue of assertions delivered to this CPU and not yet handled: source index and assertion time. */
    private int[] source = new int[8];
    private long[] since = new long[8];
    private int head, size;

    /** Handlers are running (the pseudo-thread holds the CPU). */
    boolean active;
    /** Assertions wait because the CPU's thread has interrupts disabled (critnest > 0). */
    boolean deferred;
    /** The thread interrupted by the current activation, or null when the CPU was idle. */
    SimThread interrupted;
    /** What the interrupted thread was doing ({@code SimThread.PH_*}) and the time it had left. */
    int interruptedPhase;
    long remaining;
    /** The source whose handlers run now (-1 between handlers), for panics and snapshots. */
    int running = -1;
    /** The handler of {@link #running} that runs now, for panics. */
    String runningHandler;

    InterruptContext(Cpu cpu, SimThread thread) {
        this.cpu = cpu;
        this.thread = thread;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void add(int src, long time) {
        if (size == source.length) {
            int[] s = new int[size * 2];
            long[] t = new long[size * 2];
            for (int k = 0; k < size; k++) {
                s[k] = source[(head + k) % size];
                t[k] = since[(head + k) % size];
            }
            source = s;
            since = t;
            head = 0;
        }
        int tail = (head + size) % source.length;
        source[tail] = src;
        since[tail] = time;
        size++;
    }

    /** The first waiting assertion's source; {@link #peekSince()} is its assertion time. */
    int peekSource() {
        return source[head];
    }

    long peekSince() {
        return since[head];
    }

    void remove() {
        head = (head + 1) % source.length;
        size--;
    }

    /** How many waiting assertions are for {@code src}. */
    int pending(int src) {
        int n = 0;
        for (int k = 0; k < size; k++) {
            if (source[(head + k) % source.length] == src) {
                n++;
            }
        }
        return n;
    }
}
