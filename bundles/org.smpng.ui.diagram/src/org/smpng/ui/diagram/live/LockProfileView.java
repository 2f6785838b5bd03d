package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;
import org.smpng.sim.diag.LogBuckets;

/**
 * LOCK_PROFILING of the live run: one row per acquisition point (lock and {@code file:line}) with its count,
 * contested count, total, longest and average hold and wait, and the 50th and 99th percentiles of hold and wait.
 * The table is refreshed when the run pauses or ends and about once a second while it runs (the session copies the
 * profile then, see {@link LiveSession#lockProfile()}), so it never reads the profiler the engine writes. A click on a column header
 * sorts by it (numbers largest first, names A to Z); a second click on the same header reverses the order.
 * Selecting a row selects its lock type in the Lock Graph ({@link LockGraphLiveLink}) and shows the hold and wait
 * histograms of its acquisition point beside the table (power-of-two microsecond buckets; every profiled
 * acquisition is in each, so each histogram's counts sum to the row's count); the toolbar exports them as PNG or
 * CSV. UI thread only.
 */
public final class LockProfileView extends ViewPart implements LiveSession.Listener {

    /** The view's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.lockProfileView";

    /** A column: its header, width, text and natural (ascending) order. */
    private record Column(String title, int width, Function<LockProfileRow, String> text,
            Comparator<LockProfileRow> order, boolean numeric) {
    }

    private static final List<Column> COLUMNS = List.of(
            text("Lock", 150, LockProfileRow::lockName),
            text("Site", 170, LockProfileRow::site),
            count("Count", LockProfileRow::count),
            count("Contested", LockProfileRow::contested),
            time("Total hold", r -> (double) r.totalHoldNs()),
            time("Max hold", r -> (double) r.maxHoldNs()),
            time("Avg hold", LockProfileRow::avgHoldNs),
            time("Total wait", r -> (double) r.totalWaitNs()),
            time("Max wait", r -> (double) r.maxWaitNs()),
            time("Avg wait", LockProfileRow::avgWaitNs),
            time("Hold p50", r -> (double) r.holdP50Ns()),
            time("Hold p99", r -> (double) r.holdP99Ns()),
            time("Wait p50", r -> (double) r.waitP50Ns()),
            time("Wait p99", r -> (double) r.waitP99Ns()));

    private static final Color HOLD_COLOR = new Color(31, 119, 180), WAIT_COLOR = new Color(214, 39, 40);

    private TableViewer viewer;
    private Label histogramTitle;
    private Chart holdChart, waitChart;
    private LockProfileRow histogramRow; // the row whose histograms are shown, or null
    private List<LockProfileRow> shown; // the session's list last shown (compared by identity: it is immutable)
    private int sortColumn = -1; // -1: the session's order (file, line, lock)
    private boolean sortReversed; // whether the sort column's first-click order is reversed

    private static Column text(String title, int width, Function<LockProfileRow, String> value) {
        return new Column(title, width, value, Comparator.comparing(value), false);
    }

    private static Column count(String title, java.util.function.ToLongFunction<LockProfileRow> value) {
        return new Column(title, 80, r -> Long.toString(value.applyAsLong(r)), Comparator.comparingLong(value),
                true);
    }

