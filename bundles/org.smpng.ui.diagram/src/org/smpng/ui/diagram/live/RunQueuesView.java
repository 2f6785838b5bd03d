package org.smpng.ui.diagram.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.smpng.sim.Snapshots.CpuSnapshot;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.ui.diagram.export.DiagramSource;
import org.smpng.ui.diagram.export.ExportDiagramAction;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure.Chip;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure.Group;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure.Lane;

/**
 * The run queues of the live run: one lane per CPU, coloured by what the CPU does (user, kernel, spinning, in an
 * interrupt thread, idle), with the thread it runs, its priority and, when it runs on a lent priority, its base
 * priority (yellow chip); above them the 4BSD global run queue, its threads grouped by run-queue index
 * (priority / 4, as {@code runq_add()} files them). Under ULE each CPU lane carries its own queue. Clicking a
 * thread or a CPU selects it (Properties, the other views). From {@value RunQueueLanesFigure#COMPACT_FROM} CPUs on the
 * rows are compact and the view scrolls. Migrations and steals show as they happen: arrows between the lanes for
 * the latest {@value #ARROWS} moves, fading over {@value #FADE_MS} ms of wall time (at watching speed each move is
 * seen; at full speed the arrows show the latest and the description counts them all per second). The toolbar's
 * Export Diagram writes the lanes as shown (SVG, PNG, PDF). UI thread only.
 */
public final class RunQueuesView extends ViewPart implements LiveSession.Listener, ISelectionListener, DiagramSource {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.runQueuesView";

    /** The key of the global run queue's lane. */
    public static final String GLOBAL_QUEUE = "run queue";

    /** How many moves are drawn at most, and how long (wall ms) an arrow takes to fade. */
    static final int ARROWS = 5, FADE_MS = 1500;

    /** A move and the wall time (System.nanoTime) it was first shown. */
    private record Shown(ActivityObserver.Migration move, long sinceNs) {
    }

    /** A frame's move counts and its wall time, for the per-second figures. */
    private record Counted(long atNs, long moves, long steals) {
    }

