package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.LockGraphStyle;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.LockGraphOutlineView;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.LockGraphViewers;
import org.smpng.ui.diagram.ThumbnailOutlinePage;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;
import org.smpng.ui.diagram.internal.figures.OrderConnectionFigure;
import org.smpng.ui.diagram.internal.parts.LockGraphDiagram;
import org.smpng.ui.diagram.internal.parts.LockGraphEditPartFactory;
import org.smpng.ui.diagram.internal.parts.LockGraphFilter;
import org.smpng.ui.diagram.internal.parts.OrderEdge;
import org.smpng.ui.diagram.internal.parts.WitnessEdge;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.SimulationView;

/**
 * The Lock Graph view during runs: the orders WITNESS observed and its reversals with the sites of both directions,
 * the filters (on screen and in exports), search, layout keeping moved boxes, and the outline's thumbnail.
 */
class LockGraphWitnessViewTest {

    private LiveSession session;
    private LockGraphView view;

    @BeforeEach
    void openViews() throws Exception {
        Workbench.page().showView(SimulationView.ID);
        view = (LockGraphView) Workbench.page().showView(LockGraphView.ID);
        session = LiveSession.get();
        Workbench.settleSession();
    }

    @AfterEach
    void backToTheFirstRunState() {
        Workbench.settleSession();
        view.setFilter(LockGraphFilter.NONE);
        view.layout(false);
        if (view.findBar().isOpen()) {
            view.findBar().close();
        }
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.setSpeed(LiveSession.DEFAULT_SPEED);
        session.reset();
        Workbench.waitUntil("the default scenario is loaded", () -> session.state() == LiveSession.State.READY
                || session.state() == LiveSession.State.EMPTY, 60_000);
    }

    private LockGraphDiagram diagram() {
        return LockGraphEditPartFactory.diagram(view.viewer());
    }

    private void loadWitnessedAndRunToTheEnd() {
        session.setScenario(LorScenarios.witnessed(), "lor scenario");
        session.reset();
        Workbench.waitUntil("the scenario is loaded", () -> session.state() != LiveSession.State.LOADING, 30_000);
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        session.setSpeed(LiveSession.FULL_SPEED);
        session.run();
        Workbench.waitUntil("the run ends", () -> session.state() == LiveSession.State.FINISHED, 30_000);
    }

    private List<WitnessEdge> witnessEdges(EdgeKind kind) {
        return diagram().shownWitnessEdges().stream().filter(e -> e.kind() == kind).toList();
    }

    /** The connection parts of the viewer whose model is of the given type. */
    private <T> List<ConnectionEditPart> connections(Class<T> model) {
        List<ConnectionEditPart> found = new ArrayList<>();
        for (Object part : view.viewer().getEditPartRegistry().values()) {
            if (part instanceof ConnectionEditPart c && model.isInstance(c.getModel()) && c.isActive()) {
                found.add(c);
            }
        }
        return found;
    }

    private Set<String> nodeTexts() {
        Set<String> names = new TreeSet<>();
        Workbench.nodes(view.viewer(), LockTypeFigure.class).forEach(f -> names.add(f.getText()));
        return names;
    }

