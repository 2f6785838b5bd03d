package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.sleep;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The userland thread libraries of the 5.x roadmap, each shown by what it does to a multi-threaded process: libc_r
 * (N:1) runs the process on one kernel thread, so it never uses two CPUs and stalls while one user thread sleeps in
 * the kernel; KSE (M:N) hands the KSE of a thread that blocks to another user thread by an upcall; THR (1:1) gives
 * every user thread its own kernel thread and scales with the CPUs.
 */
class ThreadingLibraryTest {

    /** What the tests watch: CPUs busy with the process at once, naps, and operations completed during naps. */
    private static final class Watch implements SimObserver {
        RunInfo info;
        int[] running;
        int busy, maxBusy;
        final List<long[]> naps = new ArrayList<>();
        final List<Long> computeDone = new ArrayList<>();
        long upcallsToWaiting, upcallsIdle, userSwitches;

        @Override
        public void attached(RunInfo runInfo) {
            info = runInfo;
            running = new int[runInfo.cpus().size()];
            java.util.Arrays.fill(running, -1);
        }

        @Override
        public void contextSwitch(long t, int cpu, int from, int to) {
            busy += (to >= 0 ? 1 : 0) - (running[cpu] >= 0 ? 1 : 0);
            running[cpu] = to;
            maxBusy = Math.max(maxBusy, busy);
        }

        @Override
        public void operationCompleted(long t, int thread, int operation, long latencyNs) {
            if (info.operations().get(operation).equals("nap")) {
                naps.add(new long[] { t - latencyNs, t });
            } else {
                computeDone.add(t);
            }
        }

        @Override
        public void upcall(long t, int blocked, int to) {
            if (to >= 0) {
                upcallsToWaiting++;
            } else {
                upcallsIdle++;
            }
        }

        @Override
        public void userThreadSwitch(long t, int thread, int from, int to) {
            userSwitches++;
        }

        /** Compute operations that completed while some user thread was inside a nap syscall. */
        long computeDuringNaps() {
            return computeDone.stream().filter(t -> naps.stream().anyMatch(n -> n[0] < t && t < n[1])).count();
        }
    }

    private record Run(SimResults results, Watch watch) {
    }

    /**
     * One process of 8 user threads on {@code cpus} CPUs: each thinks about 5 us, then computes 20 us in the kernel
     * (9 times in 10) or naps 100 us in the kernel (msleep with a timeout).
     */
    private static Run run(ThreadingLibrary library, int cpus) throws Exception {
        Fixtures.Model m = new Fixtures.Model("threads-" + library, cpus).settings(true, true, 20_000_000L);
        m.process.setThreadingLibrary(library);
        CodePath compute = m.path("compute", work(fixed(20_000)));
        CodePath nap = m.path("nap", sleep(m.channel("nap"), null, fixed(100_000)));
        var g = m.group("workers", 8, exponential(5_000), compute, nap);
        g.getOperations().get(0).setWeight(9);
        Watch w = new Watch();
        SimResults r = Fixtures.run(m.compile(), 1, w);
        assertNull(r.failure());
        return new Run(r, w);
    }

    @Test
    void libcRRunsTheProcessOnOneCpuAndStallsWhileAThreadSleepsInTheKernel() throws Exception {
        Run libcR = run(ThreadingLibrary.LIBC_R, 4);
        SimResults.ProcessResult p = libcR.results().process("proc");
        assertEquals("libc_r", p.library());
        assertEquals(8, p.userThreads());
        assertEquals(1, p.kernelThreads());
        assertEquals(1, libcR.watch().maxBusy, "the process never uses two CPUs at once");
        assertTrue(libcR.watch().naps.size() > 20, "naps: " + libcR.watch().naps.size());
        assertEquals(0, libcR.watch().computeDuringNaps(), "no user thread runs while one naps in the kernel");
        assertTrue(p.userSwitches() > 100 && p.userSwitches() == libcR.watch().userSwitches,
                "the user-level scheduler switches at syscall returns: " + p.userSwitches());
        assertEquals(0, p.upcalls());
    }

