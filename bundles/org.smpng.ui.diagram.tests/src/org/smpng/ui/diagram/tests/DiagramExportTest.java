package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.cli.VerbUsageException;
import org.smpng.io.export.ExportFormat;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.ui.diagram.InterruptRoutingEditor;
import org.smpng.ui.diagram.MachineTopologyEditor;
import org.smpng.ui.diagram.OpenRoutingMenu;
import org.smpng.ui.diagram.OpenTopologyMenu;
import org.smpng.ui.diagram.export.DiagramExportPage;
import org.smpng.ui.diagram.export.DiagramExportWizard;
import org.smpng.ui.diagram.export.DiagramExporter;
import org.smpng.ui.diagram.export.ExportDiagramAction;
import org.smpng.ui.diagram.export.ExportDiagramVerb;
import org.smpng.ui.diagram.internal.figures.RoutingNodeFigure;
import org.smpng.ui.diagram.internal.figures.RunQueueLanesFigure;
import org.smpng.ui.diagram.internal.figures.TopologyBoxFigure;
import org.smpng.ui.diagram.live.RunQueuesDiagram;
import org.smpng.ui.diagram.live.RunQueuesView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every diagram exports as shown: the interrupt routing and machine topology editors and the Run Queues view as
 * SVG, PDF and PNG, through their actions, the export wizard and the command line's export-diagram verb; and the
 * Draw2d-on-Graphics2D adapter draws what a figure paints.
 */
class DiagramExportTest {

    private static final String MACHINE = "builtin:i386-smp-4cpu-2004";
    private static final String SCENARIO = "builtin:syscall-mix-5.3";
    private static final long MS = 1_000_000;

    @TempDir
    Path dir;