    @Test
    void theSyscallMixShowsTheOrdersWitnessSawWhileItRunsBesideTheDeclaredOnes() {
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.reset();
        Workbench.waitUntil("the default scenario is loaded", () -> session.state() == LiveSession.State.READY,
                60_000);
        int declared = connections(OrderEdge.class).size();
        assertTrue(declared > 0, "the 5.3 kernel declares an order");
        assertEquals(WitnessGraph.EMPTY, diagram().observed(), "nothing observed before the run");

        // At the watching speed the copies come about once a second while the run goes.
        session.run();
        Workbench.waitUntil("WITNESS's orders reach the view while the run goes",
                () -> !diagram().observed().orders().isEmpty() && session.state() == LiveSession.State.RUNNING,
                15_000);
        session.pause();
        Workbench.settleSession();

        WitnessGraph seen = diagram().observed();
        List<WitnessEdge> observed = witnessEdges(EdgeKind.OBSERVED_ORDER);
        assertFalse(observed.isEmpty(), "observed orders are drawn");
        assertTrue(witnessEdges(EdgeKind.REVERSAL).isEmpty(), "the mix keeps to its order: " + seen.reversals());
        assertEquals(declared, connections(OrderEdge.class).size(), "the declared edges are all still drawn");
        assertEquals(observed.size(), connections(WitnessEdge.class).size(), "one connection per observed order");
        for (ConnectionEditPart part : connections(WitnessEdge.class)) {
            OrderConnectionFigure figure = (OrderConnectionFigure) ((GraphicalEditPart) part).getFigure();
            assertEquals(SWT.LINE_DASH, figure.getLineStyle(), "observed orders are dashed");
            assertEquals(rgb(LockGraphStyle.standard().edgeRgb(EdgeKind.OBSERVED_ORDER)),
                    figure.getForegroundColor().getRGB());
            String tooltip = ((Label) figure.getToolTip()).getText();
            WitnessEdge edge = (WitnessEdge) part.getModel();
            assertTrue(tooltip.contains(edge.order().first() + " \u2192 " + edge.order().second() + " first seen at "
                    + edge.order().site()), tooltip);
        }
        assertTrue(view.getContentDescription().startsWith("WITNESS: " + seen.orders().size() + " orders seen, 0"
                + " reversals."), view.getContentDescription());

        // Only contended: exactly the lock types the overlay found held or waited for, fewer than all.
        view.setFilter(view.filter().withOnlyContended(true));
        Workbench.drain();
        Set<String> contended = view.filter().contended();
        assertFalse(contended.isEmpty(), "the mix contends some locks in its first milliseconds");
        Set<String> shown = new TreeSet<>(diagram().shownLockTypes());
        assertTrue(shown.size() < diagram().lockTypeCount(), shown.toString());
        assertTrue(contended.containsAll(shown), shown + " vs " + contended);
        assertEquals(shown, nodeTexts(), "the other boxes are removed from the figure");
    }

    @Test
    void aReversalIsARedEdgeWhoseTooltipAndPropertiesGiveBothDirectionsSites() throws Exception {
        loadWitnessedAndRunToTheEnd();
        List<WitnessEdge> reversals = witnessEdges(EdgeKind.REVERSAL);
        assertEquals(1, reversals.size(), diagram().shownWitnessEdges().toString());
        WitnessEdge reversal = reversals.get(0);
        assertEquals(List.of("B_mtx", "A_mtx"), List.of(name(reversal.from()), name(reversal.to())),
                "drawn from the lock held to the lock taken against the order");

        GraphicalEditPart part = (GraphicalEditPart) view.viewer().getEditPartRegistry().get(reversal);
        OrderConnectionFigure figure = (OrderConnectionFigure) part.getFigure();
        assertEquals(rgb(LockGraphStyle.standard().edgeRgb(EdgeKind.REVERSAL)), figure.getForegroundColor().getRGB());
        assertEquals(2, figure.getLineWidth(), "thicker than the declared edges");
        String tooltip = ((Label) figure.getToolTip()).getText();
        assertTrue(tooltip.contains("Established: A_mtx \u2192 B_mtx first seen at lor.c:21 (proc/t#0"), tooltip);
        assertTrue(tooltip.contains("Reversed: B_mtx \u2192 A_mtx at lor.c:11 (B_mtx held since lor.c:10;"),
                tooltip);

        view.viewer().select(part);
        Workbench.drain();
        IPropertySource properties = part.getAdapter(IPropertySource.class);
        assertEquals("lor.c:11", properties.getPropertyValue("reversed at"));
        assertEquals("lor.c:10", properties.getPropertyValue("held lock taken at"));
        assertTrue(String.valueOf(properties.getPropertyValue("established at")).contains("first seen at lor.c:21"));

        // The order C_mtx -> D_mtx, which no chain declares, is observed; A_mtx -> B_mtx is both declared and seen.
        Set<String> observed = new HashSet<>();
        witnessEdges(EdgeKind.OBSERVED_ORDER).forEach(e -> observed.add(name(e.from()) + "->" + name(e.to())));
        assertEquals(Set.of("A_mtx->B_mtx", "C_mtx->D_mtx"), observed, "B -> A is the reversal, drawn once");
        assertEquals(1, connections(OrderEdge.class).size(), "the declared A_mtx -> B_mtx stays");
    }

