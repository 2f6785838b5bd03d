package org.smpng.sim;

/**
 * The one seam through which a run can be watched: lock events and scheduling events, reported in virtual-time
 * order on whichever Java thread holds the engine's baton (never concurrently). Threads, locks and CPUs are named
 * by their index in {@link RunInfo}; {@code site} is an index into the compiled scenario's
 * {@link org.smpng.sim.compile.CompiledScenario#sites sites} (the acquisition point, -1 when there is none, e.g. the
 * engine's own acquisitions). Every method has an empty default, and {@link #NONE} is used when nobody
 * watches, so an unobserved run pays one monomorphic call per event.
 *
 * <p>An observer must not block and must not call back into the simulation; it may copy what it needs.
 */
public interface SimObserver {

    SimObserver NONE = new SimObserver() {
    };

    /** Called once before the run starts, with the names of its threads, locks and CPUs. */
    default void attached(RunInfo info) {
    }

    /**
     * A thread tries to acquire a lock: also when it already holds it (recursion, reported before the engine
     * panics on a non-recursable lock) and when the acquisition is refused (a sleep lock in a critical section).
     */
    default void lockAttempt(long timeNs, int thread, int lock, int site) {
    }

    /** The attempt found the lock owned by {@code owner} (-1 when it is held shared). */
    default void lockContended(long timeNs, int thread, int lock, int owner, int site) {
    }

    /** The thread now holds the lock ({@code shared} for sx/lockmgr shared holds; recursion not reported). */
    default void lockAcquired(long timeNs, int thread, int lock, boolean shared, int site) {
    }

    /** The thread released its hold of the lock. */
    default void lockReleased(long timeNs, int thread, int lock, int site) {
    }

    /**
     * A code path step releases a lock type: {@code lock} is the instance of the thread's most recent hold of that
     * type, or -1 when the thread holds none (the engine then panics: releasing a lock that is not held). Reported
     * for every release step, recursive ones included, before {@link #lockReleased} (which reports only the last).
     */
    default void lockReleasing(long timeNs, int thread, int lockType, int lock, int site) {
    }

    /**
     * The thread is about to sleep on a wait channel (msleep, cv_wait) with {@code interlock} (a lock instance, or
     * -1) as the lock the sleep drops; reported before the engine checks the locks the thread holds, as
     * WITNESS_WARN does in FreeBSD's _sleep().
     */
    default void sleeping(long timeNs, int thread, int channel, int interlock, int site) {
    }

    /** The thread entered ({@code enter}) or left an explicit critical section (critical_enter/critical_exit). */
    default void criticalSection(long timeNs, int thread, boolean enter) {
    }

    /**
     * The thread starts running code path {@code path} (an index into the compiled scenario's paths): a syscall's
     * or interrupt handler's path, or a path called from another. With {@link #codePathReturned} this gives the
     * modeled thread's call path, the stack WITNESS prints.
     */
    default void codePathEntered(long timeNs, int thread, int path) {
    }

    /** The thread finished code path {@code path} (the innermost one it entered). */
    default void codePathReturned(long timeNs, int thread, int path) {
    }

    /** The thread blocked: on a lock's turnstile or sleep queue ({@code lock} >= 0) or on a wait channel. */
    default void threadBlocked(long timeNs, int thread, int lock, int channel) {
    }

    /** The thread was made runnable by {@code waker} (-1: a timeout or an interrupt). */
    default void threadWoken(long timeNs, int thread, int waker) {
    }

    /** {@code waker} called wakeup/cv_signal/cv_broadcast on a channel; {@code woken} sleepers became runnable. */
    default void channelWakeup(long timeNs, int waker, int channel, int woken) {
    }

    /** A blocked thread lent {@code priority} to {@code owner} through a turnstile. */
    default void priorityPropagated(long timeNs, int from, int owner, int priority) {
    }

    /** A thread's priority changed (lent, or restored on release). */
    default void priorityChanged(long timeNs, int thread, int priority) {
    }

    /** The CPU switched from one thread to another; -1 is the CPU's idle thread. */
    default void contextSwitch(long timeNs, int cpu, int from, int to) {
    }

