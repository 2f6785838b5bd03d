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
 * @param processes the workload's user processes with their thread library counters, in model order
 */
public record SimResults(String scenario, long seed, int cpus, long durationNs, long endTimeNs,
        List<OperationResult> operations, long operationsCompleted, double throughputPerSecond, double[] utilisation,
        long contextSwitches, long preemptions, long migrations, long steals, long ipis, double giantHeldShare,
        double giantContendedShare, double giantMeanWaiters, List<LockResult> locks, List<InterruptResult> interrupts,
        long events, String outcome, String failure, List<String> notes, List<ProcessResult> processes) {

    /** Utilisation indices. */
    public static final int USER = 0, KERNEL = 1, SPIN = 2, INTR = 3, IDLE = 4;

    public record OperationResult(String name, long completed, double perSecond, double meanLatencyNs) {
    }

    public record LockResult(String name, String lockClass, long acquisitions, long contended, double waitNs,
            double holdNs) {
    }

    /**
     * An interrupt source: its interrupt event ({@code irq16: fxp0}), its interrupt thread's priority (-1: fast
     * handlers only, no thread), the handler kind ("ithread", "fast", "filter"), its IRQ (-1: software or no line),
     * the line's routing and the CPUs its handlers started on, assertions and completed handlings, the assertion rate
     * over the run, and the latency from assertion to the first handler start (interrupt context for fast and filter
     * sources, the ithread otherwise; mean, 99th percentile and max in ns, which include waiting for a CPU).
     * {@code latencies} splits it by handler kind: a filter source has a "filter" and an "ithread" entry.
     */
    public record InterruptResult(String name, String thread, int priority, String handlerKind, int irq,
            String routing, List<CpuShare> cpus, long arrivals, long handled, double ratePerSecond,
            double meanLatencyNs, long p99LatencyNs, long maxLatencyNs, List<LatencyResult> latencies) {
        /** The latency entry of one handler kind, or null. */
        public LatencyResult latency(String kind) {
            return latencies.stream().filter(l -> l.handlerKind().equals(kind)).findFirst().orElse(null);
        }

        /** Handler starts on the CPU with kernel id {@code cpuId}. */
        public long startsOn(int cpuId) {
            return cpus.stream().filter(c -> c.cpuId() == cpuId).mapToLong(CpuShare::handlerStarts).sum();
        }
    }

    /** How many handlers of a source started on one CPU (kernel cpu id). */
    public record CpuShare(int cpuId, long handlerStarts) {
    }

    /**
     * Latency from assertion to handler start for one handler kind: samples, mean, and percentiles (p50, p90, p99,
     * within about 3%: a log-linear histogram) and max, in ns.
     */
    public record LatencyResult(String handlerKind, long count, double meanNs, long p50Ns, long p90Ns, long p99Ns,
            long maxNs) {
    }

    /**
     * A user process and its thread library: user threads on kernel threads, the KSEs of a KSE process, KSE upcalls
     * (a thread blocked in the kernel holding a KSE) and libc_r user-level switches between user threads.
     *
     * @param library "libc_r", "KSE" or "THR"
     */
    public record ProcessResult(String name, String library, int userThreads, int kernelThreads, int kses,
            long upcalls, long userSwitches) {
    }

    public ProcessResult process(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
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
                    .append(quote(r.thread())).append(", \"priority\": ").append(r.priority())
                    .append(", \"handlerKind\": ").append(quote(r.handlerKind())).append(", \"irq\": ").append(r.irq())
                    .append(", \"routing\": ").append(quote(r.routing())).append(", \"cpus\": {");
            for (int k = 0; k < r.cpus().size(); k++) {
                b.append(k == 0 ? "" : ", ").append(quote(Integer.toString(r.cpus().get(k).cpuId()))).append(": ")
                        .append(r.cpus().get(k).handlerStarts());
            }
            b.append("}, \"arrivals\": ").append(r.arrivals()).append(", \"handled\": ").append(r.handled())
                    .append(", \"ratePerSecond\": ").append(num(r.ratePerSecond())).append(", \"meanLatencyNs\": ")
                    .append(num(r.meanLatencyNs())).append(", \"p99LatencyNs\": ").append(r.p99LatencyNs())
                    .append(", \"maxLatencyNs\": ").append(r.maxLatencyNs()).append(", \"latencies\": [");
            for (int k = 0; k < r.latencies().size(); k++) {
                LatencyResult l = r.latencies().get(k);
                b.append(k == 0 ? "" : ", ").append("{\"handlerKind\": ").append(quote(l.handlerKind()))
                        .append(", \"count\": ").append(l.count()).append(", \"meanNs\": ").append(num(l.meanNs()))
                        .append(", \"p50Ns\": ").append(l.p50Ns()).append(", \"p90Ns\": ").append(l.p90Ns())
                        .append(", \"p99Ns\": ").append(l.p99Ns()).append(", \"maxNs\": ").append(l.maxNs()).append('}');
            }
            b.append("]}");
        }
        b.append("\n  ],\n");
        b.append("  \"processes\": [");
        for (int i = 0; i < processes.size(); i++) {
            ProcessResult p = processes.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(p.name())).append(", \"library\": ")
                    .append(quote(p.library())).append(", \"userThreads\": ").append(p.userThreads())
                    .append(", \"kernelThreads\": ").append(p.kernelThreads()).append(", \"kses\": ").append(p.kses())
                    .append(", \"upcalls\": ").append(p.upcalls()).append(", \"userSwitches\": ")
                    .append(p.userSwitches()).append('}');
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