    @Test
    void filtersRemoveBoxesAndEdgesFromTheFigureAndFromTheExport(@TempDir Path dir) throws Exception {
        loadWitnessedAndRunToTheEnd();
        assertEquals(Set.of("A_mtx", "B_mtx", "C_mtx", "D_mtx", "E_spin"), nodeTexts());
        assertEquals(Set.of(LockGraphFilter.NO_SUBSYSTEM, "net", "vfs"), diagram().subsystems(), "E_spin has none");
        assertEquals(Set.of("sleep mutex", "spin mutex"), diagram().lockClasses());

        view.setFilter(LockGraphFilter.NONE.withOnlyReversals(true));
        Workbench.drain();
        assertEquals(Set.of("A_mtx", "B_mtx"), nodeTexts());
        assertEquals(3, connections(Object.class).size(), "declared and observed A -> B, the reversal B -> A");
        Svg svg = export(dir.resolve("reversals.svg"));
        assertEquals(Set.of("A_mtx", "B_mtx"), svg.locks());
        assertEquals(List.of("DECLARED_ORDER", "REVERSAL", "OBSERVED_ORDER"), svg.edgeKinds());
        assertTrue(view.getContentDescription().startsWith("Filtered (only reversals): 2 of 5 lock types shown."
                + " WITNESS: 3 orders seen, 1 reversal: B_mtx \u2192 A_mtx."), view.getContentDescription());

        view.setFilter(LockGraphFilter.NONE.withSubsystem("vfs", false));
        Workbench.drain();
        assertEquals(Set.of("C_mtx", "D_mtx", "E_spin"), nodeTexts());
        assertEquals(Set.of("C_mtx", "D_mtx", "E_spin"), export(dir.resolve("net.svg")).locks());
        assertEquals(List.of("OBSERVED_ORDER"), export(dir.resolve("net2.svg")).edgeKinds());
        // Layout lays out what is shown; lock types shown again go below until the next Layout.
        Rectangle before = constraint(diagram().partOf("C_mtx"));
        view.layout(false);
        Workbench.drain();
        assertNotEquals(before, constraint(diagram().partOf("C_mtx")), "the gap A_mtx and B_mtx left is closed");
        int bottom = 0;
        for (String name : List.of("C_mtx", "D_mtx", "E_spin")) {
            bottom = Math.max(bottom, constraint(diagram().partOf(name)).bottom());
        }
        view.setFilter(LockGraphFilter.NONE.withOnlyReversals(false));
        Workbench.drain();
        assertTrue(constraint(diagram().partOf("A_mtx")).y > bottom, "shown again below what was laid out");
        view.layout(false);
        Workbench.drain();

        view.setFilter(LockGraphFilter.NONE.withClass("sleep mutex", false));
        Workbench.drain();
        assertEquals(Set.of("E_spin"), nodeTexts());
        assertEquals(0, connections(Object.class).size());
        assertEquals(Set.of("E_spin"), export(dir.resolve("spin.svg")).locks());

        // One thread on one CPU never waits: only contended shows what the overlay found, here set by hand.
        view.setFilter(LockGraphFilter.NONE.withOnlyContended(true).withContended(Set.of("C_mtx", "D_mtx")));
        Workbench.drain();
        assertEquals(Set.of("C_mtx", "D_mtx"), nodeTexts());
        assertEquals(List.of("OBSERVED_ORDER"), export(dir.resolve("contended.svg")).edgeKinds());

        // Hiding the observed orders keeps every box, the declared orders and the reversal.
        view.setFilter(LockGraphFilter.NONE.withObservedHidden(true));
        Workbench.drain();
        assertEquals(5, nodeTexts().size());
        assertTrue(witnessEdges(EdgeKind.OBSERVED_ORDER).isEmpty());
        assertEquals(1, witnessEdges(EdgeKind.REVERSAL).size());
        assertFalse(export(dir.resolve("unobserved.svg")).edgeKinds().contains("OBSERVED_ORDER"));
        assertTrue(view.getContentDescription().startsWith("Filtered (observed orders hidden)"),
                view.getContentDescription());

        view.setFilter(LockGraphFilter.NONE);
        Workbench.drain();
        assertEquals(5, nodeTexts().size());
        assertEquals(5, export(dir.resolve("all.svg")).locks().size());
        assertFalse(witnessEdges(EdgeKind.OBSERVED_ORDER).isEmpty());
    }