    private final List<IEditorPart> editors = new ArrayList<>();
    private WizardDialog dialog;
    private Shell shell;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        if (shell != null) {
            shell.dispose();
        }
        for (IEditorPart e : editors) {
            Workbench.page().closeEditor(e, false);
        }
        Workbench.drain();
    }

    private InterruptRoutingEditor routingEditor() {
        OpenRoutingMenu.open(Workbench.page().getWorkbenchWindow(), MACHINE);
        Workbench.drain();
        InterruptRoutingEditor editor = (InterruptRoutingEditor) Workbench.page().getActiveEditor();
        editors.add(editor);
        return editor;
    }

    private MachineTopologyEditor topologyEditor() {
        OpenTopologyMenu.open(Workbench.page().getWorkbenchWindow(), MACHINE);
        Workbench.drain();
        MachineTopologyEditor editor = (MachineTopologyEditor) Workbench.page().getActiveEditor();
        editors.add(editor);
        return editor;
    }

    /** The run queues of the 5.3 syscall mix after 20 ms, as the command line draws them, shown in the view. */
    private RunQueuesView runQueuesAt20ms() throws Exception {
        Workbench.settleSession();
        RunQueuesView view = (RunQueuesView) Workbench.page().showView(RunQueuesView.ID);
        shell = new Shell(Display.getCurrent());
        RunQueuesDiagram diagram = RunQueuesDiagram.at(shell, KernelModels.load(SCENARIO, Scenario.class), 20 * MS);
        view.snapshot(diagram.snapshot());
        Workbench.drain();
        return view;
    }

    // ---- what the exports contain ----

    @Test
    void theRoutingEditorExportsEveryBoxItShowsAsSvgTextPdfTextAndPngPixels() throws Exception {
        InterruptRoutingEditor editor = routingEditor();
        List<String> titles = Workbench.nodes(editor.viewer(), RoutingNodeFigure.class).stream()
                .map(RoutingNodeFigure::title).toList();
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("cpu")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("IRQ ")), titles.toString());

        List<String> svgTexts = svgTexts(export(editor.diagramFigure(), ExportFormat.SVG));
        for (String t : titles) {
            assertTrue(svgTexts.contains(t), t + " is drawn as SVG text; texts are " + svgTexts);
        }
        String pdf = pdfText(export(editor.diagramFigure(), ExportFormat.PDF));
        for (String t : titles) {
            assertTrue(pdf.contains("(" + t + ")"), t + " is drawn as PDF text");
        }
        assertPngIsTheExtent(editor.diagramFigure(), 1);
    }

    @Test
    void theTopologyEditorExportsItsNestedBoxes() throws Exception {
        MachineTopologyEditor editor = topologyEditor();
        List<String> titles = Workbench.nodes(editor.viewer(), TopologyBoxFigure.class).stream()
                .map(TopologyBoxFigure::title).toList();
        assertTrue(titles.size() >= 4, titles.toString());
        List<String> svgTexts = svgTexts(export(editor.diagramFigure(), ExportFormat.SVG));
        for (String t : titles) {
            assertTrue(svgTexts.contains(t), t + " is drawn as SVG text; texts are " + svgTexts);
        }
        assertTrue(pdfText(export(editor.diagramFigure(), ExportFormat.PDF)).contains("(" + titles.get(0) + ")"));
        assertPngIsTheExtent(editor.diagramFigure(), 2);
    }

    @Test
    void theRunQueuesViewExportsItsLanesAndThreadsAsShown() throws Exception {
        RunQueuesView view = runQueuesAt20ms();
        RunQueueLanesFigure lanes = view.lanesFigure();
        List<String> shown = new ArrayList<>();
        for (RunQueueLanesFigure.Lane lane : lanes.getLanes()) {
            shown.add(lane.title().strip());
            if (lane.running() != null) {
                shown.add(lane.running().text());
            }
            lane.groups().forEach(g -> g.chips().forEach(c -> shown.add(c.text())));
        }
        assertTrue(shown.stream().anyMatch(s -> s.contains("pri ")), "some thread runs or waits: " + shown);

        List<String> svgTexts = svgTexts(export(view.diagramFigure(), ExportFormat.SVG)).stream()
                .map(String::strip).toList();
        for (String s : shown) {
            assertTrue(svgTexts.contains(s), s + " is drawn as SVG text; texts are " + svgTexts);
        }
        String pdf = pdfText(export(view.diagramFigure(), ExportFormat.PDF));
        assertTrue(pdf.contains("(global run queue)"), "the lane titles are PDF text");
        // A canvas larger than the lanes stretches them; the export leaves the blank stretch out.
        view.canvas().setSize(lanes.getPreferredSize().width + 300, lanes.getPreferredSize().height + 200);
        Workbench.drain();
        assertTrue(lanes.getBounds().height > lanes.getPreferredSize().height, "stretched: " + lanes.getBounds());
        Rectangle extent = DiagramExporter.extent(lanes);
        assertEquals(lanes.getPreferredSize(), extent.getSize(), "the lanes, not the stretch to the view's size");
        ImageData png = assertPngIsTheExtent(view.diagramFigure(), 1);
        // The global queue's header is filled (not background) where the view fills it.
        Rectangle header = lanes.boundsOf(RunQueuesView.GLOBAL_QUEUE);
        RGB at = png.palette.getRGB(png.getPixel(DiagramExporter.DEFAULT_MARGIN + header.x + 2,
                DiagramExporter.DEFAULT_MARGIN + header.y + header.height / 2));
        assertFalse(at.equals(new RGB(255, 255, 255)), "the header is painted, not blank: " + at);
    }

    @Test
    void theExportIgnoresTheZoomAndTheScrollPosition() throws Exception {
        InterruptRoutingEditor editor = routingEditor();
        byte[] before = export(editor.diagramFigure(), ExportFormat.SVG);
        ((org.eclipse.gef.editparts.ScalableFreeformRootEditPart) editor.viewer().getRootEditPart())
                .getZoomManager().setZoom(0.5);
        Workbench.drain();
        byte[] after = export(editor.diagramFigure(), ExportFormat.SVG);
        assertEquals(svgTexts(before), svgTexts(after));
        assertArrayEquals(size(before), size(after), "the same size at 50% as at 100%");
    }

    // ---- how the user gets there ----

    @Test
    void bothEditorsHaveTheExportActionOnTheirToolbarAndItKnowsTheirDiagram() {
        for (IEditorPart editor : List.of(routingEditor(), topologyEditor())) {
            Workbench.page().activate(editor);
            Workbench.drain();
            assertNotNull(editor.getEditorSite().getActionBars().getGlobalActionHandler(ExportDiagramAction.ID),
                    editor.getTitle() + " handles Export Diagram");
            assertTrue(hasItem(editor.getEditorSite().getActionBars().getToolBarManager().getItems(),
                    ExportDiagramAction.ID), editor.getTitle() + " has Export Diagram on its toolbar");
        }
        assertEquals("i386-smp-4cpu-2004-interrupt-routing",
                ExportDiagramAction.fileName(editors.get(0).getTitle()));
    }

    @Test
    void theRunQueuesViewHasTheExportActionOnItsToolbar() throws Exception {
        RunQueuesView view = (RunQueuesView) Workbench.page().showView(RunQueuesView.ID);
        assertTrue(hasItem(view.getViewSite().getActionBars().getToolBarManager().getItems(),
                ExportDiagramAction.ID));
    }

    private static boolean hasItem(IContributionItem[] items, String id) {
        for (IContributionItem item : items) {
            if (id.equals(item.getId()) || item instanceof ActionContributionItem a
                    && id.equals(a.getAction().getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theWizardListsTheOpenDiagramsAndWritesTheChosenOneOnFinish() throws Exception {
        runQueuesAt20ms();
        InterruptRoutingEditor editor = routingEditor();
        DiagramExportPage page = openWizard();
        assertTrue(page.diagramNames().contains("Run Queues"), page.diagramNames().toString());
        assertTrue(page.diagramNames().contains(editor.getTitle()), page.diagramNames().toString());
        assertEquals(editor.getTitle(), page.diagramNames().get(0), "the active part comes first");

        Path png = dir.resolve("queues.png");
        page.fill("Run Queues", ExportFormat.PNG, true, png);
        assertFalse(Files.exists(png), "nothing is written before Finish");
        assertTrue(page.isPageComplete());
        assertTrue(dialog.getCurrentPage().getWizard().performFinish());
        ImageData data = new ImageData(new ByteArrayInputStream(Files.readAllBytes(png)));
        Rectangle extent = DiagramExporter.extent(
                ((RunQueuesView) Workbench.page().findView(RunQueuesView.ID)).diagramFigure());
        assertEquals(2 * (extent.width + 2 * DiagramExporter.DEFAULT_MARGIN), data.width, "twice the screen's size");
    }

    @Test
    void theWizardOffersTheLockGraphViewThroughItsOwnExporter() throws Exception {
        org.smpng.ui.diagram.LockGraphView view = (org.smpng.ui.diagram.LockGraphView) Workbench.page()
                .showView(org.smpng.ui.diagram.LockGraphView.ID);
        view.showModel(org.smpng.ui.diagram.LockGraphView.DEFAULT_MODEL);
        Workbench.drain();
        DiagramExportPage page = openWizard();
        String name = "Lock Graph: " + view.shownSpec();
        assertTrue(page.diagramNames().contains(name), page.diagramNames().toString());
        Path svg = dir.resolve("locks.svg");
        page.fill(name, ExportFormat.SVG, false, svg);
        assertTrue(dialog.getCurrentPage().getWizard().performFinish());
        assertTrue(Pattern.compile("class=['\"]lock-node['\"]").matcher(Files.readString(svg)).find(),
                "the lock graph's own SVG, one group per lock type");
    }

    @Test
    void theWizardSaysWhyItCannotFinish() throws Exception {
        routingEditor();
        DiagramExportPage page = openWizard();
        page.fill(page.diagramNames().get(0), ExportFormat.SVG, false, dir.resolve("nowhere").resolve("x.svg"));
        assertFalse(page.isPageComplete());
        assertTrue(page.getErrorMessage().endsWith("nowhere does not exist."), page.getErrorMessage());
        page.fill(page.diagramNames().get(0), ExportFormat.SVG, false, dir);
        assertTrue(page.getErrorMessage().endsWith("is a folder; enter a file name."), page.getErrorMessage());
        page.fill(page.diagramNames().get(0), ExportFormat.SVG, false, dir.resolve("x.svg"));
        assertNull(page.getErrorMessage());
        assertThrows(IllegalArgumentException.class, () -> page.fill("No Such Diagram", ExportFormat.SVG, false,
                dir.resolve("x.svg")));
    }

    private DiagramExportPage openWizard() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard(DiagramExportWizard.ID);
        assertNotNull(descriptor, "the diagram export wizard is registered");
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        return ((DiagramExportWizard) wizard).page();
    }

    // ---- the command line's verb, in the workbench's display ----

    @Test
    void theVerbDrawsTheSameRoutingDiagramAsTheEditor() throws Exception {
        InterruptRoutingEditor editor = routingEditor();
        Path svg = dir.resolve("routing.svg");
        Result r = verb("--diagram", "routing", "--model", MACHINE, "-o", svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote " + svg + " (SVG image): i386-smp-4cpu-2004 (interrupt routing)"),
                r.out());
        assertEquals(svgTexts(export(editor.diagramFigure(), ExportFormat.SVG)), svgTexts(Files.readAllBytes(svg)));
    }

    @Test
    void theVerbDrawsTheRunQueuesAtAnInstantAsThePdfOrPngAsked() throws Exception {
        Path pdf = dir.resolve("queues.pdf");
        Result r = verb("--diagram", "run-queues", "--model", SCENARIO, "--at", "20ms", "-o", pdf.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Run Queues: syscall-mix-5.3 at 20.000 ms"), r.out());
        assertTrue(pdfText(Files.readAllBytes(pdf)).contains("(global run queue)"));

        Path png = dir.resolve("topology.png");
        r = verb("--diagram", "topology", "--model", SCENARIO, "--format", "png", "--scale", "2", "-o",
                png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(new String(Files.readAllBytes(png), 1, 3, StandardCharsets.ISO_8859_1).equals("PNG"));
    }

    @Test
    void theVerbDrawsTheTimelineOfARunOrOfAKtrTraceAsTheViewDoes() throws Exception {
        Path svg = dir.resolve("timeline.svg");
        Result r = verb("--diagram", "timeline", "--model", SCENARIO, "--at", "10ms", "--span", "1ms", "--width",
                "1200", "-o", svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Timeline: " + SCENARIO + ", 9.000 to 10.000 ms"), r.out());
        List<String> texts = svgTexts(Files.readAllBytes(svg)).stream().map(String::strip).toList();
        for (String lane : List.of("cpu0", "cpu1", "cpu2", "cpu3")) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(lane)), lane + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("9.") && t.endsWith(" ms")), "the ruler: " + texts);
        assertEquals(1200 + 2 * DiagramExporter.DEFAULT_MARGIN, size(Files.readAllBytes(svg))[0]);

        // The same run as a KTR trace (what ./smpng simulate --ktr writes), drawn from the trace.
        Path trace = dir.resolve("run.ktr");
        Scenario scenario = KernelModels.load(SCENARIO, Scenario.class);
        try (var writer = Files.newBufferedWriter(trace);
                var dump = new org.smpng.sim.diag.KtrDumpWriter(writer)) {
            var ktr = new org.smpng.sim.diag.Ktr(org.smpng.sim.diag.Ktr.KTR_ALL, 1024, dump);
            try (var sim = org.smpng.sim.Simulation.load(scenario,
                    org.smpng.sim.Simulation.Options.DEFAULT.withDuration(10 * MS), ktr)) {
                sim.run();
            }
            ktr.close();
        }
        Path pdf = dir.resolve("trace.pdf");
        r = verb("--diagram", "timeline", "--ktr", trace.toString(), "--from", "2ms", "--span", "1ms", "-o",
                pdf.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Timeline: run.ktr, 2.000 to 3.000 ms"), r.out());
        assertTrue(pdfText(Files.readAllBytes(pdf)).contains("(cpu0"), "lane titles are PDF text");

        Path bad = dir.resolve("bad.ktr");
        Files.writeString(bad, "this is not a trace\n");
        r = verb("--diagram", "timeline", "--ktr", bad.toString(), "-o", dir.resolve("x.svg").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad.ktr:1"), r.err());
    }

    @Test
    void theVerbRefusesBadCommandLinesAndExplainsBadInput() throws Exception {
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "flamegraph", "--model", MACHINE,
                "-o", "x.svg")).getMessage().contains("the diagrams are routing, topology, run-queues, timeline"));
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "routing", "--model", MACHINE,
                "--span", "2ms", "-o", "x.svg")).getMessage().contains("--span is for the timeline diagram"));
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "timeline", "--ktr", "t.ktr",
                "--model", SCENARIO, "-o", "x.svg")).getMessage().contains("without --model and --at"));
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "timeline", "--model", SCENARIO,
                "--span", "soon", "-o", "x.svg")).getMessage().startsWith("--span takes a time"));
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "routing", "--model", MACHINE,
                "--format", "dot", "-o", "x.dot")).getMessage().contains("a diagram exports as svg, png, pdf"));
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "routing", "--model", MACHINE,
                "--at", "20ms", "-o", "x.svg")).getMessage().contains("--at is for the run-queues and timeline diagrams"));
        assertTrue(assertThrows(VerbUsageException.class, () -> verb("--diagram", "routing", "--model", MACHINE))
                .getMessage().contains("missing option --output"));

        Result r = verb("--diagram", "routing", "--model", "builtin:freebsd-5x", "-o", dir.resolve("k.svg")
                .toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("the routing diagram draws a machine"), r.err());
        r = verb("--diagram", "routing", "--model", MACHINE, "-o", dir.resolve("no").resolve("x.svg").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result verb(String... args) throws VerbUsageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new ExportDiagramVerb().run(List.of(args), o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ---- the Graphics adapter ----

    /** A figure of known shapes: a red box, a blue outline, an oval, a polyline, a clipped text and a whole one. */
    private static final class ShapesFigure extends Figure {
        ShapesFigure() {
            setBounds(new Rectangle(DiagramExporter.DEFAULT_MARGIN, DiagramExporter.DEFAULT_MARGIN, 200, 100));
        }

        @Override
        protected void paintFigure(Graphics g) {
            Rectangle b = getBounds();
            g.setBackgroundColor(ColorConstants.red);
            g.fillRectangle(b.x, b.y, 40, 30);
            g.setForegroundColor(ColorConstants.blue);
            g.drawRoundRectangle(new Rectangle(b.x + 50, b.y, 40, 30), 8, 8);
            g.drawOval(b.x + 100, b.y, 20, 20);
            g.drawPolyline(new PointList(new int[] { b.x, b.y + 50, b.x + 30, b.y + 60, b.x + 60, b.y + 50 }));
            g.pushState();
            g.setForegroundColor(ColorConstants.green);
            g.clipRect(new Rectangle(b.x + 130, b.y, 10, 30));
            g.drawText("inner", b.x + 130, b.y);
            g.popState();
            g.drawText("after pop", b.x + 10, b.y + 70);
        }
    }

    @Test
    void theAdapterDrawsShapesAsSvgElementsAndTextAtSwtsBaseline() throws Exception {
        ShapesFigure figure = new ShapesFigure();
        figure.setFont(Display.getCurrent().getSystemFont());
        byte[] svg = new DiagramExporter().toBytes(figure, ExportFormat.SVG, "shapes");
        Document doc = parse(svg);
        Element red = find(doc, "rect", "fill:rgb(255,0,0)");
        assertNotNull(red, new String(svg, StandardCharsets.UTF_8));
        assertEquals(DiagramExporter.DEFAULT_MARGIN, Double.parseDouble(red.getAttribute("x")), 0.001);
        assertEquals(40, Double.parseDouble(red.getAttribute("width")), 0.001);
        assertNotNull(find(doc, "ellipse", "stroke:rgb(0,0,255)"), "the oval");
        assertEquals(2, count(doc, "path", "stroke:rgb(0,0,255)"), "the round rectangle and the polyline");

        Element inner = text(doc, "inner");
        Element after = text(doc, "after pop");
        assertTrue(inner.getAttribute("style").contains("fill: rgb(0,255,0)"), inner.getAttribute("style"));
        assertTrue(after.getAttribute("style").contains("fill: rgb(0,0,255)"), "popState restored the colour: "
                + after.getAttribute("style"));
        FontMetrics m = org.eclipse.draw2d.FigureUtilities.getFontMetrics(figure.getFont());
        assertEquals(DiagramExporter.DEFAULT_MARGIN + 70 + m.getLeading() + m.getAscent(),
                Double.parseDouble(after.getAttribute("y")), 0.001, "the baseline is SWT's");
        assertFalse(inner.getAttribute("clip-path").isEmpty(), "text the clip cut keeps its clip");
        assertTrue(after.getAttribute("clip-path").isEmpty(), "text shown whole needs no clip");
        assertEquals(org.eclipse.draw2d.FigureUtilities.getTextWidth("after pop", figure.getFont()),
                Integer.parseInt(after.getAttribute("textLength")), "as wide as SWT draws it");
        String family = Display.getCurrent().getSystemFont().getFontData()[0].getName();
        assertTrue(after.getAttribute("style").contains("font-family: \"" + family + "\""),
                after.getAttribute("style"));
        assertEquals("shapes", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    /** A figure with the rarer drawing calls: a gradient, a dashed line, a pie slice and an image. */
    private static final class GradientFigure extends Figure {
        private final org.eclipse.swt.graphics.Image image;

        GradientFigure(org.eclipse.swt.graphics.Image image) {
            this.image = image;
            setBounds(new Rectangle(0, 0, 120, 60));
        }

        @Override
        protected void paintFigure(Graphics g) {
            g.setForegroundColor(ColorConstants.white);
            g.setBackgroundColor(ColorConstants.blue);
            g.fillGradient(0, 0, 40, 40, true);
            g.setForegroundColor(ColorConstants.black);
            g.setLineStyle(Graphics.LINE_DASH);
            g.drawLine(0, 50, 100, 50);
            g.setLineStyle(Graphics.LINE_SOLID);
            g.setBackgroundColor(ColorConstants.red);
            g.fillArc(50, 0, 30, 30, 0, 90);
            g.drawImage(image, 90, 0);
        }
    }

    @Test
    void theAdapterDrawsGradientsDashesArcsAndImagesWithTheirTransparency() throws Exception {
        // A 2 x 1 image: a red pixel and a transparent one.
        ImageData data = new ImageData(2, 1, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        data.setPixel(0, 0, 0xFF0000);
        data.setPixel(1, 0, 0x00FF00);
        data.transparentPixel = 0x00FF00;
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(Display.getCurrent(), data);
        try {
            GradientFigure figure = new GradientFigure(image);
            figure.setFont(Display.getCurrent().getSystemFont());
            String svg = new String(new DiagramExporter().toBytes(figure, ExportFormat.SVG, "rare"),
                    StandardCharsets.UTF_8);
            assertTrue(svg.contains("<linearGradient"), "the gradient is a vector gradient");
            assertTrue(svg.contains("stroke-dasharray"), "the dashed line is dashed");
            Matcher png = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(svg);
            assertTrue(png.find(), "the image is embedded");
            ImageData embedded = new ImageData(new ByteArrayInputStream(java.util.Base64.getDecoder()
                    .decode(png.group(1))));
            assertEquals(2, embedded.width);
            assertEquals(255, embedded.getAlpha(0, 0), "the red pixel is opaque");
            assertEquals(0, embedded.getAlpha(1, 0), "the transparent pixel stays transparent");
            assertEquals(new RGB(255, 0, 0), embedded.palette.getRGB(embedded.getPixel(0, 0)));
        } finally {
            image.dispose();
        }
    }

    @Test
    void anEmptyDiagramIsRefusedWithAReason() {
        Figure empty = new Figure();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DiagramExporter().toBytes(empty, ExportFormat.SVG, "empty"));
        assertTrue(e.getMessage().contains("the diagram is empty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DiagramExporter(10, 0));
    }

    @Test
    void theTimelineExportsItsLanesAsShownAndHasTheExportAction() throws Exception {
        var timeline = (org.smpng.ui.diagram.live.TimelineView) Workbench.page()
                .showView(org.smpng.ui.diagram.live.TimelineView.ID);
        assertTrue(hasItem(timeline.getViewSite().getActionBars().getToolBarManager().getItems(),
                ExportDiagramAction.ID));
        var session = org.smpng.ui.diagram.live.LiveSession.get();
        Workbench.settleSession();
        session.setScenario(SCENARIO);
        session.reset();
        Workbench.waitUntil("loaded", () -> session.state() == org.smpng.ui.diagram.live.LiveSession.State.READY,
                60_000);
        session.setSpeed(org.smpng.ui.diagram.live.LiveSession.FULL_SPEED);
        session.runTo(10 * MS);
        Workbench.waitUntil("paused", () -> session.state() != org.smpng.ui.diagram.live.LiveSession.State.RUNNING,
                120_000);
        session.setSpeed(org.smpng.ui.diagram.live.LiveSession.DEFAULT_SPEED);
        Workbench.drain();
        assertEquals("Timeline", timeline.diagramName());
        List<String> texts = svgTexts(export(timeline.diagramFigure(), ExportFormat.SVG)).stream().map(String::strip)
                .toList();
        for (String lane : List.of("cpu0", "cpu1", "cpu2", "cpu3")) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(lane)), lane + " lane title in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.endsWith(" ms")), "the ruler's labels: " + texts);
        assertTrue(pdfText(export(timeline.diagramFigure(), ExportFormat.PDF)).contains("(cpu0"), "PDF text");
        assertPngIsTheExtent(timeline.diagramFigure(), 1);
    }

    // ---- helpers ----

    private byte[] export(IFigure figure, ExportFormat format) throws Exception {
        Path file = dir.resolve("diagram." + format.extension());
        new DiagramExporter().write(figure, format, file, "test");
        return Files.readAllBytes(file);
    }

    /** Writes the figure as PNG at a scale and checks its size is the extent's and that it is not blank. */
    private ImageData assertPngIsTheExtent(IFigure figure, double scale) throws Exception {
        Path file = dir.resolve("diagram.png");
        new DiagramExporter(DiagramExporter.DEFAULT_MARGIN, scale).write(figure, ExportFormat.PNG, file, "test");
        ImageData data = new ImageData(new ByteArrayInputStream(Files.readAllBytes(file)));
        Rectangle extent = DiagramExporter.extent(figure);
        assertEquals((int) Math.ceil((extent.width + 2 * DiagramExporter.DEFAULT_MARGIN) * scale), data.width);
        assertEquals((int) Math.ceil((extent.height + 2 * DiagramExporter.DEFAULT_MARGIN) * scale), data.height);
        int background = data.getPixel(0, 0);
        int painted = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                if (data.getPixel(x, y) != background) {
                    painted++;
                }
            }
        }
        assertTrue(painted > data.width * data.height / 4 / 20, "at least 5% of the pixels are painted: " + painted);
        return data;
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<String> svgTexts(byte[] svg) throws Exception {
        NodeList texts = parse(svg).getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    private static int[] size(byte[] svg) throws Exception {
        Element root = parse(svg).getDocumentElement();
        return new int[] { (int) Double.parseDouble(root.getAttribute("width").replace("px", "")),
                (int) Double.parseDouble(root.getAttribute("height").replace("px", "")) };
    }

    /** The first element {@code tag} whose style (or its group's: strokes are grouped) has {@code style}. */
    private static Element find(Document doc, String tag, String style) {
        List<Element> found = all(doc, tag, style);
        return found.isEmpty() ? null : found.get(0);
    }

    private static int count(Document doc, String tag, String style) {
        return all(doc, tag, style).size();
    }

    private static List<Element> all(Document doc, String tag, String style) {
        NodeList all = doc.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String own = e.getAttribute("style");
            String group = e.getParentNode() instanceof Element p ? p.getAttribute("style") : "";
            if ((own + group).replace(" ", "").contains(style.replace(" ", ""))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element text(Document doc, String content) {
        NodeList all = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < all.getLength(); i++) {
            if (content.equals(all.item(i).getTextContent())) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no text '" + content + "'");
    }

    /** The PDF's content streams, inflated where JFreePDF compressed them. */
    private static String pdfText(byte[] pdf) throws Exception {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"), raw.substring(0, Math.min(16, raw.length())));
        StringBuilder all = new StringBuilder();
        Matcher m = Pattern.compile("(?<!end)stream\\r?\\n").matcher(raw);
        while (m.find()) {
            int end = raw.indexOf("endstream", m.end());
            byte[] data = raw.substring(m.end(), end).getBytes(StandardCharsets.ISO_8859_1);
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(data);
            byte[] buf = new byte[1 << 22];
            try {
                int n = inflater.inflate(buf);
                all.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            } catch (java.util.zip.DataFormatException e) {
                all.append(new String(data, StandardCharsets.ISO_8859_1));
            } finally {
                inflater.end();
            }
        }
        return all.toString();
    }
}
