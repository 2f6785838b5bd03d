package org.smpng.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockingStatus;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.WorkStatus;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.editor.ModelEditor;
import org.smpng.ui.views.StatusBoardView;

/** The status board shows the seed's subsystem table of the model being edited, and edits it with undo. */
class StatusBoardViewTest {

    @TempDir
    Path folder;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void drain() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // Let the view follow the command stack.
            }
        }
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        drain();
    }

    @Test
    void showsTheSubsystemsOfTheEditedModelAndFlipsOneToMpsafeWithUndo() throws Exception {
        Path file = folder.resolve("status.xmi");
        try (InputStream in = BuiltinModels.class.getResourceAsStream("/models/smpng-status-2004.xmi")) {
            Files.copy(in, file);
        }
        ModelEditor editor = (ModelEditor) page().openEditor(new KernelModelEditorInput(file.toString()),
                ModelEditor.ID);
        StatusBoardView board = (StatusBoardView) page().showView(StatusBoardView.ID);
        page().activate(editor);
        drain();

        assertEquals(18, board.shown().size(), "the seed's Subsystems and Staffing table has 18 rows");
        assertTrue(board.summaryText().startsWith("18 subsystems: "), board.summaryText());
        Subsystem vm = board.shown().stream().filter(s -> s.getName().equals("VM")).findFirst().orElseThrow();
        assertEquals(WorkStatus.IN_PROGRESS, vm.getWorkStatus());

        board.makeMpsafe(vm);
        drain();
        assertEquals(LockingStatus.MPSAFE, vm.getLockingStatus());
        assertTrue(editor.isDirty());
        assertTrue(board.summaryText().contains(" MPSAFE"), board.summaryText());

        board.set(vm, KernelPackage.Literals.SUBSYSTEM__WORK_STATUS, WorkStatus.DONE);
        assertEquals(WorkStatus.DONE, vm.getWorkStatus());
        editor.action(ActionFactory.UNDO.getId()).run();
        editor.action(ActionFactory.UNDO.getId()).run();
        drain();
        assertEquals(WorkStatus.IN_PROGRESS, vm.getWorkStatus());
        assertEquals(LockingStatus.PARTIALLY_GIANT_FREE, vm.getLockingStatus());
        assertFalse(editor.isDirty());
    }

    @Test
    void showsTheTaskListsAndMakingASubsystemMpsafeFreesItsSyscalls() throws Exception {
        Path file = folder.resolve("freebsd-5.3.xmi");
        org.smpng.model.builtin.KernelModels.save(org.smpng.model.builtin.KernelModels.load("builtin:freebsd-5.3"),
                file);
        ModelEditor editor = (ModelEditor) page().openEditor(new KernelModelEditorInput(file.toString()),
                ModelEditor.ID);
        StatusBoardView board = (StatusBoardView) page().showView(StatusBoardView.ID);
        page().activate(editor);
        drain();

        assertEquals(163, board.shownTasks().size(), "the seed's general task list");
        org.smpng.model.kernel.KernelModel kernel = (org.smpng.model.kernel.KernelModel) editor.resource()
                .getContents().get(0);
        Subsystem underGiant = kernel.getSubsystems().stream()
                .filter(s -> kernel.getSyscalls().stream().anyMatch(c -> c.getSubsystem() == s && !c.isMpsafe()))
                .findFirst().orElseThrow();
        long before = kernel.getSyscalls().stream().filter(c -> !c.isMpsafe()).count();
        long freed = kernel.getSyscalls().stream().filter(c -> c.getSubsystem() == underGiant && !c.isMpsafe())
                .count();
        String summaryBefore = board.summaryText();

        board.makeMpsafe(underGiant);
        drain();
        assertEquals(before - freed, kernel.getSyscalls().stream().filter(c -> !c.isMpsafe()).count());
        assertTrue(board.summaryText().contains((before - freed) + " of " + kernel.getSyscalls().size()
                + " syscalls still run under Giant"), board.summaryText() + " (was: " + summaryBefore + ")");
        editor.action(ActionFactory.UNDO.getId()).run();
        drain();
        assertEquals(before, kernel.getSyscalls().stream().filter(c -> !c.isMpsafe()).count());
    }

    @Test
    void saysWhatToDoWhenNoKernelModelIsOpen() throws Exception {
        StatusBoardView board = (StatusBoardView) page().showView(StatusBoardView.ID);
        drain();
        assertTrue(board.shown().isEmpty());
        assertTrue(board.summaryText().contains("Open a kernel model"), board.summaryText());
    }
}