    @Test
    void findRingsTheMatchesAndWalksThroughThemOrSaysThereIsNone() throws Exception {
        loadWitnessedAndRunToTheEnd();
        view.findBar().open();
        assertTrue(view.findBar().isOpen());
        view.findBar().search("_MTX");
        assertEquals(List.of("A_mtx", "B_mtx", "C_mtx", "D_mtx"), view.findBar().matches(), "case-insensitive");
        assertEquals("1 of 4: A_mtx", view.findBar().status());
        assertEquals(List.of("A_mtx"), selectedNames());
        Set<String> ringed = new TreeSet<>();
        Workbench.nodes(view.viewer(), LockTypeFigure.class).stream().filter(LockTypeFigure::isMatched)
                .forEach(f -> ringed.add(f.getText()));
        assertEquals(Set.of("A_mtx", "B_mtx", "C_mtx", "D_mtx"), ringed);

        view.findBar().next(true);
        assertEquals(List.of("B_mtx"), selectedNames());
        view.findBar().next(false);
        view.findBar().next(false);
        assertEquals(List.of("D_mtx"), selectedNames(), "Shift+Enter from the first goes round to the last");
        assertEquals("4 of 4: D_mtx", view.findBar().status());

        view.findBar().search("giant");
        assertEquals(List.of(), view.findBar().matches());
        assertEquals("No lock type matches \u201cgiant\u201d", view.findBar().status());
        assertTrue(Workbench.nodes(view.viewer(), LockTypeFigure.class).stream().noneMatch(LockTypeFigure::isMatched));

        view.setFilter(LockGraphFilter.NONE.withClass("sleep mutex", false));
        view.findBar().search("a_m");
        assertTrue(view.findBar().status().endsWith("among those shown (a filter hides some)"),
                view.findBar().status());
    }

    @Test
    void draggedBoxesStayThroughLayoutRefreshesAndFiltersUnlessLayoutIsToldToForgetThem() throws Exception {
        loadWitnessedAndRunToTheEnd();
        GraphicalEditPart a = diagram().partOf("A_mtx");
        Rectangle laidOut = constraint(a);
        // Drag A_mtx 300 pixels right and 40 down, through the view's own edit policy and command stack; at 100%
        // the mouse's delta is the diagram's.
        ((ZoomManager) view.viewer().getProperty(ZoomManager.class.toString())).setZoom(1.0);
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE_CHILDREN);
        move.setEditParts(a);
        move.setMoveDelta(new Point(300, 40));
        Command command = ((EditPart) view.viewer().getContents()).getCommand(move);
        assertNotNull(command, "the view lets boxes be dragged");
        view.viewer().getEditDomain().getCommandStack().execute(command);
        Workbench.drain();
        Rectangle moved = laidOut.getTranslated(300, 40);
        assertEquals(moved, constraint(diagram().partOf("A_mtx")));
        view.viewer().getEditDomain().getCommandStack().undo();
        Workbench.drain();
        assertEquals(laidOut, constraint(diagram().partOf("A_mtx")), "the move is undoable");
        view.viewer().getEditDomain().getCommandStack().redo();
        Workbench.drain();
        assertEquals(moved, constraint(diagram().partOf("A_mtx")));

        view.layout(true);
        Workbench.drain();
        assertEquals(moved, constraint(diagram().partOf("A_mtx")), "Layout keeps the moved box");
        for (String other : diagram().shownLockTypes()) {
            if (!other.equals("A_mtx")) {
                assertFalse(constraint(diagram().partOf(other)).intersects(moved), other + " lies on A_mtx");
            }
        }
        view.showObserved(new WitnessGraph(diagram().observed().lockTypes(), List.of(), List.of()));
        Workbench.drain();
        assertEquals(moved, constraint(diagram().partOf("A_mtx")), "a new WITNESS copy keeps it");

        // The moved box and a filter survive a restart: the view's memento, written out and read back.
        view.setFilter(LockGraphFilter.NONE.withClass("spin mutex", false).withObservedHidden(true));
        org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("view");
        view.saveState(memento);
        java.io.StringWriter xml = new java.io.StringWriter();
        memento.save(xml);
        org.smpng.ui.diagram.LockGraphViewState restored = org.smpng.ui.diagram.LockGraphViewState.read(
                org.eclipse.ui.XMLMemento.createReadRoot(new java.io.StringReader(xml.toString())));
        assertEquals(view.state(), restored, xml.toString());
        assertEquals(Set.of("spin mutex"), restored.filter().hiddenClasses());
        assertTrue(restored.filter().hideObserved());
        assertTrue(restored.keepMoved());
        assertTrue(restored.positions().values().stream().anyMatch(boxes -> boxes.containsKey("A_mtx")),
                "the moved box is kept: " + restored.positions());
        assertEquals(org.smpng.ui.diagram.LockGraphViewState.read(null).filter(), LockGraphFilter.NONE,
                "a fresh view starts unfiltered");
        view.setFilter(LockGraphFilter.NONE);
        Workbench.drain();
        view.setFilter(LockGraphFilter.NONE.withSubsystem("net", false));
        Workbench.drain();
        assertEquals(moved, constraint(diagram().partOf("A_mtx")), "a filter keeps it");

