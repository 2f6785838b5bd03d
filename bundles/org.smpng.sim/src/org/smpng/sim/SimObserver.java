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

    /** A thread tries to acquire a lock. */
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
     * The names the indices of the other callbacks refer to, the lock type of each lock instance
     * ({@code lockTypeOf[lock]}, an id into {@code scenario.lockTypes}; not to be modified), and the compiled
     * scenario itself for everything else (lock types and classes, sites, code paths, interrupts).
     */
    record RunInfo(java.util.List<String> threads, java.util.List<String> locks, java.util.List<String> cpus,
            java.util.List<String> operations, java.util.List<String> channels, int[] lockTypeOf,
            org.smpng.sim.compile.CompiledScenario scenario) {
    }
}
