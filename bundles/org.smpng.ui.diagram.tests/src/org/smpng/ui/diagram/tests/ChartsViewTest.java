package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.diag.GiantTimeline;
import org.smpng.sim.diag.Scaling;
import org.smpng.ui.diagram.live.ChartExport;
import org.smpng.ui.diagram.live.ChartsView;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.LockProfileRow;
import org.smpng.ui.diagram.live.LockProfileView;
import org.smpng.ui.diagram.live.SimulationView;

/**
 * The Charts view and the Lock Profile histograms in the real workbench: the 5.3 syscall mix run to 20 ms gives a
 * Giant-share series that adds up to the run's results, latency distributions that count the results' interrupt
 * latencies, and histograms of a selected acquisition point whose counts are the row's count; a sweep gives exactly
 * the headless scaling table's numbers; bad input and cancel are reported; PNG and CSV exports hold what is shown.
 */
class ChartsViewTest {

    private static final long MS = 1_000_000L;
    private static final String SPEC = "builtin:syscall-mix-5.3";

    private LiveSession session;
    private ChartsView charts;
    private LockProfileView profile;

    @BeforeEach
    void openViews() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.showView(SimulationView.ID);
        profile = (LockProfileView) page.showView(LockProfileView.ID);
        charts = (ChartsView) page.showView(ChartsView.ID);
        session = LiveSession.get();
        Workbench.settleSession();
    }

    @AfterEach
    void backToTheFirstRunState() {
        if (charts.sweepJob() != null) {
            charts.sweepJob().cancel();
            Workbench.waitUntil("the sweep ends", () -> charts.sweepJob() == null, 60_000);
        }
        charts.clearSweeps();
        Workbench.settleSession();
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.setSpeed(LiveSession.DEFAULT_SPEED);
        loadAndWait();
    }

    private void loadAndWait() {
        session.reset();
        Workbench.waitUntil("the scenario is loaded", () -> session.state() == LiveSession.State.READY
                || session.state() == LiveSession.State.EMPTY, 60_000);
    }

    @Test
    void a20MsRunGivesGiantShareLatenciesAndHistogramsThatMatchTheResultsAndExport(@TempDir Path dir)
            throws IOException {
        session.setScenario(SPEC);
        loadAndWait();
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        assertNull(charts.giantShown(), "a reset discards the last run's copy");
        assertTrue(charts.giantStatus().startsWith("Run a scenario"), charts.giantStatus());

        session.setSpeed(LiveSession.FULL_SPEED);
        session.runTo(20 * MS);
        Workbench.waitUntil("the run pauses", () -> session.state() != LiveSession.State.RUNNING, 60_000);
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        SimResults results = session.results();

        // Giant's share: the copy shown is the run's at the pause and adds up to the results' shares.
        GiantTimeline.Copy giant = charts.giantShown();
        assertNotNull(giant);
        assertEquals(results.endTimeNs(), giant.nowNs());
        assertEquals(results.giantHeldShare(), giant.heldShare(), 1e-12);
        assertEquals(results.giantContendedShare(), giant.contendedShare(), 1e-12);
        assertTrue(results.giantHeldShare() > 0.1, "5.3's syscall mix holds Giant: " + results.giantHeldShare());
        Chart overTime = charts.charts().get(2);
        double[] held = overTime.getSeriesSet().getSeries("Giant held").getYSeries();
        assertEquals(giant.buckets().size(), held.length);
        double heldNs = 0;
        for (int i = 0; i < held.length; i++) {
            GiantTimeline.Bucket b = giant.buckets().get(i);
            assertEquals(100 * b.heldShare(), held[i], 1e-9);
            heldNs += held[i] / 100 * (b.endNs() - b.startNs());
        }
        assertEquals(results.giantHeldShare(), heldNs / giant.nowNs(), 1e-9, "the plotted series is the run's share");
        assertTrue(charts.giantStatus().contains(
                String.format(Locale.ROOT, "Giant held %.1f%% of the time", 100 * results.giantHeldShare())),
                charts.giantStatus());

        // Latencies: the ithread distribution counts what the results count.
        long ithread = results.interrupts().stream().map(i -> i.latency("ithread")).filter(Objects::nonNull)
                .mapToLong(SimResults.LatencyResult::count).sum();
        assertTrue(ithread > 0);
        assertEquals(ithread, charts.latenciesShown().distribution("ithread").count());
        assertNotNull(charts.charts().get(3).getSeriesSet().getSeries("interrupt ithread"));
        charts.showTab(2);
        Workbench.drain();
        Path latencyCsv = dir.resolve("latencies.csv");
        charts.export(latencyCsv);
        List<String[]> ithreadLines = Files.readAllLines(latencyCsv).stream()
                .filter(l -> l.contains(",interrupt ithread,")).map(l -> l.split(",")).toList();
        var distribution = charts.latenciesShown().distribution("ithread");
        assertEquals(distribution.points().size(), ithreadLines.size());
        // The title has a comma (quoted in the CSV): x and y are read from the end of the line.
        String[] start = ithreadLines.get(0), last = ithreadLines.get(ithreadLines.size() - 1);
        assertEquals(0, Double.parseDouble(start[start.length - 3]), 1e-9, "the CSV gives percentiles from 0");
        String[] beforeLast = ithreadLines.get(ithreadLines.size() - 2);
        // HdrHistogram's iteration may reach the maximum at a level above the last sample's: never drawn back.
        assertEquals(Math.max(100 * (1 - 1.0 / distribution.count()),
                Double.parseDouble(beforeLast[beforeLast.length - 3])), Double.parseDouble(last[last.length - 3]), 1e-6,
                "the maximum at the last sample's percentile");
        assertEquals(distribution.maxNs() / 1e3, Double.parseDouble(last[last.length - 1]), 1e-9);

        // Export of the Giant tab: the picture as shown, and the plotted numbers.
        charts.showTab(1);
        Workbench.drain();
        Path png = dir.resolve("giant.png"), csv = dir.resolve("giant.csv");
        charts.export(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(overTime.getSize().x, image.width);
        assertEquals(overTime.getSize().y, image.height);
        assertTrue(distinctPixels(image) > 3, "the picture shows a chart, not a blank");
        charts.export(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ChartExport.CSV_HEADER, lines.get(0));
        assertEquals(1 + 2 * giant.buckets().size(), lines.size());
        GiantTimeline.Bucket first = giant.buckets().get(0);
        assertEquals(String.join(",", quoted(overTime.getTitle().getText()), "Giant held", "virtual time (ms)", "0",
                "%", number(100 * first.heldShare())), lines.get(1));
        Path svg = dir.resolve("giant.svg");
        charts.export(svg);
        org.w3c.dom.Document document = parse(svg);
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(overTime.getSize().x, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
        List<String> texts = texts(document);
        assertTrue(texts.contains(overTime.getTitle().getText()), texts.toString());
        assertTrue(texts.containsAll(List.of("Giant held", "Giant contended", "virtual time (ms)")), texts.toString());
        assertTrue(document.getElementsByTagName("path").getLength() >= 2, "one path per series");
        IOException bad = assertThrows(IOException.class, () -> charts.export(dir.resolve("giant.gif")));
        assertTrue(bad.getMessage().contains(".png") && bad.getMessage().contains(".svg")
                && bad.getMessage().contains(".csv"), bad.getMessage());

        // Lock Profile: a selected row's histograms count every acquisition once.
        LockProfileRow busiest = profile.shownRows().stream()
                .max(java.util.Comparator.comparingLong(LockProfileRow::contested)).orElseThrow();
        assertTrue(busiest.contested() > 0, busiest.toString());
        profile.viewer().setSelection(new StructuredSelection(busiest), true);
        Workbench.drain();
        assertEquals(busiest, profile.histogramRow());
        Chart hold = profile.histogramCharts().get(0), wait = profile.histogramCharts().get(1);
        assertEquals(busiest.count(), sum(hold.getSeriesSet().getSeries("hold").getYSeries()));
        assertEquals(busiest.count(), sum(wait.getSeriesSet().getSeries("wait").getYSeries()));
        assertEquals(busiest.holdBuckets().size(), hold.getAxisSet().getXAxis(0).getCategorySeries().length);
        assertTrue(busiest.waitBuckets().size() > 1, "contested waits are above 0: " + busiest.waitBuckets());
        Path histograms = dir.resolve("histograms.csv");
        profile.exportHistograms(histograms);
        List<String> rows = Files.readAllLines(histograms);
        assertEquals(1 + busiest.holdBuckets().size() + busiest.waitBuckets().size(), rows.size());
        assertEquals(busiest.count(), rows.stream().skip(1).mapToLong(r -> Long.parseLong(r.substring(r.lastIndexOf(',') + 1))).sum() / 2);
        Path histogramPng = dir.resolve("histograms.png");
        profile.exportHistograms(histogramPng);
        ImageData h = new ImageLoader().load(histogramPng.toString())[0];
        assertEquals(hold.getSize().y + wait.getSize().y, h.height);
    }

    @Test
    void aSweepPlotsTheHeadlessScalingTableAndKeepsEarlierSweeps(@TempDir Path dir) throws Exception {
        session.setScenario(SPEC);
        loadAndWait();
        charts.showTab(0);

        charts.setSweepInputs("1, x", "");
        charts.sweep();
        assertNull(charts.sweepJob(), "bad input starts nothing");
        assertTrue(charts.scalingStatus().contains("'x' is not a CPU count"), charts.scalingStatus());
        charts.setSweepInputs("1,2", "-3");
        charts.sweep();
        assertNull(charts.sweepJob());
        assertTrue(charts.scalingStatus().contains("'-3' is not a number of milliseconds"), charts.scalingStatus());

        charts.setSweepInputs("1,2", "3");
        charts.sweep();
        assertNotNull(charts.sweepJob());
        Workbench.waitUntil("the sweep ends", () -> charts.sweepJob() == null, 60_000);
        assertEquals(1, charts.sweeps().size(), charts.scalingStatus());
        ChartsView.Sweep sweep = charts.sweeps().get(0);
        assertEquals("syscall-mix-5.3 3 ms", sweep.label());
        List<Scaling.Row> headless = Scaling.run(KernelModels.load(SPEC, Scenario.class),
                new Simulation.Options(null, 3 * MS, 0, ExecutionMode.DETERMINISTIC, 0), new int[] {1, 2});
        assertEquals(headless, sweep.rows(), "the same runs as smpng simulate --cpus 1,2");
        Chart throughput = charts.charts().get(0), giant = charts.charts().get(1);
        assertArrayEquals(new double[] {1, 2}, throughput.getSeriesSet().getSeries(sweep.label()).getXSeries());
        assertArrayEquals(headless.stream().mapToDouble(Scaling.Row::throughputPerSecond).toArray(),
                throughput.getSeriesSet().getSeries(sweep.label()).getYSeries());
        assertArrayEquals(new double[] {headless.get(0).throughputPerSecond(),
                2 * headless.get(0).throughputPerSecond()},
                throughput.getSeriesSet().getSeries(sweep.label() + " ideal").getYSeries(), 1e-6);
        assertArrayEquals(headless.stream().mapToDouble(r -> 100 * r.giantHeldShare()).toArray(),
                giant.getSeriesSet().getSeries(sweep.label() + " held").getYSeries(), 1e-9);

        // A second sweep of the same settings keeps the first and gets its own label.
        charts.sweep();
        Workbench.waitUntil("the second sweep ends", () -> charts.sweepJob() == null, 60_000);
        assertEquals(List.of("syscall-mix-5.3 3 ms", "syscall-mix-5.3 3 ms #2"),
                charts.sweeps().stream().map(ChartsView.Sweep::label).toList());
        assertEquals(4, throughput.getSeriesSet().getSeries().length, "two sweeps, each with its ideal line");

        Path csv = dir.resolve("scaling.csv");
        charts.export(csv);
        String text = Files.readString(csv);
        assertTrue(text.contains(",syscall-mix-5.3 3 ms,CPUs,2,operations/s,"
                + number(headless.get(1).throughputPerSecond()) + "\n"), text);
        Path png = dir.resolve("scaling.png");
        charts.export(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(throughput.getSize().y + giant.getSize().y, image.height);

        Path svg = dir.resolve("scaling.svg");
        charts.export(svg);
        List<String> texts = texts(parse(svg));
        assertTrue(texts.containsAll(List.of(throughput.getTitle().getText(), giant.getTitle().getText(),
                "syscall-mix-5.3 3 ms", "syscall-mix-5.3 3 ms #2 held", "operations/s")), texts.toString());

        // Remove takes the selected sweep out of the list and the charts.
        assertTrue(!charts.removeButton().isEnabled(), "nothing selected, nothing to remove");
        charts.sweepList().select(0);
        charts.sweepList().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertTrue(charts.removeButton().isEnabled());
        charts.removeButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("syscall-mix-5.3 3 ms #2"), charts.sweeps().stream().map(ChartsView.Sweep::label).toList());
        assertEquals(List.of("syscall-mix-5.3 3 ms #2"), List.of(charts.sweepList().getItems()));
        assertEquals(2, throughput.getSeriesSet().getSeries().length, "the remaining sweep and its ideal line");
        assertNull(throughput.getSeriesSet().getSeries("syscall-mix-5.3 3 ms"));

        // A sweep cancelled while it runs stops its run at once, adds nothing and says so. (Its four runs of 2 s
        // of virtual time each would take minutes.)
        charts.setSweepInputs("1,2,4,8", "2000");
        charts.sweep();
        assertNotNull(charts.sweepJob());
        assertEquals("Cancel sweep", sweepButtonText());
        Workbench.waitUntil("the sweep runs", () -> charts.sweepJob().getState() == Job.RUNNING, 30_000);
        charts.sweepJob().cancel();
        Workbench.waitUntil("the cancelled sweep ends", () -> charts.sweepJob() == null, 20_000);
        assertEquals("Sweep", sweepButtonText());
        assertEquals(1, charts.sweeps().size());
        assertTrue(charts.scalingStatus().startsWith("Cancelled"), charts.scalingStatus());

        // Closing the view loses no sweep: the next Charts view shows them again.
        Workbench.page().hideView(charts);
        Workbench.drain();
        charts = (ChartsView) Workbench.page().showView(ChartsView.ID);
        Workbench.drain();
        assertEquals(List.of("syscall-mix-5.3 3 ms #2"), charts.sweeps().stream().map(ChartsView.Sweep::label).toList());
        assertEquals(List.of("syscall-mix-5.3 3 ms #2"), List.of(charts.sweepList().getItems()));
        throughput = charts.charts().get(0);
        assertNotNull(throughput.getSeriesSet().getSeries("syscall-mix-5.3 3 ms #2"), "drawn again");

        charts.clearSweeps();
        assertEquals(0, throughput.getSeriesSet().getSeries().length);
    }

    @Test
    void csvQuotesTitlesAndWritesPlainNumbers() {
        ChartExport.Plot plot = new ChartExport.Plot("Giant, \"held\"", "CPUs", "%",
                List.of(new ChartExport.Series("a", List.of("1", "2"), List.of(0.125, 3e7))));
        assertEquals(ChartExport.CSV_HEADER + "\n\"Giant, \"\"held\"\"\",a,CPUs,1,%,0.125\n"
                + "\"Giant, \"\"held\"\"\",a,CPUs,2,%,30000000\n", ChartExport.csv(List.of(plot)));
    }

    private static org.w3c.dom.Document parse(Path svg) throws IOException {
        try {
            return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(svg + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text content of every text element of the document. */
    private static List<String> texts(org.w3c.dom.Document document) {
        org.w3c.dom.NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private String sweepButtonText() {
        return charts.sweepButton().getText();
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static long sum(double[] values) {
        return Math.round(Arrays.stream(values).sum());
    }

    private static int distinctPixels(ImageData image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.height; y += 7) {
            for (int x = 0; x < image.width; x += 7) {
                seen.add(image.getPixel(x, y));
            }
        }
        return seen.size();
    }
}