        view.setFilter(LockGraphFilter.NONE);
        view.layout(false);
        Workbench.drain();
        assertEquals(laidOut, constraint(diagram().partOf("A_mtx")), "Layout without keeping forgets the move");
        assertTrue(diagram().positions().isEmpty());
    }

    @Test
    void lockTypesOnlySeenAtRunTimeGetBoxesBelowTheGraph() {
        view.showObserved(new WitnessGraph(List.of(new WitnessGraph.LockTypeSeen("so_snd", "sleep mutex"),
                new WitnessGraph.LockTypeSeen("ghost_mtx", "sleep mutex")),
                List.of(new WitnessGraph.Order("so_snd", "ghost_mtx", "ghost.c:1", "proc/t#0", 5, List.of())),
                List.of()));
        Workbench.drain();
        assertTrue(diagram().shownLockTypes().contains("ghost_mtx"));
        GraphicalEditPart ghost = diagram().partOf("ghost_mtx");
        int bottom = 0;
        for (String name : diagram().shownLockTypes()) {
            if (!name.equals("ghost_mtx")) {
                bottom = Math.max(bottom, constraint(diagram().partOf(name)).bottom());
            }
        }
        assertTrue(constraint(ghost).y > bottom, "below every box of the model");
        assertEquals(1, witnessEdges(EdgeKind.OBSERVED_ORDER).size());
        assertTrue(((LockTypeFigure) ghost.getFigure()).getToolTip() instanceof Label tip
                && tip.getText().contains("Only seen at run time"));
        view.showObserved(null);
        Workbench.drain();
        assertFalse(diagram().shownLockTypes().contains("ghost_mtx"));
    }

    @Test
    void theOutlineShowsAThumbnailOfTheGraphWithTheVisibleArea() throws Exception {
        assertInstanceOf(IContentOutlinePage.class, view.getAdapter(IContentOutlinePage.class));
        LockGraphOutlineView outline = (LockGraphOutlineView) Workbench.page().showView(LockGraphOutlineView.ID);
        Workbench.page().activate(view);
        Workbench.drain();
        ThumbnailOutlinePage page = assertInstanceOf(ThumbnailOutlinePage.class, outline.shownPage());
        IFigure printable = LayerManager.Helper.find(view.viewer().getRootEditPart())
                .getLayer(LayerConstants.PRINTABLE_LAYERS);
        assertEquals(printable, page.source());
        assertFalse(page.getControl().isDisposed());
        Workbench.waitUntil("the thumbnail is laid out", () -> !page.thumbnail().getBounds().isEmpty(), 5_000);
        Workbench.page().hideView(outline);
    }

    private static String name(Object node) {
        return node instanceof org.smpng.model.kernel.LockType t ? t.getName()
                : ((org.smpng.ui.diagram.internal.parts.RuntimeLockType) node).name();
    }

    private List<String> selectedNames() {
        List<String> names = new ArrayList<>();
        for (Object part : view.viewer().getSelectedEditParts()) {
            names.add(name(((EditPart) part).getModel()));
        }
        return names;
    }

    private static Rectangle constraint(GraphicalEditPart part) {
        IFigure figure = part.getFigure();
        return ((Rectangle) figure.getParent().getLayoutManager().getConstraint(figure)).getCopy();
    }

    private static RGB rgb(int value) {
        return new RGB(LockGraphStyle.red(value), LockGraphStyle.green(value), LockGraphStyle.blue(value));
    }

    /** What an exported SVG holds: its lock ids and edge kinds, in document order. */
    private record Svg(Set<String> locks, List<String> edgeKinds) {
    }

    private Svg export(Path file) throws Exception {
        LockGraphViewers.writeSvg(view.viewer(), file);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.NodeList groups = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*",
                "g");
        Set<String> locks = new TreeSet<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
            if (g.getAttribute("class").equals("lock-node")) {
                locks.add(g.getAttribute("data-lock-id"));
            } else if (g.getAttribute("class").equals("lock-edge")) {
                kinds.add(g.getAttribute("data-kind"));
            }
        }
        return new Svg(locks, kinds);
    }
}
