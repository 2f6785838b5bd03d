package org.smpng.sim;

import java.util.List;

/**
 * What a run produced: throughput per operation, CPU utilisation split, scheduling counts, Giant's share, the busiest
 * locks, and, when the run ended early, why (a deadlock report or a panic).
 *
 * @param utilisation fractions of all CPUs' time: user, kernel, spin, interrupt threads, idle (sum 1)
 * @param giantHeldShare the fraction of the run Giant was held
 * @param giantContendedShare the fraction of Giant acquisitions that found it held
 * @param giantMeanWaiters the time threads spent waiting for Giant (spinning or blocked) divided by the run's
 *        time: the mean number of threads waiting for Giant
 */
public record SimResults(String scenario, long seed, int cpus, long durationNs, long endTimeNs,
        List<OperationResult> operations, long operationsCompleted, double throughputPerSecond, double[] utilisation,
        long contextSwitches, long preemptions, double giantHeldShare, double giantContendedShare,
        double giantMeanWaiters, List<LockResult> locks, List<InterruptResult> interrupts, long events,
        String outcome, String failure, List<String> notes) {

    /** Utilisation indices. */
    public static final int USER = 0, KERNEL = 1, SPIN = 2, INTR = 3, IDLE = 4;

    public record OperationResult(String name, long completed, double perSecond, double meanLatencyNs) {
    }

    public record LockResult(String name, String lockClass, long acquisitions, long contended, double waitNs,
            double holdNs) {
    }

    public record InterruptResult(String name, String thread, long arrivals, long handled) {
    }

    public OperationResult operation(String name) {
        return operations.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    public boolean completed() {
        return failure == null;
    }
}
