package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.tools.ConnectionCreationTool;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.internal.DragCursors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.diagram.LockOrderEditor;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;
import org.smpng.ui.diagram.internal.figures.OrderConnectionFigure;

/**
 * The lock order editor: a GEF 3.2 editor with a flyout palette, zoom and action registry on today's workbench
 * (which needs the two compatibility fragments), editing a copy of the FreeBSD 5.0 lock order.
 */
class LockOrderEditorTest {

    @TempDir
    Path folder;

    private Path file;
    private LockOrderEditor editor;

    @BeforeEach
    void openEditor() throws Exception {
        file = folder.resolve("order.xmi");
        KernelModels.save(KernelModels.load("builtin:freebsd-5.0"), file);
        IEditorPart part = Workbench.page().openEditor(new KernelModelEditorInput(file.toString()),
                LockOrderEditor.ID);
        editor = (LockOrderEditor) part;
        Workbench.drain();
    }

    @AfterEach
    void closeEditor() {
        Workbench.page().closeEditor(editor, false);
        Workbench.drain();
    }

    private KernelModel model() {
        return editor.model();
    }

    private CommandStack commandStack() {
        return (CommandStack) editor.getAdapter(CommandStack.class);
    }

    private EditPart partOf(String lockName) {
        for (Object child : editor.viewer().getContents().getChildren()) {
            EditPart part = (EditPart) child;
            if (part.getModel() instanceof LockType type && type.getName().equals(lockName)) {
                return part;
            }
        }
        throw new AssertionError("no part for " + lockName);
    }

    private int shownNodes() {
        return Workbench.nodes(editor.viewer(), LockTypeFigure.class).size();
    }

    private int shownEdges() {
        return Workbench.figures(editor.viewer(), org.eclipse.gef.LayerConstants.CONNECTION_LAYER,
                OrderConnectionFigure.class).size();
    }

    @Test
    void hasAFlyoutPaletteWithToolsForEachLockClassAndForOrders() {
        PaletteViewer palette = editor.viewer().getEditDomain().getPaletteViewer();
        assertNotNull(palette, "the flyout palette viewer was created");
        List<String> labels = labels(palette.getPaletteRoot());
        assertTrue(labels.containsAll(List.of("sleep mutex", "spin mutex", "sx", "Acquired before")),
                labels.toString());

        // Creating a tool goes through ToolEntry, which GEF 3.2 checks with org.eclipse.jface.util.Assert.
        ToolEntry order = (ToolEntry) find(palette.getPaletteRoot(), "Acquired before");
        palette.setActiveTool(order);
        assertTrue(editor.viewer().getEditDomain().getActiveTool() instanceof ConnectionCreationTool);
        palette.setActiveTool(null);
    }

    private static List<String> labels(PaletteContainer container) {
        List<String> labels = new java.util.ArrayList<>();
        for (Object child : container.getChildren()) {
            if (child instanceof PaletteContainer nested) {
                labels.addAll(labels(nested));
            } else {
                labels.add(((PaletteEntry) child).getLabel());
            }
        }
        return labels;
    }

