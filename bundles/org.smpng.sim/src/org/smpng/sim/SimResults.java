package org.smpng.sim;

import java.util.List;

/**
 * What a run produced: throughput per operation, CPU utilisation split, scheduling counts, Giant's share, the busiest
 * locks, and, when the run ended early, why (a deadlock report or a panic).
 *
 * @param utilisation fractions of all CPUs' time: user, kernel, spin, interrupt threads, idle (sum 1)
 * @param migrations dispatches of a thread on another CPU than the one it last ran on
 * @param steals of those, the threads an idle CPU took from another CPU's queue (ULE)
 * @param ipis inter-processor interrupts sent for wakeups and preemptions
 * @param giantHeldShare the fraction of the run Giant was held
 * @param giantContendedShare the fraction of Giant acquisitions that found it held
 * @param giantMeanWaiters the time threads spent waiting for Giant (spinning or blocked) divided by the run's
 *        time: the mean number of threads waiting for Giant
 */
public record SimResults(String scenario, long seed, int cpus, long durationNs, long endTimeNs,
        List<OperationResult> operations, long operationsCompleted, double throughputPerSecond, double[] utilisation,
        long contextSwitches, long preemptions, long migrations, long steals, long ipis, double giantHeldShare,
        double giantContendedShare, double giantMeanWaiters, List<LockResult> locks, List<InterruptResult> interrupts, long events,
        String outcome, String failure, List<String> notes) {

    /** Utilisation indices. */
    public static final int USER = 0, KERNEL = 1, SPIN = 2, INTR = 3, IDLE = 4;

    public record OperationResult(String name, long completed, double perSecond, double meanLatencyNs) {
    }

    public record LockResult(String name, String lockClass, long acquisitions, long contended, double waitNs,
            double holdNs) {
    }

    /**
     * An interrupt source: its interrupt thread and priority, interrupts raised and handled, and the latency from an
     * interrupt's arrival to the start of its handler (mean and max, in ns), which includes waiting for a CPU.
     */
    public record InterruptResult(String name, String thread, int priority, long arrivals, long handled,
            double meanLatencyNs, long maxLatencyNs) {
    }

    public OperationResult operation(String name) {
        return operations.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    public boolean completed() {
        return failure == null;
    }

    /** The results as a JSON object (UTF-8 text; numbers in nanoseconds and per second). */
    public String toJson() {
        StringBuilder b = new StringBuilder(1024);
        b.append("{\n");
        field(b, "scenario", scenario).append(",\n");
        b.append("  \"seed\": ").append(seed).append(",\n");
        b.append("  \"cpus\": ").append(cpus).append(",\n");
        b.append("  \"durationNs\": ").append(durationNs).append(",\n");
        b.append("  \"endTimeNs\": ").append(endTimeNs).append(",\n");
        field(b, "outcome", outcome).append(",\n");
        b.append("  \"failure\": ").append(failure == null ? "null" : quote(failure)).append(",\n");
        b.append("  \"operationsCompleted\": ").append(operationsCompleted).append(",\n");
        b.append("  \"throughputPerSecond\": ").append(num(throughputPerSecond)).append(",\n");
        b.append("  \"operations\": [");
        for (int i = 0; i < operations.size(); i++) {
            OperationResult o = operations.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(o.name())).append(", \"completed\": ")
                    .append(o.completed()).append(", \"perSecond\": ").append(num(o.perSecond()))
                    .append(", \"meanLatencyNs\": ").append(num(o.meanLatencyNs())).append('}');
        }
        b.append("\n  ],\n");
        b.append("  \"utilisation\": {\"user\": ").append(num(utilisation[USER])).append(", \"kernel\": ")
                .append(num(utilisation[KERNEL])).append(", \"spin\": ").append(num(utilisation[SPIN]))
                .append(", \"interrupt\": ").append(num(utilisation[INTR])).append(", \"idle\": ")
                .append(num(utilisation[IDLE])).append("},\n");
        b.append("  \"contextSwitches\": ").append(contextSwitches).append(",\n");
        b.append("  \"preemptions\": ").append(preemptions).append(",\n");
        b.append("  \"migrations\": ").append(migrations).append(",\n");
        b.append("  \"steals\": ").append(steals).append(",\n");
        b.append("  \"ipis\": ").append(ipis).append(",\n");
        b.append("  \"giant\": {\"heldShare\": ").append(num(giantHeldShare)).append(", \"contendedShare\": ")
                .append(num(giantContendedShare)).append(", \"meanWaiters\": ").append(num(giantMeanWaiters))
                .append("},\n");
        b.append("  \"locks\": [");
        for (int i = 0; i < locks.size(); i++) {
            LockResult l = locks.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(l.name())).append(", \"class\": ")
                    .append(quote(l.lockClass())).append(", \"acquisitions\": ").append(l.acquisitions())
                    .append(", \"contended\": ").append(l.contended()).append(", \"waitNs\": ").append(num(l.waitNs()))
                    .append(", \"holdNs\": ").append(num(l.holdNs())).append('}');
        }
        b.append("\n  ],\n");
        b.append("  \"interrupts\": [");
        for (int i = 0; i < interrupts.size(); i++) {
            InterruptResult r = interrupts.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(r.name())).append(", \"thread\": ")
                    .append(quote(r.thread())).append(", \"arrivals\": ").append(r.arrivals())
                    .append(", \"handled\": ").append(r.handled()).append(", \"priority\": ").append(r.priority())
                    .append(", \"meanLatencyNs\": ").append(num(r.meanLatencyNs())).append(", \"maxLatencyNs\": ")
                    .append(r.maxLatencyNs()).append('}');
        }
        b.append("\n  ],\n");
        b.append("  \"events\": ").append(events).append(",\n");
        b.append("  \"notes\": [");
        for (int i = 0; i < notes.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(notes.get(i)));
        }
        b.append("]\n}\n");
        return b.toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        return b.append("  ").append(quote(name)).append(": ").append(quote(value));
    }

    private static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            case '\t' -> b.append("\\t");
            case '\r' -> b.append("\\r");
            default -> {
                if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.append('"').toString();
    }
}