    @Test
    void kseHandsTheKseOfABlockedThreadToAnotherByUpcall() throws Exception {
        // One CPU, so one KSE for eight user threads: seven wait on the user-level run queue, and each nap hands the
        // KSE to one of them by an upcall.
        Run one = run(ThreadingLibrary.KSE, 1);
        SimResults.ProcessResult p = one.results().process("proc");
        assertEquals("KSE", p.library());
        assertEquals(1, p.kses(), "one KSE per CPU");
        assertEquals(8, p.kernelThreads());
        assertTrue(one.watch().upcallsToWaiting > 50,
                "upcalls that ran a waiting thread: " + one.watch().upcallsToWaiting);
        assertEquals(p.upcalls(), one.watch().upcallsToWaiting + one.watch().upcallsIdle);
        assertTrue(one.watch().computeDuringNaps() > 100, "other user threads run while one naps");
        Run libcR = run(ThreadingLibrary.LIBC_R, 1);
        // A nap is about a third of a libc_r cycle (5 us think + 18 us compute + 10 us nap on average), during
        // which its CPU idles; under KSE the upcalls keep the CPU busy.
        double libcRIdle = libcR.results().utilisation()[SimResults.IDLE];
        double kseIdle = one.results().utilisation()[SimResults.IDLE];
        assertTrue(libcRIdle > 0.2 && kseIdle < 0.05, "idle: libc_r " + libcRIdle + ", KSE " + kseIdle);
        assertTrue(one.results().throughputPerSecond() > 1.15 * libcR.results().throughputPerSecond());
        // Four CPUs, four KSEs: a KSE process uses them all at once.
        Run four = run(ThreadingLibrary.KSE, 4);
        assertEquals(4, four.results().process("proc").kses());
        assertEquals(4, four.watch().maxBusy);
        assertTrue(four.watch().computeDuringNaps() > 100);
    }

    @Test
    void thrScalesWithTheCpus() throws Exception {
        Run one = run(ThreadingLibrary.THR, 1), four = run(ThreadingLibrary.THR, 4);
        assertEquals(8, four.results().process("proc").kernelThreads());
        assertEquals(4, four.watch().maxBusy, "the process uses all four CPUs");
        double speedUp = four.results().throughputPerSecond() / one.results().throughputPerSecond();
        assertTrue(speedUp > 3.2, "THR speed-up from 1 to 4 CPUs: " + speedUp);
        assertTrue(four.watch().computeDuringNaps() > 100);
    }