    private static PaletteEntry find(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof PaletteContainer nested) {
                PaletteEntry found = find(nested, label);
                if (found != null) {
                    return found;
                }
            } else if (label.equals(((PaletteEntry) child).getLabel())) {
                return (PaletteEntry) child;
            }
        }
        return null;
    }

    @Test
    void registersUndoRedoDeleteRenameAndZoomActions() {
        ActionRegistry registry = (ActionRegistry) editor.getAdapter(ActionRegistry.class);
        for (String id : List.of(ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(), ActionFactory.DELETE.getId(),
                GEFActionConstants.ZOOM_IN, GEFActionConstants.ZOOM_OUT, "org.smpng.ui.diagram.renameLockType")) {
            assertNotNull(registry.getAction(id), id);
        }
    }

    @Test
    void createsALockTypeFromThePaletteUndoesAndRedoesIt() {
        int before = model().getLockTypes().size();
        LockClass sleepMutex = model().getLockClasses().stream()
                .filter(c -> c.getName().equals("sleep mutex")).findFirst().orElseThrow();
        CreateRequest request = new CreateRequest();
        request.setFactory(new CreationFactory() {
            @Override
            public Object getNewObject() {
                return sleepMutex;
            }

            @Override
            public Object getObjectType() {
                return sleepMutex;
            }
        });
        request.setLocation(new Point(40, 40));
        Command command = editor.viewer().getContents().getCommand(request);
        assertTrue(command != null && command.canExecute());

        commandStack().execute(command);
        Workbench.drain();
        assertEquals(before + 1, model().getLockTypes().size());
        assertEquals("new sleep mutex 1", model().getLockTypes().get(before).getName());
        assertEquals(before + 1, shownNodes());
        assertTrue(editor.isDirty());

        commandStack().undo();
        Workbench.drain();
        assertEquals(before, shownNodes());
        assertFalse(editor.isDirty());
        commandStack().redo();
        Workbench.drain();
        assertEquals(before + 1, shownNodes());
    }

    @Test
    void drawsAnOrderBetweenTwoLocksButRefusesCyclesAndSleepLocksAfterSpinLocks() {
        int edges = shownEdges();
        // The FreeBSD 5.0 order: Giant, proctree, ..., uidinfo struct; and the spin chain ap boot, ..., MCA spin lock.
        assertFalse(connect("uidinfo struct", "Giant").canExecute(), "would close a cycle through Giant");
        assertFalse(connect("Giant", "proctree").canExecute(), "already declared");
        assertFalse(connect("sched lock", "uidinfo struct").canExecute(), "sleep mutex after a spin mutex");

        Command order = connect("uidinfo struct", "ap boot");
        assertTrue(order.canExecute(), "a spin lock may be taken while holding a sleep mutex");
        commandStack().execute(order);
        Workbench.drain();
        assertEquals(edges + 1, shownEdges());
        assertTrue(org.smpng.model.kernel.support.LockOrderGraph.of(model()).successors(type("uidinfo struct"))
                .contains(type("ap boot")));

        commandStack().undo();
        Workbench.drain();
        assertEquals(edges, shownEdges());
    }

    private LockType type(String name) {
        return model().getLockTypes().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private Command connect(String first, String second) {
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setType(RequestConstants.REQ_CONNECTION_START);
        EditPart source = partOf(first);
        request.setSourceEditPart(source);
        request.setTargetEditPart(source);
        Command start = source.getCommand(request);
        assertNotNull(start, "the lock type accepts the start of an order");
        EditPart target = partOf(second);
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(target);
        return target.getCommand(request);
    }

    @Test
    void deletingALockTypeSplitsItsChainsAndSavesToTheFile() throws Exception {
        int lockTypes = model().getLockTypes().size();
        EditPart giant = partOf("Giant");
        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        delete.setEditParts(giant);
        Command command = giant.getCommand(delete);
        assertTrue(command.canExecute());
        commandStack().execute(command);
        Workbench.drain();

        assertEquals(lockTypes - 1, model().getLockTypes().size());
        assertEquals(null, model().getGiant());
        assertEquals(lockTypes - 1, shownNodes());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        KernelModel saved = KernelModels.load(file.toString());
        assertEquals(lockTypes - 1, saved.getLockTypes().size());
        assertTrue(saved.getLockTypes().stream().noneMatch(t -> t.getName().equals("Giant")));
    }

    @Test
    void deletingALockInTheMiddleOfAChainDoesNotOrderItsNeighboursAndUndoRestoresAll() {
        int edges = shownEdges();
        String before = chainsAsText();
        EditPart filedesc = partOf("filedesc structure");
        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        delete.setEditParts(filedesc);
        commandStack().execute(filedesc.getCommand(delete));
        Workbench.drain();

        org.smpng.model.kernel.support.LockOrderGraph graph =
                org.smpng.model.kernel.support.LockOrderGraph.of(model());
        assertFalse(graph.successors(type("allproc")).contains(type("pipe mutex")), "no new order appears");
        assertTrue(graph.successors(type("proctree")).contains(type("allproc")));
        assertTrue(graph.successors(type("pipe mutex")).contains(type("sigio lock")));
        assertEquals(edges - 2, shownEdges(), "the two edges through filedesc structure are gone");

        commandStack().undo();
        Workbench.drain();
        assertEquals(before, chainsAsText());
        assertEquals(edges, shownEdges());
    }

    private String chainsAsText() {
        StringBuilder text = new StringBuilder();
        for (org.smpng.model.kernel.LockOrderChain chain : model().getOrderChains()) {
            text.append(chain.getLabel()).append(':');
            chain.getEntries().forEach(entry -> text.append(entry.getLockType().getName()).append(','));
            text.append('\n');
        }
        return text.toString();
    }

    @Test
    void renamesALockTypeButNotToAnEmptyOrTakenName() {
        LockType sio = type("sio");
        assertFalse(new org.smpng.ui.diagram.internal.commands.RenameLockTypeCommand(sio, "  ").canExecute());
        assertFalse(new org.smpng.ui.diagram.internal.commands.RenameLockTypeCommand(sio, "clk").canExecute());
        assertTrue(org.smpng.ui.diagram.internal.commands.RenameLockTypeCommand.problemWith(sio, "clk")
                .contains("already a lock type named 'clk'"));

        commandStack().execute(new org.smpng.ui.diagram.internal.commands.RenameLockTypeCommand(sio, "uart"));
        Workbench.drain();
        assertTrue(Workbench.nodes(editor.viewer(), LockTypeFigure.class).stream()
                .anyMatch(figure -> figure.getText().equals("uart")));
        commandStack().undo();
        assertEquals("sio", sio.getName());
    }

    @Test
    void providesTheWorkbenchDragCursorsTheFlyoutPaletteUses() {
        Cursor left = DragCursors.getCursor(DragCursors.LEFT);
        assertNotNull(left);
        assertFalse(left.isDisposed());
    }
}
