package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockType;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.live.BlockedByView;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.RunQueuesView;
import org.smpng.ui.diagram.live.SimulationView;

/**
 * Measures the live views, and prints the figures (no timed assertion): how many frames per second the views
 * render with 64 CPUs and 500 lock types, and how long UI events wait while a run goes at full speed, each beside a
 * baseline taken in the same run (the UI idle, no run). Not part of the suite (the name matches no surefire
 * include); run it with {@code -Dtest=LiveRefreshBenchmark}. The figures also go to
 * {@code target/live-benchmark.txt}.
 */
class LiveRefreshBenchmark {

    private static final int LOCK_TYPES = 500, CPUS = 64;
    private static final long PROBE_NS = 5_000_000L;

    @Test
    void refreshRateAndUiEventDelayWith64CpusAnd500LockTypes() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.showView(SimulationView.ID);
        RunQueuesView runQueues = (RunQueuesView) page.showView(RunQueuesView.ID);
        BlockedByView blockedBy = (BlockedByView) page.showView(BlockedByView.ID);
        LockGraphView lockGraph = (LockGraphView) page.showView(LockGraphView.ID);
        // -Dsmpng.bench.timeline=true (in the test JVM's argLine) also opens the Timeline view, which then gets a
        // copy of the run's recording four times a second instead of every ten seconds.
        boolean withTimeline = Boolean.getBoolean("smpng.bench.timeline");
        if (withTimeline) {
            page.showView(org.smpng.ui.diagram.live.TimelineView.ID);
        }
        Workbench.settleSession();
        LiveSession session = LiveSession.get();

        // The built-in syscall mix under 5.3, its kernel padded with unused sleep mutexes to 500 lock types (the
        // engine makes a lock for every type, so every snapshot carries them all), on 64 CPUs.
        Scenario scenario = KernelModels.load(LiveSession.DEFAULT_SCENARIO, Scenario.class);
        KernelModel kernel = scenario.getKernel();
        LockClass sleepMutex = kernel.getLockClasses().stream()
                .filter(c -> c.getKind() == LockClassKind.SLEEP_MUTEX).findFirst().orElseThrow();
        for (int i = kernel.getLockTypes().size(); i < LOCK_TYPES; i++) {
            LockType t = KernelFactory.eINSTANCE.createLockType();
            t.setName("bench lock " + i);
            t.setLockClass(sleepMutex);
            kernel.getLockTypes().add(t);
        }
        // Long enough that the run still goes when the measurement ends.
        scenario.getSettings().setDuration(600e9);
        session.setScenario(scenario, "benchmark: syscall-mix-5.3, 64 CPUs, 500 lock types");
        session.setCpus(CPUS);
        session.reset();
        Workbench.waitUntil("the benchmark scenario loads", () -> session.state() == LiveSession.State.READY,
                120_000);
        assertEquals(CPUS, session.snapshot().cpus().size());
        assertEquals(LOCK_TYPES, lockGraph.shownModel().getLockTypes().size());

        // Baseline: UI event delay with nothing running, after the 500-box graph has been painted once.
        probeDelays(1_500);
        double[] idle = probeDelays(3_000);

        // The run at full speed: frames shown and UI event delay meanwhile.
        List<EngineSnapshot> frames = new ArrayList<>();
        List<Long> frameTimes = new ArrayList<>();
        LiveSession.Listener counter = new LiveSession.Listener() {
            @Override
            public void snapshot(EngineSnapshot s) {
                frames.add(s);
                frameTimes.add(System.nanoTime());
            }
        };
        session.addListener(counter);
        session.setSpeed(LiveSession.FULL_SPEED);
        session.run();
        // The first seconds of a run include compiling the engine's hot code, which on a small machine competes
        // with the UI thread; they are measured apart from the steady state.
        double[] warmup = probeDelays(2_000);
        frames.clear();
        frameTimes.clear();
        session.takeFrameStats();
        long start = System.nanoTime();
        long yieldsBefore = session.uiYields();
        double[] running = probeDelays(8_000);
        long yields = session.uiYields() - yieldsBefore;
        double[] frameStats = session.takeFrameStats();
        assertEquals(LiveSession.State.RUNNING, session.state(), "the run lasted the whole measurement");
        double seconds = (System.nanoTime() - start) / 1e9;
        int shown = frames.size();
        session.pause();
        session.removeListener(counter);
        Workbench.settleSession();
        assertTrue(shown > 1, "frames were shown");
        long virtualNs = frames.get(frames.size() - 1).timeNs() - frames.get(0).timeNs();

