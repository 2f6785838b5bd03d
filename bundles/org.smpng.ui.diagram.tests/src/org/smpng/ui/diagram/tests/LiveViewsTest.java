package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.Snapshots.CpuSnapshot;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.analysis.BlockedByChains;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure.Lane;
import org.smpng.ui.diagram.live.BlockedByView;
import org.smpng.ui.diagram.live.LiveElement;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.LockGraphLiveOverlay;
import org.smpng.ui.diagram.live.RunQueuesView;
import org.smpng.ui.diagram.live.SimulationView;

/**
 * The live views in the real workbench on the built-in syscall mix under FreeBSD 5.3: the Simulation view's
 * controls, the Run Queues lanes, the Blocked By chains, the Lock Graph's overlays, and linked selection.
 */
class LiveViewsTest {

    private static final long MS = 1_000_000L;

    private LiveSession session;
    private SimulationView simulation;
    private RunQueuesView runQueues;
    private BlockedByView blockedBy;
    private LockGraphView lockGraph;

    @BeforeEach
    void openViews() throws Exception {
        IWorkbenchPage page = Workbench.page();
        simulation = (SimulationView) page.showView(SimulationView.ID);
        runQueues = (RunQueuesView) page.showView(RunQueuesView.ID);
        blockedBy = (BlockedByView) page.showView(BlockedByView.ID);
        lockGraph = (LockGraphView) page.showView(LockGraphView.ID);
        session = LiveSession.get();
        Workbench.settleSession();
    }

    @AfterEach
    void backToTheFirstRunState() {
        Workbench.settleSession();
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.setCpus(0);
        session.setSeed(-1);
        session.setMode(org.smpng.model.scenario.ExecutionMode.DETERMINISTIC);
        session.setSpeed(LiveSession.DEFAULT_SPEED);
        simulation.cpusSpinner().setSelection(0);
        simulation.seedText().setText("");
        simulation.modeCombo().select(0);
        loadAndWait();
    }

    private void loadAndWait() {
        session.reset();
        Workbench.waitUntil("the scenario is loaded", () -> session.state() == LiveSession.State.READY
                || session.state() == LiveSession.State.EMPTY, 60_000);
    }

    private void runToAndWait(long ns) {
        session.setSpeed(LiveSession.FULL_SPEED);
        session.runTo(ns);
        Workbench.waitUntil("the run pauses at " + ns + " ns", () -> session.state() != LiveSession.State.RUNNING,
                120_000);
    }

    @Test
    void theFirstRunHasTheBuiltinScenarioLoadedAndTheLockGraphOnItsKernel() {
        loadAndWait();
        assertEquals(LiveSession.DEFAULT_SCENARIO, session.scenarioSpec());
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        assertEquals("Ready at 0.000 ms of " + session.durationNs() / MS + " ms", simulation.statusText());
        assertTrue(simulation.resultsText().startsWith("Ready: press Run"), simulation.resultsText());
        assertEquals("Lock Graph: freebsd-5.3", lockGraph.getPartName(), "the graph shows the scenario's kernel");
        List<Lane> lanes = runQueues.lanesFigure().getLanes();
        assertEquals(5, lanes.size(), "the global run queue and the 4 CPUs of i386-smp-4cpu-2004");
        assertEquals(RunQueuesView.GLOBAL_QUEUE, lanes.get(0).key());
        assertFalse(runQueues.lanesFigure().isCompact());
    }

    @Test
    void runToPausesThereAndTheViewsShowThatSnapshotAndTheResults() {
        runToAndWait(20 * MS);
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        EngineSnapshot s = session.snapshot();
        assertEquals(20 * MS, s.timeNs());
        assertTrue(simulation.statusText().startsWith("Paused at 20.000 ms"), simulation.statusText());
        String results = simulation.resultsText();
        assertTrue(results.contains("Throughput:") && results.contains("CPU time: user")
                && results.contains("Giant: held"), results);
        assertTrue(session.results().operationsCompleted() > 0);

        // Each CPU lane shows the CPU's state and the thread the snapshot says it runs.
        List<Lane> lanes = runQueues.lanesFigure().getLanes();
        for (CpuSnapshot c : s.cpus()) {
            Lane lane = lanes.get(c.cpuId() + 1);
            assertEquals(new LiveElement.CpuElement(c.cpuId()), lane.key());
            assertEquals(c.state(), lane.state());
            if (c.current() == null) {
                assertNull(lane.running());
            } else {
                assertEquals(new LiveElement.ThreadElement(c.current()), lane.running().key());
                assertTrue(lane.running().text().contains("pri " + c.priority()), lane.running().text());
            }
        }
        int queued = lanes.get(0).groups().stream().mapToInt(g -> g.chips().size()).sum();
        assertEquals(s.runQueue().size(), queued, "every queued thread once, grouped by priority / 4");
        lanes.get(0).groups().forEach(g -> assertTrue(g.label().startsWith("rq ")));

        // The lock graph's overlay has every held or waited-for lock type, with owner and CPU.
        Map<String, LockGraphLiveOverlay.Overlay> overlay = lockGraph.live().overlay().shown();
        for (LockSnapshot l : s.locks()) {
            if (l.owner() != null || !l.waiters().isEmpty() || !l.spinners().isEmpty()) {
                assertTrue(overlay.containsKey(LiveElement.lockTypeOf(l.name())), l + " not in " + overlay.keySet());
            }
        }
        for (LockGraphLiveOverlay.Overlay o : overlay.values()) {
            if (o.owners() == 1) {
                assertTrue(o.text().contains("@CPU") || o.text().contains("("), o.text());
            }
        }
        assertEquals(overlay.keySet().stream().filter(k -> lockTypeShown(k)).collect(Collectors.toSet()),
                lockGraph.live().overlay().badges().keySet(), "a badge on every shown lock type that is busy");
    }

