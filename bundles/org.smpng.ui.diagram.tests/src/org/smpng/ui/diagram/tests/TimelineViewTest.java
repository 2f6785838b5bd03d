package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.diag.Ktr;
import org.smpng.sim.diag.KtrDumpWriter;
import org.smpng.sim.diag.Timeline;
import org.smpng.ui.diagram.internal.figures.TimelineFigure;
import org.smpng.ui.diagram.live.LiveElement;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.RunQueuesView;
import org.smpng.ui.diagram.live.SimulationView;
import org.smpng.ui.diagram.live.TimelineInterval;
import org.smpng.ui.diagram.live.TimelineView;

/**
 * The Timeline view in the real workbench on the built-in syscall mix: its lanes show the run's recording and add up
 * to the run's CPU time split, an interval lists what ran, zooming changes the visible range, selections link with
 * the other views, and a KTR trace file opens into the same lanes.
 */
class TimelineViewTest {

    private static final long MS = 1_000_000L;

    private LiveSession session;
    private TimelineView timeline;
    private RunQueuesView runQueues;

    @BeforeEach
    void openViews() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.showView(SimulationView.ID);
        runQueues = (RunQueuesView) page.showView(RunQueuesView.ID);
        timeline = (TimelineView) page.showView(TimelineView.ID);
        session = LiveSession.get();
        Workbench.settleSession();
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.reset(); // a fresh run, with the view's recorder attached
        Workbench.waitUntil("the scenario is loaded", () -> session.state() == LiveSession.State.READY, 60_000);
    }

    @AfterEach
    void settle() {
        Workbench.settleSession();
        timeline.showLive();
        session.setSpeed(LiveSession.DEFAULT_SPEED);
    }

    private void runToAndWait(long ns) {
        session.setSpeed(LiveSession.FULL_SPEED);
        session.runTo(ns);
        Workbench.waitUntil("the run pauses at " + ns + " ns", () -> session.state() != LiveSession.State.RUNNING
                && timeline.shown() != null && timeline.shown().endNs() == ns, 120_000);
    }

    @Test
    void theLanesShowTheRecordedRunAndAnIntervalListsWhatRan() {
        runToAndWait(20 * MS);
        Timeline tl = timeline.shown();
        assertEquals(20 * MS, tl.endNs());
        SimResults r = session.results();
        assertEquals(r.cpus(), tl.cpuCount());
        // The lanes add up to the run's CPU time split.
        double all = (double) tl.cpuCount() * r.endTimeNs();
        long[] total = new long[Timeline.STATES];
        for (int c = 0; c < tl.cpuCount(); c++) {
            long[] ns = tl.stateTime(c, 0, tl.endNs());
            for (int s = 0; s < Timeline.STATES; s++) {
                total[s] += ns[s];
            }
        }
        for (int s = SimResults.USER; s <= SimResults.IDLE; s++) {
            assertEquals(r.utilisation()[s], total[s] / all, 1e-9, Timeline.STATE_NAMES.get(s));
        }
        assertTrue(timeline.isFollowing(), "a fresh view follows the run");
        assertEquals(20 * MS - TimelineView.DEFAULT_SPAN_NS, timeline.visibleStartNs(),
                "following shows the latest span");

        // Each lane shows the recorded segments of the range in view, in order, with the recorded threads.
        timeline.showRange(0, 2 * MS);
        assertFalse(timeline.isFollowing());
        TimelineFigure f = timeline.timelineFigure();
        for (int c = 0; c < tl.cpuCount(); c++) {
            Timeline.Lane lane = tl.lane(c);
            List<TimelineFigure.Shown> shown = f.shownSegments(c);
            int expected = 0;
            for (int i = 0; i < lane.size(); i++) {
                expected += lane.start(i) < 2 * MS && lane.end(i) > 0 && lane.end(i) > lane.start(i) ? 1 : 0;
            }
            assertEquals(expected, shown.size(), "CPU " + c + " shows every segment in view");
            int lastX = Integer.MIN_VALUE;
            for (TimelineFigure.Shown s : shown) {
                assertTrue(s.segment() >= 0, "zoomed in: segments, not summaries");
                assertEquals(lane.thread(s.segment()), s.thread());
                assertEquals(lane.state(s.segment()), s.state());
                assertEquals(f.xOf(Math.max(0, lane.start(s.segment()))), s.x0());
                assertTrue(s.x0() >= lastX, "in time order");
                lastX = s.x0();
                if (!s.label().isEmpty()) {
                    assertEquals(TimelineFigure.shortName(tl.names().thread(s.thread())), s.label());
                }
            }
        }
        // Zoomed in on the longest busy segment, it carries its thread's name.
        int bestCpu = 0, best = -1;
        for (int c = 0; c < tl.cpuCount(); c++) {
            Timeline.Lane lane = tl.lane(c);
            for (int i = 0; i < lane.size(); i++) {
                if (lane.state(i) != Timeline.IDLE && lane.thread(i) >= 0 && (best < 0
                        || lane.end(i) - lane.start(i) > tl.lane(bestCpu).end(best) - tl.lane(bestCpu).start(best))) {
                    bestCpu = c;
                    best = i;
                }
            }
        }
        Timeline.Lane bl = tl.lane(bestCpu);
        timeline.showRange(bl.start(best), 2 * (bl.end(best) - bl.start(best)));
        int segment = best;
        TimelineFigure.Shown longest = f.shownSegments(bestCpu).stream().filter(s -> s.segment() == segment)
                .findFirst().orElseThrow();
        assertEquals(TimelineFigure.shortName(tl.names().thread(bl.thread(best))), longest.label());
        assertEquals(f.axisWidth() / 2, longest.x1() - longest.x0(), 1, "half the view wide");

        // Zoom: fit shows the whole run; zooming in around 10 ms halves the range around it.
        timeline.fit();
        assertEquals(0, timeline.visibleStartNs());
        assertEquals(20 * MS, timeline.visibleSpanNs());
        timeline.zoomBy(2, 10 * MS);
        assertEquals(10 * MS, timeline.visibleSpanNs());
        assertEquals(5 * MS, timeline.visibleStartNs());
        assertEquals(f.xOf(10 * MS), f.xOf(5 * MS) + f.axisWidth() / 2, 1);

        // An interval lists what ran, per CPU as the lanes say, and becomes the workbench selection.
        timeline.selectInterval(15 * MS, 5 * MS);
        TimelineInterval iv = timeline.selectedInterval();
        assertEquals(5 * MS, iv.startNs());
        assertEquals(15 * MS, iv.endNs());
        List<String[]> rows = timeline.summaryRows();
        assertEquals("Interval 5.000 – 15.000 ms (10.000 ms)", rows.get(0)[0]);
        for (int c = 0; c < tl.cpuCount(); c++) {
            long idle = tl.stateTime(c, 5 * MS, 15 * MS)[Timeline.IDLE];
            String cpu = "   " + tl.names().cpus().get(c);
            String[] row = rows.stream().filter(x -> x[0].equals(cpu)).findFirst().orElseThrow();
            assertEquals(String.format(java.util.Locale.ROOT, "busy %.1f%%", 100 * (1 - idle / (10.0 * MS))),
                    row[1]);
        }
        Timeline.ThreadTime most = iv.summary().threads().get(0);
        assertEquals("   " + most.thread(), rows.get(2)[0], "the thread that ran most comes first");
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f ms", most.cpuNs() / 1e6), rows.get(2)[1]);
        String[] events = rows.get(rows.size() - 1);
        assertEquals("Lock events", events[0]);
        assertEquals(String.valueOf(iv.summary().lockEvents()), events[1]);
        assertTrue(iv.summary().lockEvents() > 0, "the syscall mix contends in 10 ms");
        Object selected = ((IStructuredSelection) timeline.getSite().getSelectionProvider().getSelection())
                .getFirstElement();
        assertInstanceOf(TimelineInterval.class, selected);

        // Linked selection: a thread selected here, a CPU selected in the Run Queues view is outlined here.
        Workbench.page().activate(timeline);
        timeline.select(new LiveElement.ThreadElement(most.thread()));
        Workbench.drain();
        assertEquals(Set.of(tl.names().threads().indexOf(most.thread())), f.selectedThreads());
        assertTrue(runQueues.lanesFigure().getSelectedKeys().contains(new LiveElement.ThreadElement(most.thread())),
                "the Run Queues view outlines the thread selected here");
        Workbench.page().activate(runQueues);
        runQueues.select(new LiveElement.CpuElement(1));
        Workbench.drain();
        assertTrue(f.selectedCpus().contains(1), "the Run Queues view's CPU is outlined here");
    }

    /**
     * A lane with far more segments than pixels is drawn one summarized column per pixel, each the state that
     * dominated it, and paints without touching every segment's text.
     */
    @Test
    void zoomedOutALaneIsDrawnAsOneSummarizedColumnPerPixel() {
        Timeline.Names names = new Timeline.Names(List.of("p/a", "p/b"), List.of("Giant"), List.of("cpu0", "cpu1"),
                List.of(), List.of());
        Timeline.Builder b = new Timeline.Builder("synthetic", names, true);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            // Two thirds user, one third spinning on CPU 0; CPU 1 idle but for every tenth segment.
            b.segment(0, i * 100L, i % 2, i % 3 == 0 ? Timeline.SPIN : Timeline.USER, i % 3 == 0 ? 0 : -1);
            b.segment(1, i * 100L, i % 10 == 0 ? 1 : -1, i % 10 == 0 ? Timeline.KERNEL : Timeline.IDLE, -1);
        }
        Timeline tl = b.build(n * 100L);
        TimelineFigure f = new TimelineFigure();
        f.setFont(Display.getCurrent().getSystemFont());
        f.setTimeline(tl);
        f.setBounds(new Rectangle(0, 0, TimelineFigure.HEADER_WIDTH + 506, 300));
        f.setVisibleRange(0, tl.endNs());
        for (int c = 0; c < 2; c++) {
            List<TimelineFigure.Shown> shown = f.shownSegments(c);
            assertEquals(f.axisWidth(), shown.size(), "one column per pixel, not " + tl.lane(c).size() + " segments");
            float[] shares = tl.columnShares(c, 0, tl.endNs() / (double) f.axisWidth(), f.axisWidth());
            for (TimelineFigure.Shown s : shown) {
                assertEquals(-1, s.segment());
                assertEquals(c == 0 ? Timeline.USER : Timeline.IDLE, s.state());
                int col = s.x0() - f.xOf(0);
                assertEquals(c == 0 ? 2 / 3.0 : 0.9,
                        shares[col * Timeline.STATES + (c == 0 ? Timeline.USER : Timeline.IDLE)], 0.01);
            }
        }
        // The ruler: ticks 1, 2 or 5 times a power of ten apart, labelled in the unit their size calls for.
        assertEquals(500_000, TimelineFigure.tickStep(5 * MS, 1000));
        assertEquals("127.5 ms", TimelineFigure.formatTime(127_500_000, 500_000));
        assertEquals("0.0 ms", TimelineFigure.formatTime(0, 500_000));
        assertEquals("1.5 µs", TimelineFigure.formatTime(1_500, 500));
        assertEquals("1.2 s", TimelineFigure.formatTime(1_200_000_000, 200_000_000));
        Image image = new Image(Display.getCurrent(), 600, 300);
        GC gc = new GC(image);
        SWTGraphics g = new SWTGraphics(gc);
        try {
            f.paint(g);
        } finally {
            g.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    @Test
    void aKtrTraceOpensIntoTheLanesAndABadOneIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("syscall-mix.ktr");
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        try (Writer w = Files.newBufferedWriter(file); KtrDumpWriter out = new KtrDumpWriter(w)) {
            Ktr ktr = new Ktr(Ktr.KTR_ALL, 1024, out);
            try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(4).withDuration(5 * MS)
                    .withSeed(5), ktr)) {
                sim.run();
            }
            ktr.close();
        }
        // File > Open KTR Trace... shows the Timeline view and reads the file into it.
        Workbench.page().hideView(timeline);
        Workbench.drain();
        org.smpng.ui.diagram.OpenKtrTraceMenu.open(Workbench.page().getWorkbenchWindow(), file).join();
        timeline = (TimelineView) Workbench.page().findView(TimelineView.ID);
        assertNotNull(timeline, "the menu opened the Timeline view");
        Workbench.waitUntil("the trace is shown", () -> timeline.shown() != null
                && timeline.shown().source().equals("syscall-mix.ktr"), 30_000);
        Timeline tl = timeline.shown();
        assertEquals(4, tl.cpuCount());
        assertFalse(tl.splitsUserKernel());
        assertEquals(0, timeline.visibleStartNs(), "a trace opens fitted");
        assertTrue(timeline.getContentDescription().startsWith("KTR trace syscall-mix.ktr: 4 CPUs"),
                timeline.getContentDescription());
        assertTrue(timeline.timelineFigure().shownSegments(0).size() > 0);

        Path bad = dir.resolve("bad.ktr");
        Files.writeString(bad, "index  cpu timestamp        trace\n------ --- ---------------- -----\n"
                + "     1   0    12 KTRGRAPH group:\"thread\"\n");
        timeline.openTrace(bad).join();
        Workbench.waitUntil("the error is shown", () -> !timeline.traceError().isEmpty(), 30_000);
        assertTrue(timeline.traceError().startsWith("Cannot open bad.ktr: bad.ktr:3: a KTRGRAPH record needs"),
                timeline.traceError());
        assertTrue(timeline.getContentDescription().contains("bad.ktr:3"));
        assertEquals("syscall-mix.ktr", timeline.shown().source(), "the trace shown before stays");

        timeline.showLive();
        assertNull(timeline.shown(), "the fresh run has not run yet: nothing recorded");
        assertTrue(timeline.isFollowing());
        assertTrue(timeline.getContentDescription().startsWith("No timeline yet"), timeline.getContentDescription());
    }

    @Test
    void openedDuringARunTheViewShowsTheRunFromItsStart() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.hideView(timeline);
        Workbench.drain();
        session.setSpeed(LiveSession.FULL_SPEED);
        session.runTo(10 * MS);
        Workbench.waitUntil("paused", () -> session.state() != LiveSession.State.RUNNING, 120_000);
        timeline = (TimelineView) page.showView(TimelineView.ID);
        Workbench.drain();
        assertNotNull(timeline.shown(), "the run was recorded while the view was closed");
        assertEquals(10 * MS, timeline.shown().endNs());
        assertEquals(0, timeline.shown().lane(0).start(0), "from the run's start");
        assertFalse(timeline.getContentDescription().contains("Recording stopped"), timeline.getContentDescription());
    }
}