        // Render cost: the same frames again through all four views, painted synchronously.
        List<EngineSnapshot> replay = frames.subList(Math.max(0, frames.size() - 120), frames.size());
        SimulationView simulation = (SimulationView) page.findView(SimulationView.ID);
        long renderStart = System.nanoTime();
        for (EngineSnapshot s : replay) {
            runQueues.snapshot(s);
            blockedBy.snapshot(s);
            lockGraph.live().snapshot(s);
            simulation.snapshot(s);
            runQueues.canvas().update();
            blockedBy.viewer().getControl().update();
            lockGraph.viewer().getControl().update();
        }
        double msPerFrame = (System.nanoTime() - renderStart) / 1e6 / replay.size();
        double[] after = probeDelays(3_000);
        double[] gaps = new double[frameTimes.size() - 1];
        for (int i = 1; i < frameTimes.size(); i++) {
            gaps[i - 1] = (frameTimes.get(i) - frameTimes.get(i - 1)) / 1e6;
        }
        Arrays.sort(gaps);

        String report = String.format("""
                Live views with %d CPUs and %d lock types (%d locks, %d threads in a snapshot)%s
                  frames shown during the full-speed run: %d in %.1f s = %.1f frames/s (display timer: one per %d ms)
                  time between frames: p50 %.1f ms, p99 %.1f ms
                  virtual time simulated meanwhile: %.1f ms
                  UI-thread time of a frame's view updates during the run: mean %.2f ms, max %.2f ms
                  render cost of one frame (4 views, painted): %.2f ms = at most %.0f frames/s
                  UI event delay, idle baseline before: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d probes)
                  UI event delay, first 2 s of the run: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d probes)
                  UI event delay, run at full speed:    p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d probes)
                  UI event delay, idle baseline after:  p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d probes)
                  ratio p99 running / idle (before): %.2f
                  the run yielded to a starved UI %d times (%d ms each) during the measurement
                  machine load average (1 min) at the end: %.1f on %d processors
                """, CPUS, LOCK_TYPES, frames.get(0).locks().size(), frames.get(0).threads().size(),
                withTimeline ? ", Timeline view open" : "", shown, seconds,
                shown / seconds, LiveSession.FRAME_MS, pct(gaps, 50), pct(gaps, 99), virtualNs / 1e6, frameStats[1],
                frameStats[2], msPerFrame, 1000 / msPerFrame, pct(idle, 50), pct(idle, 99), pct(idle, 100), idle.length,
                pct(warmup, 50), pct(warmup, 99), pct(warmup, 100), warmup.length, pct(running, 50),
                pct(running, 99), pct(running, 100), running.length, pct(after, 50), pct(after, 99), pct(after, 100),
                after.length, pct(running, 99) / Math.max(0.001, pct(idle, 99)), yields, LiveSession.FRAME_MS / 2,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(report);
        try {
            Files.writeString(Path.of("target", "live-benchmark.txt"), report);
        } catch (IOException e) {
            System.out.println("could not write target/live-benchmark.txt: " + e);
        }

        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.setCpus(0);
        session.setSpeed(LiveSession.DEFAULT_SPEED);
        session.reset();
        Workbench.waitUntil("the default scenario loads", () -> session.state() == LiveSession.State.READY, 60_000);
    }

    /**
     * For {@code ms} milliseconds a probe thread posts an event to the UI thread every 5 ms; returns, sorted, how
     * long each waited before the UI thread ran it (ms). The UI thread keeps dispatching meanwhile, as the workbench
     * does.
     */
    private static double[] probeDelays(long ms) {
        Display display = Display.getCurrent();
        List<Double> delays = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread probe = new Thread(() -> {
            while (!stop.get()) {
                long posted = System.nanoTime();
                display.asyncExec(() -> delays.add((System.nanoTime() - posted) / 1e6));
                try {
                    Thread.sleep(PROBE_NS / 1_000_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "UI delay probe");
        probe.setDaemon(true);
        probe.start();
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        stop.set(true);
        try {
            probe.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Workbench.drain();
        double[] sorted = delays.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
