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

    /** One thread: its name, state, current and base priority, the CPU it runs on (-1) and what it waits for. */
    public record ThreadSnapshot(String name, String state, int priority, int basePriority, int cpu,
            String waitingFor) {
    }

    /** One CPU: the thread it runs (null: idle), its priority, and whether a preemption is pending. */
    public record CpuSnapshot(int cpuId, String current, int priority, boolean owepreempt) {
    }

    /** The whole engine at one virtual time; the run queue is in choose() order (best priority first). */
    public record EngineSnapshot(long timeNs, List<CpuSnapshot> cpus, List<ThreadSnapshot> runQueue,
            List<ThreadSnapshot> threads, List<LockSnapshot> locks) {
        public LockSnapshot lock(String name) {
            return locks.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
        }

        public ThreadSnapshot thread(String name) {
            return threads.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        }
    }
}
