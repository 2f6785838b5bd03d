package org.smpng.ui.diagram.live;

import java.io.IOException;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;
import org.smpng.sim.diag.GiantTimeline;
import org.smpng.sim.diag.LatencyDistributions;
import org.smpng.sim.diag.Scaling;

/**
 * Charts of the simulation, in three tabs.
 * <ul>
 * <li><b>Scaling</b>: throughput against the number of CPUs, and Giant's held and contended shares against it. A
 * sweep runs the Simulation view's scenario, seed and mode on each CPU count of the list in a background job
 * ({@link ScalingSweepJob}: the same runs and the same table as {@code smpng simulate MODEL --cpus 1,2,4,8}); each
 * sweep adds its series, labelled by scenario, so that sweeps of FreeBSD 4.x, 5.3 and the target tell the SMPng
 * story side by side. A dashed line per sweep is ideal linear scaling from its first CPU count.</li>
 * <li><b>Giant share</b>: Giant held (share of time) and contended (share of acquisitions) per time bucket of the
 * live run, moving while it runs ({@link GiantTimeline}, a run instrument).</li>
 * <li><b>Latencies</b>: the live run's interrupt latency per handler kind and the waits of contended lock
 * acquisitions as percentile distributions ({@link LatencyDistributions}).</li>
 * </ul>
 * Finished sweeps outlive the view: closing it keeps them for the next Charts view opened in this workbench session.
 * The toolbar exports the shown tab's charts as PNG or CSV. UI thread only; the engine runs in jobs, and the live
 * tabs draw immutable copies the session publishes.
 */
public final class ChartsView extends ViewPart implements LiveSession.Listener {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.chartsView";

    /** The CPU counts a fresh view sweeps. */
    static final String DEFAULT_CPUS = "1,2,4,8";

