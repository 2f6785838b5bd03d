package org.smpng.bench;

import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;

/**
 * The scenarios the benchmarks run, built from the built-in models so that a benchmark measures the engine on the
 * workload users run, not on a synthetic loop.
 */
public final class BenchScenarios {

    /** The built-in scenario the large deterministic scenario is made from. */
    public static final String BASE_SCENARIO = "builtin:syscall-mix-5.3";

    private BenchScenarios() {
    }

    /**
     * The syscall mix under FreeBSD 5.3 scaled up: the machine rebuilt with {@code cpus} CPUs and the user thread
     * groups' counts raised so that the workload has {@code userThreads} user threads in all (the interrupt threads
     * of the workload come on top). The virtual duration is {@code durationNs}.
     *
     * @throws IllegalArgumentException if the built-in scenario cannot be loaded or compiled, saying why
     */
    public static CompiledScenario syscallMix(int cpus, int userThreads, long durationNs) {
        Scenario scenario;
        try {
            scenario = KernelModels.load(BASE_SCENARIO, Scenario.class);
        } catch (ModelLoadException e) {
            throw new IllegalArgumentException("cannot load " + BASE_SCENARIO + ": " + e.getMessage(), e);
        }
        int groups = 0;
        for (UserProcess p : scenario.getWorkload().getProcesses()) {
            groups += p.getThreadGroups().size();
        }
        if (groups == 0 || userThreads < groups) {
            throw new IllegalArgumentException(BASE_SCENARIO + " has " + groups + " user thread groups; cannot spread "
                    + userThreads + " threads over them");
        }
        // Spread the threads over the groups as evenly as the count allows, the first groups taking the remainder.
        int k = 0;
        for (UserProcess p : scenario.getWorkload().getProcesses()) {
            for (UserThreadGroup g : p.getThreadGroups()) {
                g.setCount(userThreads / groups + (k < userThreads % groups ? 1 : 0));
                k++;
            }
        }
        try {
            CompiledScenario c = ScenarioCompiler.compile(scenario, cpus);
            return c.with(c.settings.seed(), durationNs);
        } catch (UnsupportedFeatureException e) {
            throw new IllegalArgumentException("cannot compile " + BASE_SCENARIO + " scaled to " + cpus + " CPUs and "
                    + userThreads + " threads: " + e.getMessage(), e);
        }
    }
}