    private static Column time(String title, java.util.function.ToDoubleFunction<LockProfileRow> ns) {
        return new Column(title, 90, r -> String.format("%.1f µs", ns.applyAsDouble(r) / 1e3),
                Comparator.comparingDouble(ns), true);
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        viewer = new TableViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column c = COLUMNS.get(i);
            TableViewerColumn column = new TableViewerColumn(viewer, c.numeric() ? SWT.RIGHT : SWT.LEFT);
            column.getColumn().setText(c.title());
            column.getColumn().setWidth(c.width());
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text().apply((LockProfileRow) element);
                }
            });
            int index = i;
            column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                Column c = COLUMNS.get(sortColumn);
                // Numbers read best largest first, names A to Z; the second click reverses that.
                Comparator<LockProfileRow> order = c.numeric() ? c.order().reversed() : c.order();
                int result = order.compare((LockProfileRow) a, (LockProfileRow) b);
                return sortReversed ? -result : result;
            }
        });
        getSite().setSelectionProvider(viewer);
        createHistograms(sash);
        sash.setWeights(new int[] {62, 38});
        viewer.addSelectionChangedListener(e -> showHistograms(
                (LockProfileRow) viewer.getStructuredSelection().getFirstElement()));
        getViewSite().getActionBars().getToolBarManager()
                .add(ChartExport.action(getSite().getShell(), "histograms", this::histogramCharts));
        LiveSession session = LiveSession.get();
        session.addListener(this);
        stateChanged(session);
    }

    /** Sorts by column {@code index} as a click on its header does: a new column first, the same one reversed. */
    private void sortBy(int index) {
        sortReversed = index == sortColumn && !sortReversed;
        sortColumn = index;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(index));
        boolean largestFirst = COLUMNS.get(index).numeric() != sortReversed;
        table.setSortDirection(largestFirst ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    @Override
    public void stateChanged(LiveSession session) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<LockProfileRow> profile = session.lockProfile();
        if (profile.isEmpty()) {
            setContentDescription(session.lockProfileTimeNs() == 0
                    ? "Nothing has run yet: run or step the scenario in the Simulation view; the profile appears"
                            + " when the run pauses or ends."
                    : "No lock was acquired and released up to the pause.");
        } else {
            long contested = profile.stream().filter(r -> r.contested() > 0).count();
            setContentDescription(String.format("%d acquisition points (%d contested) up to %.3f ms", profile.size(),
                    contested, session.lockProfileTimeNs() / 1e6));
        }
        if (profile != shown) {
            shown = profile;
            LockProfileRow before = histogramRow;
            viewer.setInput(shown);
            // The refreshed profile has new rows: keep the same acquisition point selected and its histograms
            // current.
            LockProfileRow now = before == null ? null : shown.stream()
                    .filter(r -> r.lockName().equals(before.lockName()) && r.site().equals(before.site()))
                    .findFirst().orElse(null);
            if (now != null) {
                viewer.setSelection(new StructuredSelection(now), false);
            }
            showHistograms(now);
        }
    }

    private void createHistograms(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        c.setLayout(layout);
        histogramTitle = new Label(c, SWT.WRAP);
        histogramTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        holdChart = histogramChart(c, "Hold time", "hold time");
        waitChart = histogramChart(c, "Wait time (uncontested: 0, in the first bucket)", "wait time");
        showHistograms(null);
    }

    private static Chart histogramChart(Composite parent, String title, String xTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText(title);
        chart.getLegend().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText("acquisitions");
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
        ChartsView.style(chart);
        return chart;
    }

    /** Draws the histograms of {@code row}, or empties them (null). */
    private void showHistograms(LockProfileRow row) {
        histogramRow = row;
        if (row == null) {
            histogramTitle.setText("Select a row to see its hold and wait histograms.");
        } else {
            histogramTitle.setText(String.format("%s @ %s: %d acquisitions, %d contested", row.lockName(), row.site(),
                    row.count(), row.contested()));
        }
        bars(holdChart, row == null ? List.of() : row.holdBuckets(), HOLD_COLOR);
        bars(waitChart, row == null ? List.of() : row.waitBuckets(), WAIT_COLOR);
        histogramTitle.getParent().layout();
    }

    private static void bars(Chart chart, List<LogBuckets.Bucket> buckets, Color color) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        if (buckets.isEmpty()) {
            x.setCategorySeries(new String[] {""});
        } else {
            x.setCategorySeries(buckets.stream().map(LogBuckets::label).toArray(String[]::new));
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR,
                    chart.getTitle().getText().startsWith("Hold") ? "hold" : "wait");
            bars.setYSeries(buckets.stream().mapToDouble(LogBuckets.Bucket::count).toArray());
            bars.setBarColor(color);
        }
        chart.getAxisSet().adjustRange();
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.setRange(new Range(0, Math.max(1, y.getRange().upper * 1.05)));
        chart.redraw();
    }

    /** The hold and wait histogram charts, top to bottom (what the toolbar exports). */
    public List<Chart> histogramCharts() {
        return List.of(holdChart, waitChart);
    }

    /** The row whose histograms are shown, or null. */
    public LockProfileRow histogramRow() {
        return histogramRow;
    }

    /** Writes the histograms to {@code file} (.png or .csv), as the toolbar's Export does. */
    public void exportHistograms(java.nio.file.Path file) throws java.io.IOException {
        ChartExport.write(histogramCharts(), file);
    }

    /** The header titles, in column order. */
    public static List<String> titles() {
        return COLUMNS.stream().map(Column::title).toList();
    }

    /** What column {@code index} shows for {@code row}. */
    static String cellText(LockProfileRow row, int index) {
        return COLUMNS.get(index).text().apply(row);
    }

    /** The rows as the table shows them, top to bottom (for tests and for copying). */
    public List<LockProfileRow> shownRows() {
        List<LockProfileRow> rows = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            rows.add((LockProfileRow) item.getData());
        }
        return rows;
    }

    /** Returns the viewer, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    /** The header of the column titled {@code title}, for tests that click it. */
    public TableColumn column(String title) {
        return viewer.getTable().getColumn(titles().indexOf(title));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LiveSession.get().removeListener(this);
        super.dispose();
    }
}