    @Test
    void throughputOrdersLibcRBelowKseAtMostThr() throws Exception {
        System.out.println("Thread libraries, 4 CPUs, seed 1 (ops/s; upcalls, libc_r user-level switches):");
        System.out.println("| workload                                   | libc_r | KSE | THR |");
        System.out.println("|--------------------------------------------|-------:|----:|----:|");
        double[] nap = new double[3];
        ThreadingLibrary[] libraries = { ThreadingLibrary.LIBC_R, ThreadingLibrary.KSE, ThreadingLibrary.THR };
        for (int i = 0; i < 3; i++) {
            nap[i] = run(libraries[i], 4).results().throughputPerSecond();
        }
        System.out.printf("| 8 threads, 20 us compute / 100 us nap 9:1 | %.0f | %.0f | %.0f |%n", nap[0], nap[1],
                nap[2]);
        double[] mix = new double[3];
        SimResults[] mixResults = new SimResults[3];
        for (int i = 0; i < 3; i++) {
            Scenario s = KernelModels.load("builtin:syscall-mix-target", Scenario.class);
            s.getWorkload().getProcesses().get(0).setThreadingLibrary(libraries[i]);
            try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(4).withDuration(20_000_000L)
                    .withSeed(1))) {
                mixResults[i] = sim.run();
            }
            assertNull(mixResults[i].failure());
            mix[i] = mixResults[i].throughputPerSecond();
        }
        SimResults.ProcessResult kse = mixResults[1].process("bench"), libcR = mixResults[0].process("bench");
        System.out.printf("| builtin:syscall-mix-target, 16 threads    | %.0f (%d switches) | %.0f (%d upcalls)"
                + " | %.0f |%n", mix[0], libcR.userSwitches(), mix[1], kse.upcalls(), mix[2]);
        for (double[] t : new double[][] { nap, mix }) {
            assertTrue(t[0] < 0.5 * t[1], "libc_r well below KSE");
            assertTrue(t[1] <= t[2], "KSE at most THR (it pays for upcalls)");
            assertTrue(t[1] > 0.9 * t[2], "KSE close to THR with one KSE per CPU");
        }
        assertTrue(kse.upcalls() > 0 && libcR.userSwitches() > 0);
        // libc_r on 4 CPUs does not even reach THR on one: its one kernel thread also stalls whenever a user thread
        // waits for the disk (biord) or the netisr (sbwait), which THR overlaps with other threads' work.
        assertTrue(libcR.kernelThreads() == 1 && mixResults[2].process("bench").kernelThreads() == 16);
        Scenario s = KernelModels.load("builtin:syscall-mix-target", Scenario.class);
        s.getWorkload().getProcesses().get(0).setThreadingLibrary(ThreadingLibrary.THR);
        try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(1).withDuration(20_000_000L)
                .withSeed(1))) {
            double thrOneCpu = sim.run().throughputPerSecond();
            assertTrue(mix[0] < thrOneCpu, "libc_r on 4 CPUs " + mix[0] + " vs THR on 1 CPU " + thrOneCpu);
        }
        assertTrue(mixResults[0].notes().stream().anyMatch(n -> n.contains("libc_r (N:1)")),
                mixResults[0].notes().toString());
    }

    @ParameterizedTest(name = "{0} on {1} CPUs")
    @CsvSource({ "LIBC_R, 2", "KSE, 1", "KSE, 3", "THR, 3" })
    void invariantsAndDeterminismHoldUnderEveryLibrary(ThreadingLibrary library, int cpus) throws Exception {
        // Giant, a sleep mutex, a spin mutex, msleep with an interlock and a wakeup, an interrupt: the KSE threads
        // block on turnstiles and sleep queues (upcalls) while others wait for a KSE.
        Fixtures.Model m = new Fixtures.Model("stress-" + library, cpus).settings(true, true, 2_000_000L);
        m.process.setThreadingLibrary(library);
        LockType giant = m.giant(), a = m.mutex("A"), spin = m.spin("S");
        var chan = m.channel("chan");
        CodePath p1 = m.path("p1", acquire(giant), acquire(a), work(exponential(500)), release(a), release(giant));
        CodePath p2 = m.path("p2", acquire(a), acquire(spin), work(200), release(spin), release(a));
        CodePath p3 = m.path("p3", acquire(a), sleep(chan, a, exponential(2000)), release(a));
        CodePath p4 = m.path("p4", acquire(a), Fixtures.wakeup(chan, true), release(a));
        m.group("workers", 8, exponential(1000), p1, p2, p3, p4);
        m.interrupt("dev", 20_000, p2);
        CompiledScenario c = m.compile();
        for (long seed = 1; seed <= 8; seed++) {
            Observers.InvariantChecker check = new Observers.InvariantChecker();
            SimResults r = Fixtures.run(c, seed, check);
            assertNull(r.failure(), "seed " + seed);
            assertNull(check.violation, "seed " + seed);
            assertTrue(r.operationsCompleted() > 100, "seed " + seed + ": " + r.operationsCompleted());
        }
        Observers.TraceHash h1 = new Observers.TraceHash(), h2 = new Observers.TraceHash();
        Fixtures.run(c, 5, h1);
        Fixtures.run(c, 5, h2);
        assertEquals(h1.hash, h2.hash, "same seed, same trace");
    }

    @Test
    void libcRWaitsForItsOwnThreadsInUserSpace() throws Exception {
        // A pipe between two user threads of a libc_r process: the reader's kernel sleep on "piperd" would wait for
        // the writer, which only the same kernel thread can run. libc_r does that wait in user space, so the run
        // neither deadlocks nor stalls.
        Fixtures.Model m = new Fixtures.Model("pipe", 2).settings(true, true, 5_000_000L);
        m.process.setThreadingLibrary(ThreadingLibrary.LIBC_R);
        var ch = m.channel("piperd");
        CodePath read = m.path("read", sleep(ch, null, null), work(fixed(1_000)));
        CodePath write = m.path("write", work(fixed(1_000)), Fixtures.wakeup(ch, true));
        m.group("reader", 1, fixed(1_000), read);
        m.group("writer", 1, fixed(1_000), write);
        SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
        assertNull(r.failure());
        assertTrue(r.operation("read").completed() > 1000, "reads: " + r.operation("read").completed());
        assertEquals(r.operation("read").completed(), r.operation("write").completed(), 1);
    }
}