    private long movesSinceLoad, stealsSinceLoad;
    private final Deque<Shown> shownMoves = new ArrayDeque<>();
    private final Deque<Counted> counted = new ArrayDeque<>();
    private final LiveSelection selection = new LiveSelection();
    private FigureCanvas canvas;
    private RunQueueLanesFigure lanes;
    private Font font;
    private Font compactFont;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        font = laneFont(parent.getDisplay(), false);
        compactFont = laneFont(parent.getDisplay(), true);
        lanes = new RunQueueLanesFigure();
        lanes.setFont(font);
        lanes.addMouseListener(new MouseListener.Stub() {
            @Override
            public void mousePressed(MouseEvent me) {
                select(lanes.keyAt(me.getLocation()));
            }
        });
        canvas.setContents(lanes);
        getViewSite().getActionBars().getToolBarManager()
                .add(new ExportDiagramAction(this, () -> getSite().getShell()));
        getSite().setSelectionProvider(selection);
        getSite().getPage().addSelectionListener(this);
        LiveSession session = LiveSession.get();
        session.addListener(this);
        if (session.snapshot() != null) {
            snapshot(session.snapshot());
        }
        setContentDescription("Press Run in the Simulation view to watch the CPUs and their run queues.");
    }

    /** Selects the element of {@code key} (a lane header or a thread chip) as if the user clicked it. */
    public void select(Object key) {
        if (key == GLOBAL_QUEUE) {
            key = null;
        }
        if (key instanceof LiveElement e) {
            lanes.setSelectedKeys(Set.of(e));
            selection.setSelection(new StructuredSelection(e));
        } else {
            lanes.setSelectedKeys(Set.of());
            selection.setSelection(StructuredSelection.EMPTY);
        }
    }

    @Override
    public void snapshot(EngineSnapshot s) {
        if (canvas.isDisposed()) {
            return;
        }
        ActivityObserver.Sample activity = LiveSession.get().activity();
        show(lanes, s, activity.cpuBusy(), font, compactFont);
        lanes.setMoves(moves(s, activity, System.nanoTime()));
        long perSecondMoves = counted.stream().mapToLong(Counted::moves).sum();
        long perSecondSteals = counted.stream().mapToLong(Counted::steals).sum();
        setContentDescription(String.format("%d CPUs at %.3f ms; %d threads queued; last second: %d migrations, %d"
                + " steals", s.cpus().size(), s.timeNs() / 1e6, s.runQueue().size()
                        + s.cpus().stream().mapToInt(c -> c.runQueue().size()).sum(), perSecondMoves,
                perSecondSteals));
    }

    /**
     * Adds the frame's migrations to the shown ones and returns the arrows: the latest {@link #ARROWS} younger than
     * {@link #FADE_MS}, oldest first. A migration names CPU indices, which index the snapshot's CPUs.
     */
    private List<RunQueueLanesFigure.Move> moves(EngineSnapshot s, ActivityObserver.Sample activity, long wall) {
        movesSinceLoad += activity.migrationCount();
        stealsSinceLoad += activity.stealCount();
        if (activity.migrationCount() > 0 || !counted.isEmpty()) {
            counted.addLast(new Counted(wall, activity.migrationCount(), activity.stealCount()));
        }
        while (!counted.isEmpty() && wall - counted.peekFirst().atNs() > 1_000_000_000L) {
            counted.removeFirst();
        }
        for (ActivityObserver.Migration m : activity.migrations()) {
            shownMoves.addLast(new Shown(m, wall));
        }
        long fadeNs = FADE_MS * 1_000_000L;
        while (!shownMoves.isEmpty() && (shownMoves.size() > ARROWS || wall - shownMoves.peekFirst().sinceNs()
                >= fadeNs)) {
            shownMoves.removeFirst();
        }
        List<RunQueueLanesFigure.Move> arrows = new ArrayList<>();
        for (Shown shown : shownMoves) {
            ActivityObserver.Migration m = shown.move();
            if (m.fromCpu() < 0 || m.toCpu() < 0 || m.fromCpu() >= s.cpus().size() || m.toCpu() >= s.cpus().size()) {
                continue;
            }
            arrows.add(new RunQueueLanesFigure.Move(new LiveElement.CpuElement(s.cpus().get(m.fromCpu()).cpuId()),
                    new LiveElement.CpuElement(s.cpus().get(m.toCpu()).cpuId()),
                    new LiveElement.ThreadElement(m.thread()), m.steal(), (wall - shown.sinceNs()) / (double) fadeNs));
        }
        return arrows;
    }

    /** Forgets the arrows and counts of the run before (a new scenario was loaded). */
    @Override
    public void loaded(LiveSession session, org.smpng.model.kernel.KernelModel kernel) {
        shownMoves.clear();
        counted.clear();
        movesSinceLoad = 0;
        stealsSinceLoad = 0;
        if (lanes != null) {
            lanes.setMoves(List.of());
        }
    }

    /** The migrations and steals the view was told of since the scenario was loaded: {migrations, steals}. */
    public long[] movesSinceLoad() {
        return new long[] {movesSinceLoad, stealsSinceLoad};
    }

    /** {@return the lanes' font: 9 points (7 when compact) in the system font's family; the caller disposes it} */
    static Font laneFont(Display display, boolean compact) {
        FontData system = display.getSystemFont().getFontData()[0];
        return new Font(display, new FontData(system.getName(), compact ? 7 : 9, SWT.NORMAL));
    }

    /**
     * Shows a snapshot on {@code lanes} in {@code font}, or in {@code compactFont} when there are so many CPUs that
     * the rows are compact; {@code busy} as in {@link #lanesOf}. The view and {@code ./smpng export-diagram} both
     * draw the run queues this way.
     */
    static void show(RunQueueLanesFigure lanes, EngineSnapshot s, double[] busy, Font font, Font compactFont) {
        boolean compact = s.cpus().size() + 1 >= RunQueueLanesFigure.COMPACT_FROM;
        Font wanted = compact ? compactFont : font;
        if (lanes.getFont() != wanted) {
            lanes.setFont(wanted);
        }
        lanes.setLanes(lanesOf(s, busy, compact));
    }

    /**
     * The lanes of a snapshot: the global queue, then one per CPU, each titled with how busy the CPU was since the
     * previous frame ({@code busy} by CPU index; shorter than the CPUs when unknown).
     */
    public static List<Lane> lanesOf(EngineSnapshot s, double[] busy, boolean compact) {
        List<Lane> out = new ArrayList<>(s.cpus().size() + 1);
        out.add(new Lane(GLOBAL_QUEUE, compact ? "run queue" : "global run queue", "queue", null,
                groups(s.runQueue(), compact)));
        for (int i = 0; i < s.cpus().size(); i++) {
            CpuSnapshot c = s.cpus().get(i);
            String load = i < busy.length ? String.format(compact ? " %2.0f%%" : "  %2.0f%% busy", 100 * busy[i]) : "";
            Chip running = null;
            if (c.current() != null) {
                ThreadSnapshot t = s.thread(c.current());
                running = t == null ? new Chip(new LiveElement.ThreadElement(c.current()), c.current(), false)
                        : chip(t, compact);
            }
            String title = compact ? "CPU " + c.cpuId() + load : "CPU " + c.cpuId() + "  " + c.state() + load
                    + (c.owepreempt() ? " *" : "");
            out.add(new Lane(new LiveElement.CpuElement(c.cpuId()), title, c.state(), running,
                    groups(c.runQueue(), compact)));
        }
        return out;
    }

    private static List<Group> groups(List<ThreadSnapshot> queue, boolean compact) {
        Map<Integer, List<Chip>> byIndex = new LinkedHashMap<>();
        for (ThreadSnapshot t : queue) {
            byIndex.computeIfAbsent(t.priority() / 4, k -> new ArrayList<>()).add(chip(t, compact));
        }
        List<Group> groups = new ArrayList<>();
        byIndex.forEach((index, chips) -> groups.add(new Group("rq " + index, chips)));
        return groups;
    }

    /** A thread's chip: name and priority, with the base priority when a lent one is in force. */
    static Chip chip(ThreadSnapshot t, boolean compact) {
        boolean lent = t.priority() < t.basePriority();
        String name = compact ? t.name().substring(t.name().lastIndexOf('/') + 1) : t.name();
        String text = compact ? name + " " + t.priority() + (lent ? "<" + t.basePriority() : "")
                : name + "  pri " + t.priority() + (lent ? " (lent; base " + t.basePriority() + ")" : "");
        return new Chip(new LiveElement.ThreadElement(t.name()), text, lent);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection incoming) {
        if (part == this || lanes == null) {
            return;
        }
        LiveFocus focus = LiveFocus.of(incoming, LiveSession.get().snapshot());
        if (focus.isEmpty()) {
            return;
        }
        Set<Object> keys = new HashSet<>();
        focus.threads().forEach(t -> keys.add(new LiveElement.ThreadElement(t)));
        focus.cpus().forEach(c -> keys.add(new LiveElement.CpuElement(c)));
        lanes.setSelectedKeys(keys);
    }

    @Override
    public String diagramName() {
        return "Run Queues";
    }

    @Override
    public IFigure diagramFigure() {
        return lanes;
    }

    /** The figure, for tests and measurements. */
    public RunQueueLanesFigure lanesFigure() {
        return lanes;
    }

    /** The canvas, for tests and measurements. */
    public FigureCanvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        LiveSession.get().removeListener(this);
        getSite().getPage().removeSelectionListener(this);
        font.dispose();
        compactFont.dispose();
        super.dispose();
    }
}
