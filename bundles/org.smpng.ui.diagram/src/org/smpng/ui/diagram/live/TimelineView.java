package org.smpng.ui.diagram.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.draw2d.MouseMotionListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.smpng.io.ktr.KtrDumpParser;
import org.smpng.io.ktr.KtrFormatException;
import org.smpng.sim.SimObserver;
import org.smpng.sim.diag.Timeline;
import org.smpng.sim.diag.TimelineRecorder;
import org.smpng.ui.diagram.export.DiagramSource;
import org.smpng.ui.diagram.export.ExportDiagramAction;
import org.smpng.ui.diagram.internal.figures.TimelineFigure;

/**
 * The Timeline (KTR) view: per-CPU lanes of thread states over virtual time, as schedgraph shows a KTR trace, for
 * the live run or for a {@code ktrdump -ct} file. Ctrl+wheel zooms around the mouse, Shift+wheel and the scroll bar
 * pan; the toolbar zooms, fits the whole run, follows the run again and opens a trace. Dragging across the lanes
 * selects an interval and lists what ran in it below the lanes; clicking a segment selects its thread, a lane's title
 * its CPU, for Properties and the other live views, and their selections outline the same threads and CPUs here.
 *
 * <p>Overview. The Simulation view registers the Timeline's {@link LiveSession.RunInstrument} ({@link #register})
 * before the first load, so every run is recorded whether this view is open or not (a user who opens it during a
 * run sees the run from its start); its observer is a {@link TimelineRecorder} limited to {@link #MAX_ENTRIES}
 * segments and marks, so a long run cannot exhaust the workbench's memory;
 * the session's run job copies it every {@link #COPY_INTERVAL_NS} of wall time between slices (an immutable
 * {@link Timeline} that shares the recorder's sealed chunks, so a copy costs its open chunks) and the UI thread gets
 * the copy through {@link LiveSession.Listener#instrumentCopied}. Nothing here waits for the engine: drawing reads
 * only the copy, and a trace file is parsed in a job. While following, the view shows the latest
 * {@link #visibleSpanNs()} up to the run's "now"; zooming with the wheel or panning stops following, the Follow
 * button resumes it.
 *
 * <p>UI thread only.
 */