    private boolean lockTypeShown(String name) {
        return lockGraph.shownModel().getLockTypes().stream().anyMatch(t -> t.getName().equals(name));
    }

    @Test
    void theFramesShowEveryContentionOfTheRunAndHowBusyEachCpuWas() {
        Map<String, Long> contended = new HashMap<>();
        LiveSession.Listener sum = new LiveSession.Listener() {
            @Override
            public void snapshot(EngineSnapshot s) {
                session.activityContentions().forEach((type, n) -> contended.merge(type, n, Long::sum));
            }
        };
        session.addListener(sum);
        try {
            loadAndWait();
            runToAndWait(20 * MS);
        } finally {
            session.removeListener(sum);
        }
        Map<String, Long> expected = new HashMap<>();
        session.results().locks().stream().filter(l -> l.contended() > 0)
                .forEach(l -> expected.merge(LiveElement.lockTypeOf(l.name()), l.contended(), Long::sum));
        assertFalse(expected.isEmpty(), "the syscall mix contends for Giant within 20 ms");
        assertEquals(expected, contended, "the frames together saw every contention, by lock type");
        for (Lane lane : runQueues.lanesFigure().getLanes().subList(1, 5)) {
            assertTrue(lane.title().matches("CPU \\d  \\w+ +\\d+% busy( \\*)?"), lane.title());
        }
    }

    @Test
    void aRunAtWatchingSpeedUpdatesTheViewsAndPausesWithoutWaiting() {
        session.setSpeed(20 * MS);
        session.run();
        assertEquals(LiveSession.State.RUNNING, session.state(), "run returns at once; the job runs the engine");
        Workbench.waitUntil("three new snapshots", new java.util.function.BooleanSupplier() {
            private EngineSnapshot last;
            private int seen;

            @Override
            public boolean getAsBoolean() {
                if (session.snapshot() != last) {
                    last = session.snapshot();
                    seen++;
                }
                return seen >= 4;
            }
        }, 30_000);
        assertTrue(runQueues.getContentDescription().contains("4 CPUs at"), runQueues.getContentDescription());
        session.pause();
        Workbench.waitUntil("the run pauses", () -> session.state() == LiveSession.State.READY, 30_000);
        long t = session.snapshot().timeNs();
        assertTrue(t > 0 && t < session.durationNs(), "paused part-way: " + t);
        assertTrue(simulation.statusText().startsWith("Paused at"), simulation.statusText());
    }

    @Test
    void stepProcessesOneEngineEvent() {
        session.step();
        Workbench.waitUntil("the step", () -> session.state() == LiveSession.State.READY
                && session.results() != null, 30_000);
        long events = session.results().events();
        session.step();
        Workbench.waitUntil("the second step", () -> session.state() == LiveSession.State.READY
                && session.results() != null, 30_000);
        assertEquals(events + 1, session.results().events());
    }

    @Test
    void theParallelModeLoadsAndABadSeedIsRefused() {
        simulation.modeCombo().select(1);
        simulation.modeCombo().notifyListeners(SWT.Selection, null);
        Workbench.waitUntil("the parallel load", () -> session.state() == LiveSession.State.READY, 30_000);
        assertFalse(simulation.messageText().contains("cannot"), simulation.messageText());

        simulation.modeCombo().select(0);
        simulation.seedText().setText("seven");
        simulation.applyAndReset();
        assertTrue(simulation.messageText().contains("whole number"), simulation.messageText());
        assertEquals(LiveSession.State.READY, session.state(), "a bad seed leaves the loaded scenario as it was");

        simulation.seedText().setText("7");
        simulation.applyAndReset();
        Workbench.waitUntil("loaded with seed 7", () -> session.state() == LiveSession.State.READY, 30_000);
        assertEquals(7, session.seed());
        assertEquals("", simulation.messageText());
    }

