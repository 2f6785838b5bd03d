package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;

/** The built-in 5.3 syscall mix, run under WITNESS, against its own order lists. */
class WitnessBuiltinTest {

    /**
     * The three eras' syscall mixes share the 5.x order lists and one set of code paths (Giant wrapped around
     * different paths per era); none reverses the order at run time, nor takes a sleep lock in a critical section,
     * nor sleeps with a mutex held.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "builtin:syscall-mix-5.3", "builtin:syscall-mix-4x", "builtin:syscall-mix-target" })
    void syscallMixReportsNothingAgainstItsOwnOrderLists(String spec) throws Exception {
        Scenario s = KernelModels.load(spec, Scenario.class);
        Witness witness = Witness.forKernel(s.getKernel(), Witness.Options.of(WitnessEra.FREEBSD_5X));
        SimResults r;
        try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(4).withDuration(200_000_000L)
                .withSeed(1), witness)) {
            r = sim.run();
        }
        assertEquals("completed", r.outcome(), String.valueOf(r.failure()));
        assertTrue(r.operationsCompleted() > 1000, "the mix ran: " + r.operationsCompleted());
        assertEquals("", witness.findings().stream().map(f -> f.text()).collect(Collectors.joining()),
                "no finding");
        assertTrue(witness.acquiredLockTypes().size() >= 25, "most lock types were taken: "
                + witness.acquiredLockTypes());
        String graph = witness.fullgraph();
        assertTrue(graph.lines().count() > 20, "run-time and static orders are in the graph: " + graph);
        assertTrue(witness.badstacks().startsWith("Number of known direct relationships is "));
        assertFalse(witness.badstacks().contains("Lock order reversal between"), witness.badstacks());
    }
}
