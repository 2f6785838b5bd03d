package org.smpng.sim;

import java.util.List;

/**
 * Immutable pictures of a run's state, the way DDB's {@code show turnstile}, {@code show lock} and {@code ps}
 * print them. Built by the engine on the thread that holds its baton and published through a volatile reference, so
 * any thread (a view, a test) can read them without blocking the run.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** One lock instance: owner (null when free), sharers for sx, turnstile or sleep-queue waiters, lent priority. */
    public record LockSnapshot(String name, String lockClass, String owner, int recursion, List<String> sharers,
            List<String> waiters, List<String> spinners, int lentPriority) {
        /** The lent priority when the lock has no waiters. */
        public static final int NONE = -1;
    }

    /**
     * One thread: its name, state, current and base priority, the CPU it runs on (-1), the CPU it last ran on (-1:
     * never ran) and what it waits for.
     */
    public record ThreadSnapshot(String name, String state, int priority, int basePriority, int cpu, int lastCpu,
            String waitingFor) {
    }

    /** What a CPU is doing, as its time is accounted. */
    public static final String CPU_USER = "user", CPU_KERNEL = "kernel", CPU_SPIN = "spin", CPU_INTERRUPT = "interrupt",
            CPU_IDLE = "idle";

    /**
     * One CPU: the thread it runs (null: idle), its priority, whether a preemption is pending, what it is doing
     * (one of the {@code CPU_*} names), and its own run queue in choose() order (ULE's per-CPU queues; empty under
     * 4BSD, whose one queue is {@link EngineSnapshot#runQueue}). While a fast handler or filter runs on the CPU its
     * state is {@link #CPU_INTERRUPT} and its current thread is the interrupted one (curthread), or
     * {@code "cpuN: interrupt context"} when the CPU was idle; an ithread's time is interrupt time too.
     */
    public record CpuSnapshot(int cpuId, String current, int priority, boolean owepreempt, String state,
            List<ThreadSnapshot> runQueue) {
    }

    /**
     * One interrupt source: its name, its interrupt event (also its interrupt thread's name, if it has one), the
     * handler kind ("ithread", "fast", "filter"), the CPU id its last assertion was delivered to (before the first,
     * the line's first routed CPU; -1: a software interrupt or a line without routing), assertions whose handlers
     * have not started yet (waiting for interrupt context or for the ithread), arrivals so far, and the IRQ number of
     * its line (-1: a software interrupt or a source without a line).
     */
    public record IrqSnapshot(String name, String thread, String handlerKind, int cpu, int pending, long arrivals,
            int irq) {
    }

    /**
     * The whole engine at one virtual time; the (global) run queue is in choose() order (best priority first).
     */
    public record EngineSnapshot(long timeNs, List<CpuSnapshot> cpus, List<ThreadSnapshot> runQueue,
            List<ThreadSnapshot> threads, List<LockSnapshot> locks, List<IrqSnapshot> irqs) {
        public LockSnapshot lock(String name) {
            return locks.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
        }

        public ThreadSnapshot thread(String name) {
            return threads.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        }
    }
}
