package org.smpng.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The deterministic engine's host CPU time per simulated lock operation on the benchmark scenario: a figure that,
 * unlike the JMH throughput, does not depend on how many other processes share the host's cores, so two engine
 * versions can be compared on a busy machine (run each a few times, alternating). It counts the whole process (JIT
 * and GC threads included), so it is a cost, not a floor; the warm-up runs are not printed.
 *
 * <pre>
 * java -cp releng/org.smpng.bench/target/benchmarks.jar org.smpng.bench.EngineCpuCost [runs durationNs]
 * </pre>
 */
public final class EngineCpuCost {

    private EngineCpuCost() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long durationNs = args.length > 1 ? Long.parseLong(args[1]) : 200_000_000L;
        CompiledScenario c = BenchScenarios.syscallMix(16, 256, durationNs);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        for (int run = -2; run < runs; run++) {
            try (Simulation sim = Simulation.of(c, SimObserver.NONE)) {
                sim.runUntil(0); // thread creation is not counted
                long cpu0 = os.getProcessCpuTime(), wall0 = System.nanoTime();
                SimResults r = sim.run();
                long cpu = os.getProcessCpuTime() - cpu0, wall = System.nanoTime() - wall0;
                long lockOps = r.locks().stream().mapToLong(SimResults.LockResult::acquisitions).sum();
                if (run >= 0) {
                    System.out.printf(Locale.ROOT, "run %d: %d lock ops, %d events, %d handoffs: %.1f ns CPU and"
                            + " %.1f ns wall per lock op, %.1f ns CPU per event%n", run, lockOps, r.events(),
                            ((org.smpng.sim.kern.Engine) sim.engine()).handoffs(), (double) cpu / lockOps, (double) wall / lockOps,
                            (double) cpu / r.events());
                }
            }
        }
    }
}