    private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
            new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
            new Color(127, 127, 127)};

    /** One finished sweep: its label and its rows, in CPU order as given. */
    public record Sweep(String label, List<Scaling.Row> rows) {
        public Sweep {
            rows = List.copyOf(rows);
        }
    }

    private CTabFolder tabs;
    private Chart throughput, giantVsCpus, giantOverTime, latencies;
    private Text cpusText, durationText;
    private Button sweepButton, removeButton, clearButton;
    private org.eclipse.swt.widgets.List sweepList;
    private Label scalingStatus, giantStatus, latencyStatus;
    private final List<Sweep> sweeps = new ArrayList<>();
    /** The sweeps of the last Charts view closed, shown again by the next one opened: closing loses no work. */
    private static final List<Sweep> KEPT = new ArrayList<>(); // UI thread
    private ScalingSweepJob sweepJob; // the sweep in progress, or null
    private GiantTimeline.Copy giantShown; // the copy last drawn (null: none)
    private LatencyDistributions.Copy latenciesShown; // the copy last drawn (null: none)

    @Override
    public void createPartControl(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        createScalingTab();
        createGiantTab();
        createLatencyTab();
        tabs.setSelection(0);
        if (!KEPT.isEmpty()) {
            sweeps.addAll(KEPT);
            KEPT.forEach(s -> sweepList.add(s.label()));
            KEPT.clear();
            drawScaling();
            updateButtons();
        }
        getViewSite().getActionBars().getToolBarManager()
                .add(ChartExport.action(getSite().getShell(), "chart", this::shownCharts));
        LiveSession session = LiveSession.get();
        ChartInstruments.register(session); // no-op when the Simulation view did it; needed when it is closed
        session.addListener(this);
        instrumentCopied(session, ChartInstruments.GIANT, session.instrumentCopy(ChartInstruments.GIANT));
        instrumentCopied(session, ChartInstruments.LATENCIES, session.instrumentCopy(ChartInstruments.LATENCIES));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scaling

    private void createScalingTab() {
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        CTabItem tab = new CTabItem(tabs, SWT.NONE);
        tab.setText("Scaling");
        tab.setControl(c);

        Composite controls = new Composite(c, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        controls.setLayout(new GridLayout(2, false));
        new Label(controls, SWT.NONE).setText("CPUs:");
        cpusText = new Text(controls, SWT.BORDER);
        cpusText.setText(DEFAULT_CPUS);
        cpusText.setToolTipText("The CPU counts to run the scenario on, e.g. 1,2,4,8");
        cpusText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(controls, SWT.NONE).setText("Duration ms:");
        durationText = new Text(controls, SWT.BORDER);
        durationText.setMessage("the scenario's");
        durationText.setToolTipText("Virtual milliseconds per run; empty: the scenario's own duration");
        durationText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sweepButton = new Button(controls, SWT.PUSH);
        sweepButton.setText("Sweep");
        sweepButton.setToolTipText("Run the Simulation view's scenario, seed and mode on each CPU count");
        sweepButton.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        sweepButton.addListener(SWT.Selection, e -> {
            if (sweepJob != null) {
                sweepJob.cancel();
            } else {
                sweep();
            }
        });
        sweepList = new org.eclipse.swt.widgets.List(controls, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.widthHint = 170;
        sweepList.setLayoutData(listData);
        sweepList.addListener(SWT.Selection, e -> updateButtons());
        removeButton = new Button(controls, SWT.PUSH);
        removeButton.setText("Remove");
        removeButton.setToolTipText("Remove the selected sweeps from the charts");
        removeButton.addListener(SWT.Selection, e -> removeSelected());
        clearButton = new Button(controls, SWT.PUSH);
        clearButton.setText("Clear");
        clearButton.setToolTipText("Remove every sweep from the charts");
        clearButton.addListener(SWT.Selection, e -> clearSweeps());
        scalingStatus = new Label(controls, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        statusData.widthHint = 170;
        scalingStatus.setLayoutData(statusData);
        scalingStatus.setText("Sweep runs the Simulation view's scenario on each CPU count; earlier sweeps stay for"
                + " comparison.");

        SashForm charts = new SashForm(c, SWT.VERTICAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        throughput = chart(charts, "Throughput vs CPUs (dashed: ideal linear scaling)", "CPUs", "operations/s");
        giantVsCpus = chart(charts, "Giant vs CPUs (solid: held, % of time; dotted: contended, % of acquisitions)",
                "CPUs", "%");
        for (Chart chart : List.of(throughput, giantVsCpus)) {
            chart.getAxisSet().getXAxis(0).getTick().setFormat(new WholeNumberFormat());
        }
        // Operations per second run to millions: group the digits so that 1,400,000 reads at a glance.
        throughput.getAxisSet().getYAxis(0).getTick().setFormat(new java.text.DecimalFormat("#,##0"));
        drawScaling();
        updateButtons();
    }

    /** Starts a sweep of the Simulation view's scenario with the CPU counts and duration typed in; UI thread. */
    public void sweep() {
        assertUiThread();
        if (sweepJob != null) {
            return;
        }
        int[] cpus;
        Long durationNs;
        try {
            cpus = ScalingSweepJob.parseCpus(cpusText.getText());
            durationNs = ScalingSweepJob.parseDurationMs(durationText.getText());
        } catch (IllegalArgumentException e) {
            showScalingStatus(e.getMessage(), true);
            return;
        }
        LiveSession session = LiveSession.get();
        String label = uniqueLabel(ScalingSweepJob.label(session.scenarioSpec(), session.seed(), session.mode(),
                durationNs));
        ScalingSweepJob job = new ScalingSweepJob(label, session.scenarioSpec(), session.seed(), session.mode(),
                durationNs, cpus, tabs.getDisplay(), this::sweepProgress);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                tabs.getDisplay().asyncExec(() -> sweepDone(job));
            }
        });
        sweepJob = job;
        showScalingStatus("Sweeping " + label + "...", false);
        updateButtons();
        job.schedule();
    }

    /** UI thread: a run of the sweep finished. */
    private void sweepProgress(ScalingSweepJob job, int done) {
        assertUiThread();
        if (!tabs.isDisposed() && job == sweepJob) {
            showScalingStatus(String.format(Locale.ROOT, "Sweeping %s: %d of %d runs done...", job.label(), done,
                    job.cpus().length), false);
        }
    }

    /** UI thread: the sweep job ended (finished, failed or cancelled). */
    private void sweepDone(ScalingSweepJob job) {
        assertUiThread();
        if (tabs.isDisposed() || job != sweepJob) {
            return;
        }
        sweepJob = null;
        if (job.rows() != null) {
            sweeps.add(new Sweep(job.label(), job.rows()));
            sweepList.add(job.label());
            drawScaling();
            showScalingStatus(job.label() + ": " + job.rows().size() + " runs"
                    + (job.rows().stream().allMatch(r -> r.outcome().equals("completed")) ? "."
                            : "; some ended early: " + job.rows().stream().map(Scaling.Row::outcome).toList()),
                    false);
        } else {
            showScalingStatus(job.failure(), !job.failure().startsWith("Cancelled"));
        }
        updateButtons();
    }

    /** {@code base}, or with " #2", " #3", ... when a sweep in the charts already has that label. */
    private String uniqueLabel(String base) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        sweeps.forEach(s -> taken.add(s.label()));
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + " #" + n;
        }
        return candidate;
    }

    private static void assertUiThread() {
        assert org.eclipse.swt.widgets.Display.getCurrent() != null : "UI thread only";
    }

    private void removeSelected() {
        int[] selected = sweepList.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            sweeps.remove(selected[i]);
        }
        sweepList.remove(selected);
        drawScaling();
        updateButtons();
    }

    /** Removes every sweep; UI thread. */
    public void clearSweeps() {
        sweeps.clear();
        sweepList.removeAll();
        drawScaling();
        updateButtons();
    }

    private void updateButtons() {
        sweepButton.setText(sweepJob == null ? "Sweep" : "Cancel sweep");
        removeButton.setEnabled(sweepList.getSelectionCount() > 0);
        clearButton.setEnabled(!sweeps.isEmpty());
        sweepButton.getParent().layout();
    }

    private void showScalingStatus(String text, boolean error) {
        scalingStatus.setText(text);
        scalingStatus.setForeground(error ? tabs.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        scalingStatus.getParent().layout();
    }

    /** Redraws both scaling charts from {@link #sweeps}. */
    private void drawScaling() {
        clear(throughput);
        clear(giantVsCpus);
        for (int i = 0; i < sweeps.size(); i++) {
            Sweep s = sweeps.get(i);
            Color color = PALETTE[i % PALETTE.length];
            double[] cpus = s.rows().stream().mapToDouble(Scaling.Row::cpus).toArray();
            double[] ops = s.rows().stream().mapToDouble(Scaling.Row::throughputPerSecond).toArray();
            Scaling.Row base = s.rows().get(0);
            double[] ideal = s.rows().stream()
                    .mapToDouble(r -> base.throughputPerSecond() * r.cpus() / base.cpus()).toArray();
            line(throughput, s.label(), cpus, ops, color, LineStyle.SOLID, true);
            line(throughput, s.label() + " ideal", cpus, ideal, color, LineStyle.DASH, false);
            line(giantVsCpus, s.label() + " held", cpus,
                    s.rows().stream().mapToDouble(r -> 100 * r.giantHeldShare()).toArray(), color, LineStyle.SOLID,
                    true);
            line(giantVsCpus, s.label() + " contended", cpus,
                    s.rows().stream().mapToDouble(r -> 100 * r.giantContendedShare()).toArray(), color,
                    LineStyle.DOT, true);
        }
        fit(throughput, 0, Double.NaN);
        fit(giantVsCpus, 0, 100);
        if (sweeps.isEmpty()) {
            // An empty chart would show SWTChart's default axis of 0 to 1 CPUs: show the CPU range a sweep fills.
            for (Chart chart : List.of(throughput, giantVsCpus)) {
                chart.getAxisSet().getXAxis(0).setRange(new Range(1, 8));
            }
            // 0 to 1 would give ticks of 0.2, which the whole-number format cannot label (SWTChart draws "...").
            throughput.getAxisSet().getYAxis(0).setRange(new Range(0, 500_000));
        }
        String hint = sweeps.isEmpty() ? "No sweep yet: press Sweep" : "";
        throughput.getPlotArea().setBackgroundText(hint, null, tabs.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        throughput.redraw();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Giant share over time

    private void createGiantTab() {
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        CTabItem tab = new CTabItem(tabs, SWT.NONE);
        tab.setText("Giant share");
        tab.setControl(c);
        giantStatus = new Label(c, SWT.WRAP);
        giantStatus.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        giantOverTime = chart(c, "Giant over virtual time (held: % of each bucket; contended: % of its acquisitions)",
                "virtual time (ms)", "%");
        giantOverTime.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    private void drawGiant(GiantTimeline.Copy copy) {
        giantShown = copy;
        clear(giantOverTime);
        if (copy == null) {
            giantStatus.setText("Run a scenario in the Simulation view: Giant's share appears as it runs (a run"
                    + " loaded before this view was first opened is charted after the next reset).");
        } else if (!copy.hasGiant()) {
            giantStatus.setText("This scenario has no Giant lock.");
        } else {
            double[] t = copy.buckets().stream().mapToDouble(b -> b.startNs() / 1e6).toArray();
            ILineSeries<?> held = line(giantOverTime, "Giant held", t,
                    copy.buckets().stream().mapToDouble(b -> 100 * b.heldShare()).toArray(), PALETTE[0],
                    LineStyle.SOLID, true);
            ILineSeries<?> contended = line(giantOverTime, "Giant contended", t,
                    copy.buckets().stream().mapToDouble(b -> 100 * b.contendedShare()).toArray(), PALETTE[3],
                    LineStyle.SOLID, true);
            for (ILineSeries<?> s : List.of(held, contended)) {
                s.enableStep(true);
                s.setSymbolType(PlotSymbolType.NONE);
            }
            giantStatus.setText(String.format(Locale.ROOT,
                    "Up to %.3f ms: Giant held %.1f%% of the time, %.1f%% of its acquisitions contended (buckets of"
                            + " %s).",
                    copy.nowNs() / 1e6, 100 * copy.heldShare(), 100 * copy.contendedShare(),
                    copy.bucketNs() >= 1_000_000 ? copy.bucketNs() / 1_000_000 + " ms"
                            : copy.bucketNs() / 1000 + " µs"));
        }
        giantStatus.getParent().layout();
        fit(giantOverTime, 0, 100);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Latencies

    private void createLatencyTab() {
        Composite c = new Composite(tabs, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        CTabItem tab = new CTabItem(tabs, SWT.NONE);
        tab.setText("Latencies");
        tab.setControl(c);
        latencyStatus = new Label(c, SWT.WRAP);
        latencyStatus.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        latencies = chart(c, "Latency distributions: interrupt latency by handler kind, waits of contended locks",
                "percentile", "latency (µs)");
        latencies.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        latencies.getAxisSet().getXAxis(0).getTick().setFormat(new NinesFormat());
        // Ticks at whole nines only: SWTChart counts an unlabelled tick's place as taken, so with ticks every 0.2
        // nines the wider labels from 99.9% on found no room and were hidden.
        latencies.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(LATENCY_TICK_STEP_PX);
        // The CSV gives the percentile itself, not its position on the nines scale.
        latencies.setData(ChartExport.CSV_X, (java.util.function.DoubleUnaryOperator) ChartsView::percentileOf);
    }

    /** The least spacing of the nines axis' ticks, in pixels: wide enough that SWTChart steps by whole nines. */
    static final int LATENCY_TICK_STEP_PX = 150;

    /** The position of percentile {@code p} (0..100) on the nines scale: 0 at 0%, 1 at 90%, 2 at 99%, ... */
    static double ninesOf(double p) {
        return -Math.log10(1 - p / 100);
    }

    /** The percentile at position {@code x} of the nines scale (the inverse of {@link #ninesOf}). */
    static double percentileOf(double x) {
        return 100 * (1 - Math.pow(10, -x));
    }

    private void drawLatencies(LatencyDistributions.Copy copy) {
        latenciesShown = copy;
        clear(latencies);
        if (copy == null || copy.distributions().stream().allMatch(d -> d.count() == 0)) {
            latencyStatus.setText(copy == null
                    ? "Run a scenario in the Simulation view: its latency distributions appear as it runs."
                    : "No interrupt was handled and no lock acquisition was contended yet.");
            latencyStatus.getParent().layout();
            fit(latencies, 0, Double.NaN);
            latencies.getAxisSet().getXAxis(0).setRange(new Range(0, 3));
            latencies.redraw();
            return;
        }
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "Up to %.3f ms:", copy.nowNs() / 1e6));
        int colour = 0;
        for (LatencyDistributions.Distribution d : copy.distributions()) {
            if (d.count() == 0) {
                colour++;
                continue;
            }
            double[] xs = new double[d.points().size()], ys = new double[d.points().size()];
            for (int i = 0; i < xs.length; i++) {
                LatencyDistributions.Percentile p = d.points().get(i);
                // The maximum (100%) sits where the last of count samples would: at percentile 100 (1 - 1/count).
                double percentile = p.percentile() >= 100 ? 100 * (1 - 1.0 / Math.max(2, d.count()))
                        : p.percentile();
                xs[i] = Math.max(i == 0 ? 0 : xs[i - 1], ninesOf(percentile));
                ys[i] = p.valueNs() / 1e3;
            }
            String name = d.name().equals("lock wait") ? "lock wait (contended)" : "interrupt " + d.name();
            line(latencies, name, xs, ys, PALETTE[colour++ % PALETTE.length], LineStyle.SOLID, true)
                    .setSymbolType(PlotSymbolType.NONE);
            summary.append(String.format(Locale.ROOT, "  %s: %d samples, max %.1f µs;", name, d.count(),
                    d.maxNs() / 1e3));
        }
        latencyStatus.setText(summary.substring(0, summary.length() - 1) + ".");
        latencyStatus.getParent().layout();
        fit(latencies, 0, Double.NaN);
        IAxis x = latencies.getAxisSet().getXAxis(0);
        x.setRange(new Range(0, Math.max(1, Math.ceil(x.getRange().upper))));
        latencies.redraw();
    }

    /**
     * Tick labels of the nines scale: whole positions read as percentiles (0%, 90%, 99%, 99.9%, ...); ticks between
     * them stay unlabelled, since 68.4% would only distract.
     */
    private static final class NinesFormat extends Format {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition pos) {
            double x = ((Number) value).doubleValue();
            long whole = Math.round(x);
            if (Math.abs(x - whole) > 1e-9 || whole < 0) {
                return to;
            }
            if (whole == 0) {
                return to.append("0%");
            }
            // k -> 100 - 10^(2-k) exactly: 1 -> 90%, 2 -> 99%, 3 -> 99.9%.
            return to.append(java.math.BigDecimal.valueOf(100)
                    .subtract(java.math.BigDecimal.ONE.movePointRight(2 - (int) Math.min(whole, 15))).toPlainString())
                    .append('%');
        }

        /** The inverse of {@link #format}: SWTChart parses its tick labels back to hide duplicates. */
        @Override
        public Object parseObject(String source, ParsePosition pos) {
            String rest = source.substring(pos.getIndex());
            int percent = rest.indexOf('%');
            if (percent < 0) {
                pos.setIndex(source.length()); // an unlabelled tick
                return Double.NaN;
            }
            try {
                double p = Double.parseDouble(rest.substring(0, percent).strip());
                pos.setIndex(pos.getIndex() + percent + 1);
                return p >= 100 ? Double.POSITIVE_INFINITY : ninesOf(p);
            } catch (NumberFormatException e) {
                pos.setErrorIndex(pos.getIndex());
                return null;
            }
        }
    }

    /** Tick labels of a CPU axis: whole numbers only; a tick at 2.5 CPUs stays unlabelled. */
    private static final class WholeNumberFormat extends Format {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition pos) {
            double x = ((Number) value).doubleValue();
            return Math.abs(x - Math.rint(x)) > 1e-9 ? to : to.append(Math.round(x));
        }

        /** The inverse of {@link #format}: SWTChart parses its tick labels back to hide duplicates. */
        @Override
        public Object parseObject(String source, ParsePosition pos) {
            String rest = source.substring(pos.getIndex()).strip();
            pos.setIndex(source.length());
            try {
                return rest.isEmpty() ? Double.NaN : Double.parseDouble(rest);
            } catch (NumberFormatException e) {
                pos.setIndex(0);
                pos.setErrorIndex(0);
                return null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Live copies

    @Override
    public void instrumentCopied(LiveSession session, String key, Object copy) {
        if (tabs == null || tabs.isDisposed()) {
            return;
        }
        if (key.equals(ChartInstruments.GIANT)) {
            drawGiant((GiantTimeline.Copy) copy);
        } else if (key.equals(ChartInstruments.LATENCIES)) {
            drawLatencies((LatencyDistributions.Copy) copy);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Chart helpers

    private static Chart chart(Composite parent, String title, String xTitle, String yTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getLegend().setPosition(SWT.RIGHT);
        style(chart);
        return chart;
    }

    /**
     * The workbench's look instead of SWTChart's large blue bold defaults: the dialog font, black titles and dark
     * grey ticks, on white.
     */
    static void style(Chart chart) {
        org.eclipse.swt.widgets.Display display = chart.getDisplay();
        org.eclipse.swt.graphics.Font font = chart.getParent().getFont();
        Color black = display.getSystemColor(SWT.COLOR_BLACK), grey = display.getSystemColor(SWT.COLOR_DARK_GRAY);
        chart.getTitle().setFont(font);
        chart.getTitle().setForeground(black);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setFont(font);
            axis.getTitle().setForeground(black);
            axis.getTick().setFont(font);
            axis.getTick().setForeground(grey);
        }
        chart.getLegend().setFont(font);
        chart.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(display.getSystemColor(SWT.COLOR_WHITE));
    }

    private static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }

    private static ILineSeries<?> line(Chart chart, String id, double[] x, double[] y, Color color, LineStyle style,
            boolean inLegend) {
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setLineColor(color);
        s.setLineStyle(style);
        s.setLineWidth(2);
        s.setSymbolColor(color);
        s.setSymbolType(style == LineStyle.SOLID ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
        s.setVisibleInLegend(inLegend);
        s.setAntialias(SWT.ON);
        return s;
    }

    /** Fits the axes to the data, from {@code yMin} to {@code yMax} (NaN: the data's, with 5% headroom). */
    private static void fit(Chart chart, double yMin, double yMax) {
        chart.getAxisSet().adjustRange();
        IAxis y = chart.getAxisSet().getYAxis(0);
        double top = Double.isNaN(yMax) ? Math.max(1, y.getRange().upper * 1.05) : yMax;
        y.setRange(new Range(yMin, top));
        if (chart.getSeriesSet().getSeries().length == 0) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
        }
        chart.redraw();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Export and test access

    /** The charts of the selected tab, top to bottom. */
    public List<Chart> shownCharts() {
        return switch (tabs.getSelectionIndex()) {
        case 1 -> List.of(giantOverTime);
        case 2 -> List.of(latencies);
        default -> List.of(throughput, giantVsCpus);
        };
    }

    /** Writes the selected tab's charts to {@code file} (.png or .csv), as the toolbar's Export does. */
    public void export(Path file) throws IOException {
        ChartExport.write(shownCharts(), file);
    }

    /** Selects tab {@code index}: 0 Scaling, 1 Giant share, 2 Latencies. */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    /** Sets the sweep's inputs as a user types them. */
    public void setSweepInputs(String cpus, String durationMs) {
        cpusText.setText(cpus);
        durationText.setText(durationMs);
    }

    /** The sweep in progress, or null. */
    public Job sweepJob() {
        return sweepJob;
    }

    /** The list of sweeps (select some and press Remove to take them out of the charts). */
    public org.eclipse.swt.widgets.List sweepList() {
        return sweepList;
    }

    /** The Remove button. */
    public Button removeButton() {
        return removeButton;
    }

    /** The Sweep button (it reads "Cancel sweep" while a sweep runs). */
    public Button sweepButton() {
        return sweepButton;
    }

    /** The finished sweeps in the charts, oldest first. */
    public List<Sweep> sweeps() {
        return List.copyOf(sweeps);
    }

    /** The scaling tab's status line (progress, the last sweep's summary or error). */
    public String scalingStatus() {
        return scalingStatus.getText();
    }

    /** The Giant tab's summary line. */
    public String giantStatus() {
        return giantStatus.getText();
    }

    /** The Giant copy last drawn, or null. */
    public GiantTimeline.Copy giantShown() {
        return giantShown;
    }

    /** The latency copy last drawn, or null. */
    public LatencyDistributions.Copy latenciesShown() {
        return latenciesShown;
    }

    /** The charts: throughput and Giant vs CPUs, Giant over time, latencies. */
    public List<Chart> charts() {
        return List.of(throughput, giantVsCpus, giantOverTime, latencies);
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        LiveSession.get().removeListener(this);
        if (sweepJob != null) {
            sweepJob.cancel();
        }
        KEPT.clear();
        KEPT.addAll(sweeps);
        super.dispose();
    }
}
