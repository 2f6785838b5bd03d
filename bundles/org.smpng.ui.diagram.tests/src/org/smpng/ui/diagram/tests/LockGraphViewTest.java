package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.NodeCategory;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.LockGraphViewers;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;
import org.smpng.ui.diagram.internal.figures.OrderConnectionFigure;

/** The lock graph view in the real workbench, on the built-in FreeBSD 5.x lock order. */
class LockGraphViewTest {

    private LockGraphView view;

    @BeforeEach
    void openView() throws Exception {
        Workbench.settleSession();
        view = (LockGraphView) Workbench.page().showView(LockGraphView.ID);
        view.showModel(LockGraphView.DEFAULT_MODEL);
        Workbench.drain();
    }

    @AfterEach
    void restoreDefault() throws Exception {
        view.showModel(LockGraphView.DEFAULT_MODEL);
        Workbench.drain();
    }

    private Map<String, LockTypeFigure> nodesByName() {
        return Workbench.nodes(view.viewer(), LockTypeFigure.class).stream()
                .collect(Collectors.toMap(LockTypeFigure::getText, Function.identity()));
    }

    @Test
    void showsOneBoxPerLockTypeAndOneArrowPerDeclaredOrder() {
        assertEquals(75, nodesByName().size());
        assertEquals(69, Workbench.figures(view.viewer(), LayerConstants.CONNECTION_LAYER,
                OrderConnectionFigure.class).size());
        assertEquals("Lock Graph: freebsd-5x", view.getPartName());
    }

    @Test
    void coloursBoxesByLockClassWithGiantDistinct() {
        Map<String, LockTypeFigure> nodes = nodesByName();
        LockGraphStyle style = LockGraphStyle.standard();
        assertEquals(rgb(style.category(NodeCategory.GIANT).fillRgb()), nodes.get("Giant").getFillColor().getRGB());
        assertEquals(rgb(style.category(NodeCategory.SLEEP_MUTEX).fillRgb()),
                nodes.get("so_snd").getFillColor().getRGB());
        assertEquals(rgb(style.category(NodeCategory.SPIN_MUTEX).fillRgb()),
                nodes.get("sched lock").getFillColor().getRGB());
        assertEquals(rgb(style.category(NodeCategory.SX).fillRgb()), nodes.get("proctree").getFillColor().getRGB());
        assertEquals(1, nodes.values().stream()
                .filter(node -> node.getFillColor().getRGB().equals(nodes.get("Giant").getFillColor().getRGB()))
                .count(), "only Giant has Giant's colour");
    }

    private static RGB rgb(int value) {
        return new RGB(LockGraphStyle.red(value), LockGraphStyle.green(value), LockGraphStyle.blue(value));
    }

    @Test
    void laysOutWithoutOverlapsAndWithEarlierLocksAbove() {
        Map<String, LockTypeFigure> nodes = nodesByName();
        List<Rectangle> boxes = nodes.values().stream().map(node -> node.getBounds().getCopy()).toList();
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(boxes.get(i).width > 20 && boxes.get(i).height > 10, "box too small: " + boxes.get(i));
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        assertTrue(nodes.get("proctree").getBounds().y < nodes.get("Giant").getBounds().y);
        assertTrue(nodes.get("Giant").getBounds().y < nodes.get("filedesc structure").getBounds().y);
        assertTrue(nodes.get("so_snd").getBounds().y < nodes.get("so_rcv").getBounds().y);
    }

    @Test
    void selectingALockTypeShowsItInThePropertiesView() throws Exception {
        PropertySheet properties = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(view);
        EditPart giant = partOf("Giant");
        view.viewer().select(giant);
        Workbench.drain();

        assertTrue(((LockTypeFigure) ((GraphicalEditPart) giant).getFigure()).isSelected());
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        Map<String, String> shown = new java.util.HashMap<>();
        for (TreeItem top : tree.getItems()) {
            shown.put(top.getText(0), top.getText(1));
            top.setExpanded(true);
            for (TreeItem item : top.getItems()) {
                shown.put(item.getText(0), item.getText(1));
            }
        }
        assertEquals("Giant", shown.get("name"), "properties shown: " + shown);
        assertEquals("sleep mutex", shown.get("lock class"), "properties shown: " + shown);
        assertEquals("true", shown.get("recursion allowed"), "properties shown: " + shown);
    }

    private EditPart partOf(String lockName) {
        for (Object child : view.viewer().getContents().getChildren()) {
            EditPart part = (EditPart) child;
            if (part.getModel() instanceof LockType type && type.getName().equals(lockName)) {
                return part;
            }
        }
        throw new AssertionError("no part for " + lockName);
    }

    @Test
    void zoomsInAndOut() {
        ZoomManager zoom = (ZoomManager) view.viewer().getProperty(ZoomManager.class.toString());
        assertNotNull(zoom);
        zoom.setZoom(1.0);
        zoom.zoomIn();
        assertEquals(1.25, zoom.getZoom(), 1e-9);
        zoom.zoomOut();
        zoom.zoomOut();
        assertEquals(0.8, zoom.getZoom(), 1e-9);
    }

    @Test
    void showsAnotherBuiltinModelAndKeepsTheCurrentOneOnABadSpec() throws Exception {
        view.showModel("builtin:freebsd-head");
        Workbench.drain();
        assertEquals(105, nodesByName().size());

        ModelLoadException error = assertThrows(ModelLoadException.class,
                () -> view.showModel("builtin:freebsd-9"));
        assertTrue(error.getMessage().contains("builtin:freebsd-5x"), error.getMessage());
        assertEquals("builtin:freebsd-head", view.shownSpec());
        assertEquals(105, nodesByName().size());
    }

    @Test
    void exportsWhatItShowsAsSvg(@TempDir Path folder) throws Exception {
        Path svg = folder.resolve("shown.svg");
        LockGraphViewers.writeSvg(view.viewer(), svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"));
        long nodes = java.util.regex.Pattern.compile("class=['\"]lock-node['\"]").matcher(text).results().count();
        assertEquals(75, nodes);
    }
}