public final class TimelineView extends ViewPart implements LiveSession.Listener, ISelectionListener,
        DiagramSource {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.timelineView";

    /** The key of the view's run instrument in the session. */
    public static final String INSTRUMENT = "timeline";

    /** How often a run in progress copies its timeline for the view: four times a second of wall time. */
    public static final long COPY_INTERVAL_NS = 250_000_000L;

    /**
     * The interval shown while following a fresh run: the last 5 ms of virtual time, in which the syscall mix's
     * segments on 4 CPUs are still drawn one by one on a full-width view.
     */
    public static final long DEFAULT_SPAN_NS = 5_000_000L;

    private static final long MIN_SPAN_NS = 1_000;
    private static final double ZOOM_STEP = 1.5;

    /**
     * The most segments and marks a live run's timeline keeps (about 24 bytes each: some 200 MB); the syscall mix
     * on 4 CPUs writes about 1.2 million per second of virtual time, so the first several seconds of a run.
     */
    public static final long MAX_ENTRIES = 8_000_000L;

    /**
     * How often a run copies its timeline while no Timeline view is open: rarely, since a copy of a many-CPU run's
     * open chunks costs megabytes; a view that opens gets a copy at the next slice (its interval is then short).
     */
    static final long UNWATCHED_COPY_INTERVAL_NS = 10_000_000_000L;

    /** How many Timeline views are open; written by the UI thread, read by the run job. */
    private static volatile int openViews;

    /** Registers the Timeline's run instrument with {@code session}, so that every later load records its run. */
    public static void register(LiveSession session) {
        session.addInstrument(INSTRUMENT, Instrument::new);
    }

    /** The session's run instrument: the recorder attached to the run, and its copies. */
    private static final class Instrument implements LiveSession.RunInstrument {
        private final TimelineRecorder recorder = new TimelineRecorder(MAX_ENTRIES);

        @Override
        public SimObserver observer() {
            return recorder;
        }

        @Override
        public Object copy(long nowNs) {
            return recorder.copy(nowNs);
        }

        @Override
        public long copyIntervalNs() {
            return openViews > 0 ? COPY_INTERVAL_NS : UNWATCHED_COPY_INTERVAL_NS;
        }
    }

    private final LiveSelection selection = new LiveSelection();
    private SashForm sash;
    private FigureCanvas canvas;
    private TimelineFigure figure;
    private Slider slider;
    private Table summary;
    private final Label tooltip = new Label();
    private Font font, compactFont;
    private Timeline live; // the latest copy of the live run's recording, or null
    private Timeline trace; // the trace file shown, or null when showing the live run
    private boolean following = true;
    private long span = DEFAULT_SPAN_NS;
    private long start;
    private int dragX = -1;
    private long dragTime;
    private TimelineInterval interval; // the selected interval, or null
    private IAction followAction, liveAction;
    private String traceError = "";

    @Override
    public void createPartControl(Composite parent) {
        sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        top.setLayout(layout);
        canvas = new FigureCanvas(top, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.setHorizontalScrollBarVisibility(FigureCanvas.NEVER);
        // The lanes are as wide as the view (time is scrolled by the slider below), as tall as the CPUs need.
        canvas.getViewport().setContentsTracksWidth(true);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        slider = new Slider(top, SWT.HORIZONTAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.addListener(SWT.Selection, e -> scrolled());
        // The Run Queues view's fonts, so that both views draw their lanes alike.
        font = RunQueuesView.laneFont(parent.getDisplay(), false);
        compactFont = RunQueuesView.laneFont(parent.getDisplay(), true);
        figure = new TimelineFigure();
        figure.setFont(font);
        figure.setEmptyText("Press Run in the Simulation view to record the CPUs' timeline,"
                + " or open a KTR trace (ktrdump -ct) from the toolbar.");
        canvas.setContents(figure);
        canvas.addListener(SWT.Resize, e -> {
            figure.setFillHeight(canvas.getClientArea().height);
            fitFigureWidth();
            applyRange();
        });
        hookMouse();
        summary = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        summary.setHeaderVisible(true);
        summary.setLinesVisible(true);
        for (String[] c : new String[][] {{"What ran in the selected interval", "320"}, {"Time", "110"},
            {"Share / detail", "420"}}) {
            TableColumn col = new TableColumn(summary, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        new TableItem(summary, SWT.NONE).setText(new String[] {"Drag across the lanes to select an interval.", "",
            ""});
        sash.setWeights(72, 28);
        contributeToolBar(getViewSite().getActionBars().getToolBarManager());
        getSite().setSelectionProvider(selection);
        getSite().getPage().addSelectionListener(this);

        LiveSession session = LiveSession.get();
        session.addListener(this);
        register(session); // already done by the Simulation view, unless this view was opened without it
        openViews++; // UI thread only writes it
        if (session.instrumentCopy(INSTRUMENT) instanceof Timeline tl) {
            live = tl;
            show();
        }
        describe();
    }

    private void contributeToolBar(IToolBarManager bar) {
        IAction zoomIn = new Action("Zoom In") {
            @Override
            public void run() {
                zoomBy(ZOOM_STEP, following ? start + span : start + span / 2);
            }
        };
        zoomIn.setToolTipText("Zoom in (Ctrl+mouse wheel over the lanes zooms around the mouse;"
                + " Shift+wheel pans)");
        bar.add(zoomIn);
        IAction zoomOut = new Action("Zoom Out") {
            @Override
            public void run() {
                zoomBy(1 / ZOOM_STEP, following ? start + span : start + span / 2);
            }
        };
        zoomOut.setToolTipText("Zoom out (Ctrl+mouse wheel over the lanes zooms around the mouse)");
        bar.add(zoomOut);
        bar.add(new Action("Zoom to Fit the Whole Run", icon("zoom_fit.png")) {
            @Override
            public void run() {
                fit();
            }
        });
        followAction = new Action("Follow the Run", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setFollowing(isChecked());
            }
        };
        followAction.setImageDescriptor(icon("run.png"));
        followAction.setChecked(true);
        bar.add(followAction);
        bar.add(new Separator());
        bar.add(new Action("Open KTR Trace (ktrdump -ct)...", icon("open.png")) {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
                dialog.setText("Open KTR Trace");
                dialog.setFilterExtensions(new String[] {"*.ktr;*.txt;*.out", "*"});
                String file = dialog.open();
                if (file != null) {
                    openTrace(Path.of(file));
                }
            }
        });
        liveAction = new Action("Show the Live Run") {
            @Override
            public void run() {
                showLive();
            }
        };
        liveAction.setEnabled(false);
        bar.add(liveAction);
        bar.add(new Separator());
        bar.add(new ExportDiagramAction(this, () -> getSite().getShell()));
    }

    private static ImageDescriptor icon(String name) {
        return ResourceLocator.imageDescriptorFromBundle("org.smpng.ui.diagram", "icons/" + name)
                .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }

    private void hookMouse() {
        figure.addMouseListener(new MouseListener.Stub() {
            @Override
            public void mousePressed(MouseEvent me) {
                if (me.button == 1 && shown() != null) {
                    dragX = me.x;
                    dragTime = figure.timeAt(me.x);
                }
            }

            @Override
            public void mouseReleased(MouseEvent me) {
                if (dragX < 0) {
                    return;
                }
                int from = dragX;
                dragX = -1;
                if (Math.abs(me.x - from) < 3 || figure.onHeader(from)) {
                    clickAt(me.x, me.y);
                } else {
                    selectInterval(dragTime, figure.timeAt(me.x));
                }
            }
        });
        figure.addMouseMotionListener(new MouseMotionListener.Stub() {
            @Override
            public void mouseDragged(MouseEvent me) {
                if (dragX >= 0 && !figure.onHeader(dragX)) {
                    figure.setSelectedInterval(dragTime, figure.timeAt(me.x));
                }
            }

            @Override
            public void mouseMoved(MouseEvent me) {
                String text = figure.describe(me.getLocation());
                if (text == null) {
                    figure.setToolTip(null);
                } else {
                    tooltip.setText(text);
                    figure.setToolTip(tooltip);
                }
            }
        });
        canvas.addListener(SWT.MouseWheel, this::wheel);
    }

    /** Ctrl+wheel zooms around the mouse, Shift+wheel pans; a plain wheel scrolls the lanes. */
    private void wheel(Event e) {
        if (shown() == null) {
            return;
        }
        int x = e.x + canvas.getViewport().getViewLocation().x;
        if ((e.stateMask & SWT.CTRL) != 0) {
            e.doit = false;
            following = false;
            zoomBy(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, figure.timeAt(x));
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            e.doit = false;
            setFollowing(false);
            start = Math.max(0, start - (long) (Math.signum(e.count) * span / 10));
            applyRange();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // What is shown

    /** The timeline shown: the trace file if one is open, else the live run's latest copy; may be null. */
    public Timeline shown() {
        return trace != null ? trace : live;
    }

    private void show() {
        Timeline tl = shown();
        figure.setFont(tl != null && tl.cpuCount() >= TimelineFigure.COMPACT_FROM ? compactFont : font);
        figure.setTimeline(tl);
        fitFigureWidth();
        applyRange();
    }

    private void fitFigureWidth() {
        figure.revalidate();
        canvas.getViewport().validate();
    }

    /** Puts the visible range within the timeline (following: its end), and updates the figure and scroll bar. */
    private void applyRange() {
        Timeline tl = shown();
        long end = tl == null ? 0 : tl.endNs();
        if (following && tl != null) {
            start = Math.max(0, end - span);
        }
        start = Math.max(0, Math.min(start, Math.max(0, end - span / 10)));
        figure.setVisibleRange(start, span);
        long total = Math.max(end, start + span);
        long unit = Math.max(1, total / 100_000);
        int thumb = (int) Math.max(1, span / unit);
        slider.setValues((int) (start / unit), 0, (int) (total / unit) + 1, thumb, Math.max(1, thumb / 10), thumb);
        slider.setData(unit);
        describe();
    }

    private void scrolled() {
        long unit = slider.getData() instanceof Long u ? u : 1;
        setFollowing(false);
        start = slider.getSelection() * unit;
        applyRange();
    }

    private void setFollowing(boolean on) {
        following = on;
        if (followAction != null) {
            followAction.setChecked(on);
        }
        applyRange();
    }

    /** Zooms by {@code factor} (above 1: in) keeping virtual time {@code anchor} where it is on the screen. */
    public void zoomBy(double factor, long anchor) {
        Timeline tl = shown();
        long limit = Math.max(MIN_SPAN_NS * 10, tl == null ? span : tl.endNs() + tl.endNs() / 20);
        long newSpan = Math.max(MIN_SPAN_NS, Math.min(limit, Math.round(span / factor)));
        double frac = span == 0 ? 0.5 : (anchor - start) / (double) span;
        start = Math.max(0, anchor - Math.round(frac * newSpan));
        span = newSpan;
        if (following && factor > 1 && tl != null && anchor < tl.endNs() - span) {
            setFollowing(false);
        }
        applyRange();
    }

    /** Shows the whole timeline; stops following. */
    public void fit() {
        Timeline tl = shown();
        span = Math.max(MIN_SPAN_NS * 10, tl == null ? DEFAULT_SPAN_NS : tl.endNs());
        start = 0;
        setFollowing(false);
    }

    /** Shows [startNs, startNs + spanNs); stops following. */
    public void showRange(long startNs, long spanNs) {
        span = Math.max(MIN_SPAN_NS, spanNs);
        start = Math.max(0, startNs);
        setFollowing(false);
    }

    /** Follows the run again: shows the latest {@link #visibleSpanNs()} up to its "now". */
    public void follow() {
        setFollowing(true);
    }

    public boolean isFollowing() {
        return following;
    }

    public long visibleStartNs() {
        return figure.visibleStart();
    }

    public long visibleSpanNs() {
        return figure.visibleSpan();
    }

    private void describe() {
        if (sash == null || sash.isDisposed()) {
            return;
        }
        Timeline tl = shown();
        if (tl == null) {
            setContentDescription(traceError.isEmpty() ? "No timeline yet: press Run in the Simulation view, or"
                    + " open a KTR trace." : traceError);
            return;
        }
        String what = trace != null ? "KTR trace " + tl.source() : "Live run of " + tl.source();
        var snapshot = LiveSession.get().snapshot();
        String stopped = trace == null && snapshot != null && snapshot.timeNs() > tl.endNs()
                ? String.format(Locale.ROOT, "  Recording stopped at %.3f ms: the Timeline keeps %,d million events"
                        + " of a run; for a longer one use ./smpng simulate --ktr and Open KTR Trace.",
                        tl.endNs() / 1e6, MAX_ENTRIES / 1_000_000)
                : "";
        setContentDescription(String.format(Locale.ROOT,
                "%s: %d CPUs, %.3f ms recorded; showing %.3f – %.3f ms%s%s%s",
                what, tl.cpuCount(), tl.endNs() / 1e6, start / 1e6, (start + span) / 1e6,
                following && trace == null ? " (following)" : "",
                traceError.isEmpty() ? "" : "  " + traceError, stopped));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Selection

    /** A click: a lane's title selects its CPU, a segment its thread (an idle one its CPU). */
    private void clickAt(int x, int y) {
        Timeline tl = shown();
        int cpu = figure.laneAt(y);
        if (tl == null || cpu < 0) {
            return;
        }
        LiveElement element;
        if (figure.onHeader(x)) {
            element = cpuElement(tl, cpu);
        } else {
            Timeline.Lane lane = tl.lane(cpu);
            int i = lane.indexAt(figure.timeAt(x));
            int td = i < 0 ? -1 : lane.thread(i);
            element = td >= 0 && lane.state(i) != Timeline.IDLE
                    ? new LiveElement.ThreadElement(tl.names().thread(td)) : cpuElement(tl, cpu);
        }
        select(element);
    }

    private static LiveElement.CpuElement cpuElement(Timeline tl, int cpu) {
        String name = tl.names().cpus().get(cpu);
        String digits = name.replaceAll("\\D", "");
        return new LiveElement.CpuElement(digits.isEmpty() ? cpu : Integer.parseInt(digits));
    }

    /** Selects a thread or CPU here and in the workbench, as a click does. */
    public void select(LiveElement element) {
        highlight(element == null ? Set.of() : Set.of(element));
        selection.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
    }

    private void highlight(Set<LiveElement> elements) {
        Timeline tl = shown();
        Set<Integer> threads = new HashSet<>(), cpus = new HashSet<>();
        if (tl != null) {
            for (LiveElement e : elements) {
                if (e instanceof LiveElement.ThreadElement t) {
                    int i = tl.names().threads().indexOf(t.name());
                    if (i >= 0) {
                        threads.add(i);
                    }
                } else if (e instanceof LiveElement.CpuElement c) {
                    for (int k = 0; k < tl.cpuCount(); k++) {
                        if (cpuElement(tl, k).equals(c)) {
                            cpus.add(k);
                        }
                    }
                }
            }
        }
        figure.setSelected(threads, cpus);
    }

    /** Selects [t0, t1) (either order): lists what ran in it and publishes it as the workbench selection. */
    public void selectInterval(long t0, long t1) {
        Timeline tl = shown();
        if (tl == null) {
            return;
        }
        Timeline.IntervalSummary s = tl.summarize(Math.min(t0, t1), Math.max(t0, t1));
        interval = new TimelineInterval(tl.source(), s.t0(), s.t1(), s);
        figure.setSelectedInterval(s.t0(), s.t1());
        fillSummary(interval);
        selection.setSelection(new StructuredSelection(interval));
    }

    /** The selected interval, or null. */
    public TimelineInterval selectedInterval() {
        return interval;
    }

    private void fillSummary(TimelineInterval iv) {
        summary.removeAll();
        Timeline.IntervalSummary s = iv.summary();
        double span = Math.max(1, s.t1() - s.t0());
        row("Interval " + iv.label(), "", "");
        row("Threads (CPU time; share of one CPU)", "", "");
        s.threads().stream().limit(15).forEach(t -> row("   " + t.thread(), ms(t.cpuNs()),
                String.format(Locale.ROOT, "%.1f%%", 100 * t.share())));
        if (s.threads().size() > 15) {
            row("   ... " + (s.threads().size() - 15) + " more threads", "", "");
        }
        row("CPUs (busy; user, kernel, spin, interrupt, idle)", "", "");
        for (Timeline.CpuTime c : s.cpus()) {
            StringBuilder detail = new StringBuilder();
            for (int st = 0; st < Timeline.STATES; st++) {
                if (c.ns(st) > 0) {
                    detail.append(detail.isEmpty() ? "" : ", ").append(Timeline.STATE_NAMES.get(st)).append(' ')
                            .append(String.format(Locale.ROOT, "%.1f%%", 100 * c.ns(st) / span));
                }
            }
            row("   " + c.cpu(), String.format(Locale.ROOT, "busy %.1f%%", 100 * c.busyShare()), detail.toString());
        }
        row("Locks contended most", "", "");
        if (s.contended().isEmpty()) {
            row("   none contended", "", "");
        }
        s.contended().stream().limit(5).forEach(l -> row("   " + l.lock(), l.contentions() + " contentions", ""));
        StringBuilder kinds = new StringBuilder();
        for (int k = 0; k < Timeline.MARK_KINDS; k++) {
            kinds.append(k == 0 ? "" : ", ").append(Timeline.MARK_NAMES.get(k)).append(' ')
                    .append(s.marksByKind()[k]);
        }
        row("Lock events", String.valueOf(s.lockEvents()), kinds.toString());
    }

    private void row(String what, String time, String share) {
        new TableItem(summary, SWT.NONE).setText(new String[] {what, time, share});
    }

    private static String ms(long ns) {
        return String.format(Locale.ROOT, "%.3f ms", ns / 1e6);
    }

    /** The summary's rows as shown (what, time, share), for tests. */
    public List<String[]> summaryRows() {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : summary.getItems()) {
            rows.add(new String[] {item.getText(0), item.getText(1), item.getText(2)});
        }
        return rows;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection incoming) {
        if (part == this || figure == null) {
            return;
        }
        LiveFocus focus = LiveFocus.of(incoming, LiveSession.get().snapshot());
        if (focus.isEmpty()) {
            return;
        }
        Set<LiveElement> elements = new HashSet<>();
        focus.threads().forEach(t -> elements.add(new LiveElement.ThreadElement(t)));
        focus.cpus().forEach(c -> elements.add(new LiveElement.CpuElement(c)));
        highlight(elements);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The live run and trace files

    @Override
    public void instrumentCopied(LiveSession session, String key, Object copy) {
        if (!INSTRUMENT.equals(key) || figure == null) {
            return;
        }
        live = copy instanceof Timeline tl ? tl : null;
        if (live == null) {
            span = DEFAULT_SPAN_NS;
            setFollowing(true);
        }
        if (trace == null) {
            show();
        }
    }


    /** Reads a {@code ktrdump -ct} file in a job and shows it; a bad file is reported naming the line. */
    public Job openTrace(Path file) {
        Job job = Job.create("Reading KTR trace " + file.getFileName(), monitor -> {
            try {
                Timeline tl = KtrDumpParser.parse(file);
                canvas.getDisplay().asyncExec(() -> showTrace(tl));
            } catch (KtrFormatException | java.io.IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                canvas.getDisplay().asyncExec(() -> traceFailed(file, why));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void showTrace(Timeline tl) {
        if (canvas.isDisposed()) {
            return;
        }
        trace = tl;
        traceError = "";
        liveAction.setEnabled(true);
        interval = null;
        figure.setSelectedInterval(-1, -1);
        show();
        fit();
    }

    private void traceFailed(Path file, String why) {
        if (canvas.isDisposed()) {
            return;
        }
        // Said in the view (its description and the summary), not in a modal dialog: the lanes shown stay usable.
        traceError = "Cannot open " + file.getFileName() + ": " + why;
        describe();
        summary.removeAll();
        row(traceError, "", "");
    }

    /** Leaves a trace file and shows the live run again, following it. */
    public void showLive() {
        trace = null;
        traceError = "";
        liveAction.setEnabled(false);
        interval = null;
        figure.setSelectedInterval(-1, -1);
        span = DEFAULT_SPAN_NS;
        show();
        setFollowing(true);
    }

    /** The last error of opening a trace, or "". */
    public String traceError() {
        return traceError;
    }

    @Override
    public String diagramName() {
        return "Timeline";
    }

    /** The figure that shows the lanes, ruler and legend, for exporting it as shown. */
    @Override
    public IFigure diagramFigure() {
        return figure;
    }

    /** The figure with its lanes API, for tests. */
    public TimelineFigure timelineFigure() {
        return figure;
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
        LiveSession session = LiveSession.get();
        session.removeListener(this);
        openViews--;
        getSite().getPage().removeSelectionListener(this);
        font.dispose();
        compactFont.dispose();
        super.dispose();
    }
}