    /**
     * What CPU {@code cpu} spends its time on changed to {@code state}, one of {@link SimResults#USER},
     * {@link SimResults#KERNEL}, {@link SimResults#SPIN}, {@link SimResults#INTR} (interrupt context and interrupt
     * threads) and {@link SimResults#IDLE}: the stretches between these calls add up to the results' utilisation
     * split. Reported before the {@link #contextSwitch} that goes with a change, if any. The parallel mode does not
     * report it (its CPUs account on their own host threads); observers then see only the switches.
     */
    default void cpuStateChanged(long timeNs, int cpu, int state) {
    }

    /** The thread was preempted on {@code cpu} (the switch itself is reported by contextSwitch). */
    default void preempted(long timeNs, int cpu, int thread) {
    }

    /** The thread was put on the run queue at its priority. */
    default void enqueued(long timeNs, int thread, int priority) {
    }

    /** IPI kinds (sys/smp.h): ask a CPU to check for work (wakes an idle CPU), ask it to preempt its thread. */
    int IPI_AST = 1, IPI_PREEMPT = 2;

    /** The names of the IPI kinds, by kind. */
    java.util.List<String> IPI_NAMES = java.util.List.of("", "IPI_AST", "IPI_PREEMPT");

    /**
     * The thread starts running on {@code toCpu} after it last ran on {@code fromCpu}; {@code steal} when an idle
     * CPU took it from another CPU's queue (ULE's idle stealing).
     */
    default void threadMigrated(long timeNs, int thread, int fromCpu, int toCpu, boolean steal) {
    }

    /** CPU {@code fromCpu} sent an inter-processor interrupt of {@code kind} ({@link #IPI_AST}, ...) to toCpu. */
    default void ipiSent(long timeNs, int fromCpu, int toCpu, int kind) {
    }

    /** A workload operation finished. */
    default void operationCompleted(long timeNs, int thread, int operation, long latencyNs) {
    }

    /**
     * Interrupt source {@code source} (an index into the scenario's
     * {@link org.smpng.sim.compile.CompiledScenario#interrupts interrupts}) asserted its line, delivered to
     * {@code cpu} (an index into {@link RunInfo#cpus}, like every {@code cpu} here) by the line's routing (-1: a
     * software interrupt or a line without routing).
     */
    default void interruptAsserted(long timeNs, int source, int cpu) {
    }

    /**
     * A handler of the source started on {@code cpu}, {@code latencyNs} after its assertion. {@code kind} is a
     * {@code CompiledScenario.HANDLER_*} value: {@code HANDLER_FAST} or {@code HANDLER_FILTER} for the part run in
     * interrupt context, {@code HANDLER_ITHREAD} for the interrupt thread (which also follows a filter).
     */
    default void interruptHandlerStarted(long timeNs, int source, int cpu, int kind, long latencyNs) {
    }

    /**
     * A handler of the source finished on {@code cpu}. Interrupt context neither nests nor migrates and freezes its
     * CPU's thread, so a finish on a CPU whose fast handler or filter started and has not finished ends that one;
     * any other finish ends the source's ithread handler (on the CPU it finished on, which may not be the one it
     * started on if it was preempted and migrated).
     */
    default void interruptHandlerFinished(long timeNs, int source, int cpu) {
    }

    /**
     * KSE (M:N): {@code blocked} blocked in the kernel while it had a KSE, so the kernel made an upcall into the
     * user-level scheduler, which gave the KSE to the waiting thread {@code to} (-1: no user thread was waiting and
     * the KSE idles until one is).
     */
    default void upcall(long timeNs, int blocked, int to) {
    }

    /**
     * libc_r (N:1): the user-level scheduler on kernel thread {@code thread} switched from the process's user thread
     * number {@code from} to number {@code to} (numbered from 0 within the process, in thread group order).
     */
    default void userThreadSwitch(long timeNs, int thread, int from, int to) {
    }

    /**
     * The names the indices of the other callbacks refer to, the lock type of each lock instance
     * ({@code lockTypeOf[lock]}, an id into {@code scenario.lockTypes}; not to be modified), and the compiled
     * scenario itself for everything else (lock types and classes, sites, code paths, interrupts).
     */
    record RunInfo(java.util.List<String> threads, java.util.List<String> locks, java.util.List<String> cpus,
            java.util.List<String> operations, java.util.List<String> channels, int[] lockTypeOf,
            org.smpng.sim.compile.CompiledScenario scenario) {
    }
}