    @Test
    void sixtyFourCpusGetCompactScrollingLanes() {
        simulation.cpusSpinner().setSelection(64);
        simulation.cpusSpinner().notifyListeners(SWT.Selection, null);
        Workbench.waitUntil("64 CPUs loaded", () -> session.state() == LiveSession.State.READY
                && session.snapshot() != null && session.snapshot().cpus().size() == 64, 60_000);
        runToAndWait(2 * MS);
        RunQueueLanesFigure lanes = runQueues.lanesFigure();
        assertEquals(65, lanes.getLanes().size());
        assertTrue(lanes.isCompact());
        assertTrue(lanes.rowHeight() < 20, "compact rows: " + lanes.rowHeight());
        assertTrue(lanes.getPreferredSize().height > runQueues.canvas().getClientArea().height,
                "65 lanes do not fit, so the view scrolls");
        assertNotNull(lanes.boundsOf(new LiveElement.CpuElement(63)), "the last CPU has its lane");
    }

    @Test
    void blockedByShowsTheChainsOfTheSnapshotWithLentPriorities() {
        // Walk forward until some thread waits for a lock (the syscall mix contends for Giant within milliseconds).
        long t = 0;
        while (BlockedByChains.of(session.snapshot()).isEmpty() && t < 200 * MS) {
            t += MS / 2;
            runToAndWait(t);
        }
        List<BlockedByChains.Chain> chains = BlockedByChains.of(session.snapshot());
        assertFalse(chains.isEmpty(), "no thread ever waited for a lock in 200 ms");
        List<BlockedByView.ChainNode> shown = blockedBy.shownChains();
        assertEquals(chains.size(), shown.size());
        BlockedByChains.Chain first = chains.get(0);
        assertTrue(shown.get(0).summary().startsWith("1. " + first.head().name()), shown.get(0).summary());
        assertTrue(shown.get(0).summary().contains(first.locks().get(0).name()), shown.get(0).summary());
        assertEquals(new LiveElement.ThreadElement(first.head().name()), shown.get(0).rows().get(0).element());
        assertEquals(new LiveElement.LockElement(first.locks().get(0).name()), shown.get(0).rows().get(1).element());
        Tree tree = blockedBy.viewer().getTree();
        assertEquals(chains.size(), tree.getItemCount());
        assertTrue(blockedBy.getContentDescription().contains(chains.size() == 1 ? "1 chain" : chains.size()
                + " chains"), blockedBy.getContentDescription());

        // Selecting the lock row selects the lock (Properties shows its owner) and its type in the lock graph.
        Workbench.page().activate(blockedBy);
        BlockedByView.Row lockRow = shown.get(0).rows().get(1);
        blockedBy.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(lockRow), true);
        Workbench.drain();
        String lockType = LiveElement.lockTypeOf(first.locks().get(0).name());
        assertTrue(selectedLockTypes().contains(lockType), "lock graph selection: " + selectedLockTypes());
    }

    private Set<String> selectedLockTypes() {
        return ((List<?>) ((IStructuredSelection) lockGraph.viewer().getSelection()).toList()).stream()
                .map(p -> ((EditPart) p).getModel()).filter(LockType.class::isInstance)
                .map(m -> ((LockType) m).getName()).collect(Collectors.toSet());
    }

    @Test
    void selectingARunningThreadSelectsItInPropertiesAndItsLocksInTheOtherViews() throws Exception {
        // Find a moment where a running thread holds a lock that the lock graph shows.
        long t = 0;
        String thread = null;
        while (thread == null && t < 200 * MS) {
            t += MS;
            runToAndWait(t);
            EngineSnapshot s = session.snapshot();
            for (LockSnapshot l : s.locks()) {
                if (l.owner() != null && s.thread(l.owner()).cpu() >= 0 && lockTypeShown(LiveElement.lockTypeOf(
                        l.name()))) {
                    thread = l.owner();
                    break;
                }
            }
        }
        assertNotNull(thread, "no running lock owner in 200 ms");
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET, null,
                IWorkbenchPage.VIEW_VISIBLE);
        Workbench.page().activate(runQueues);
        runQueues.select(new LiveElement.ThreadElement(thread));
        Workbench.drain();

        EngineSnapshot s = session.snapshot();
        int cpu = s.thread(thread).cpu();
        assertTrue(runQueues.lanesFigure().getSelectedKeys().contains(new LiveElement.ThreadElement(thread)));
        String owner = thread;
        Set<String> held = s.locks().stream().filter(l -> owner.equals(l.owner()))
                .map(l -> LiveElement.lockTypeOf(l.name())).filter(this::lockTypeShown).collect(Collectors.toSet());
        assertTrue(selectedLockTypes().containsAll(held), "held " + held + ", selected " + selectedLockTypes());

        Map<String, String> shown = propertiesShown(properties);
        assertEquals(thread, shown.get("thread"), "properties shown: " + shown);
        assertEquals(Integer.toString(cpu), shown.get("CPU"), "properties shown: " + shown);

        // And back: selecting the CPU's lane selects the CPU (and its thread) for the others.
        runQueues.select(new LiveElement.CpuElement(cpu));
        Workbench.drain();
        assertEquals("CPU " + cpu, propertiesShown(properties).get("CPU") == null ? null
                : "CPU " + propertiesShown(properties).get("CPU"));
    }

    private static Map<String, String> propertiesShown(PropertySheet properties) {
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        Map<String, String> shown = new HashMap<>();
        for (TreeItem top : tree.getItems()) {
            shown.put(top.getText(0), top.getText(1));
            top.setExpanded(true);
            for (TreeItem item : top.getItems()) {
                shown.put(item.getText(0), item.getText(1));
            }
        }
        return shown;
    }

    /** Counts context switches; the engine calls it, the run job copies it between slices. */
    private static final class SwitchCounter implements LiveSession.RunInstrument, org.smpng.sim.SimObserver {
        private long switches; // (engine, then the controlling job between slices)

        @Override
        public org.smpng.sim.SimObserver observer() {
            return this;
        }

        @Override
        public void contextSwitch(long timeNs, int cpu, int from, int to) {
            switches++;
        }

        @Override
        public Object copy(long nowNs) {
            return new long[] {nowNs, switches};
        }
    }

    @Test
    void aRegisteredInstrumentWatchesEveryRunAndItsCopiesReachTheListenersUntilAReset() {
        List<Object> copies = new java.util.ArrayList<>();
        LiveSession.Listener listener = new LiveSession.Listener() {
            @Override
            public void instrumentCopied(LiveSession s, String key, Object copy) {
                if (key.equals("test.switches")) {
                    copies.add(copy);
                }
            }
        };
        session.addListener(listener);
        try {
            session.addInstrument("test.switches", SwitchCounter::new);
            loadAndWait();
            assertNull(session.instrumentCopy("test.switches"), "nothing before the first run");
            runToAndWait(10 * MS);
            long[] last = (long[]) session.instrumentCopy("test.switches");
            assertNotNull(last, "the pause publishes a final copy");
            assertEquals(10 * MS, last[0]);
            assertEquals(session.results().contextSwitches(), last[1],
                    "the instrument saw every context switch the engine counted");
            assertTrue(copies.contains(last));

            session.reset();
            assertNull(session.instrumentCopy("test.switches"), "a reset discards the old run's copies");
            assertNull(copies.get(copies.size() - 1));
        } finally {
            session.removeListener(listener);
            session.removeInstrument("test.switches");
        }
    }

    @Test
    void migrationsAndStealsShowAsArrowsBetweenTheLanesAndEveryOneIsCounted() {
        List<RunQueueLanesFigure.Move> seen = new java.util.ArrayList<>();
        LiveSession.Listener watcher = new LiveSession.Listener() {
            @Override
            public void snapshot(EngineSnapshot s) {
                seen.addAll(runQueues.lanesFigure().getMoves());
            }
        };
        loadAndWait();
        session.addListener(watcher);
        try {
            runToAndWait(20 * MS);
        } finally {
            session.removeListener(watcher);
        }
        long[] moves = runQueues.movesSinceLoad();
        assertTrue(session.results().migrations() > 0, "the syscall mix migrates threads on 4 CPUs");
        assertEquals(session.results().migrations(), moves[0], "every migration of the run reached the view");
        assertEquals(session.results().steals(), moves[1]);
        assertFalse(seen.isEmpty(), "arrows were drawn");
        Set<Object> laneKeys = runQueues.lanesFigure().getLanes().stream().map(Lane::key)
                .collect(Collectors.toSet());
        for (RunQueueLanesFigure.Move m : seen) {
            assertTrue(laneKeys.contains(m.fromKey()) && laneKeys.contains(m.toKey()), m.toString());
            assertFalse(m.fromKey().equals(m.toKey()), "a move changes CPU: " + m);
            assertTrue(m.fade() >= 0 && m.fade() < 1, m.toString());
        }
        assertTrue(runQueues.lanesFigure().getMoves().size() <= 5, "at most the latest 5 arrows");
        String description = runQueues.getContentDescription();
        assertTrue(description.contains("migrations") && description.contains("steals"), description);
    }
}
