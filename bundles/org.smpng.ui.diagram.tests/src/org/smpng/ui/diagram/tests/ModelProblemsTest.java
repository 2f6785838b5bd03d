package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.KernelModelEditorInput;
import org.smpng.ui.diagram.LockOrderEditor;
import org.smpng.ui.validation.ModelProblems;

/** Validation in the lock order editor: problems become Problems-view markers that select the locks concerned. */
class ModelProblemsTest {

    @TempDir
    Path folder;

    private LockOrderEditor editor;

    @AfterEach
    void close() {
        if (editor != null) {
            Workbench.page().closeEditor(editor, false);
            Workbench.drain();
        }
    }

    /** Saves FreeBSD 5.0's order with one extra chain, proctree before Giant, which reverses Giant before proctree. */
    private Path cyclicModel() throws Exception {
        KernelModel model = KernelModels.load("builtin:freebsd-5.0");
        LockOrderChain reversed = KernelFactory.eINSTANCE.createLockOrderChain();
        reversed.setLabel("reversed");
        for (String name : List.of("proctree", "Giant")) {
            LockOrderEntry entry = KernelFactory.eINSTANCE.createLockOrderEntry();
            entry.setLockType(model.getLockTypes().stream().filter(t -> t.getName().equals(name)).findFirst()
                    .orElseThrow());
            reversed.getEntries().add(entry);
        }
        model.getOrderChains().add(reversed);
        Path file = folder.resolve("cyclic.xmi");
        KernelModels.save(model, file);
        return file;
    }

    @Test
    void validationMarksTheCycleAndOpeningTheMarkerSelectsItsLocks() throws Exception {
        Path file = cyclicModel();
        IEditorPart part = Workbench.page().openEditor(new KernelModelEditorInput(file.toString()),
                LockOrderEditor.ID);
        editor = (LockOrderEditor) part;
        Workbench.drain();

        editor.validate();
        IFile linked = ModelProblems.fileFor(file);
        assertEquals(file.toAbsolutePath().toString(), linked.getLocation().toOSString());
        IMarker[] markers = ModelProblems.markers(linked);
        assertEquals(1, markers.length, "one cycle");
        IMarker cycle = markers[0];
        assertEquals(IMarker.SEVERITY_ERROR, cycle.getAttribute(IMarker.SEVERITY, -1));
        String message = cycle.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("Giant") && message.contains("proctree"), message);

        IDE.gotoMarker(editor, cycle);
        List<?> selection = ((IStructuredSelection) editor.viewer().getSelection()).toList();
        Set<String> selected = selection.stream().map(item -> ((EditPart) item).getModel())
                .filter(LockType.class::isInstance).map(type -> ((LockType) type).getName())
                .collect(Collectors.toSet());
        assertTrue(selected.containsAll(Set.of("Giant", "proctree")), selected.toString());
    }

    @Test
    void openingTheMarkerFromTheProblemsViewReusesTheOpenEditor() throws Exception {
        Path file = cyclicModel();
        editor = (LockOrderEditor) Workbench.page().openEditor(new KernelModelEditorInput(file.toString()),
                LockOrderEditor.ID);
        editor.validate();
        IMarker cycle = ModelProblems.markers(ModelProblems.fileFor(file))[0];

        IEditorPart opened = IDE.openEditor(Workbench.page(), cycle);
        assertEquals(editor, opened, "the linked workspace file opens the editor already showing the model");
    }

    @Test
    void savingAFixedModelClearsItsProblems() throws Exception {
        Path file = cyclicModel();
        editor = (LockOrderEditor) Workbench.page().openEditor(new KernelModelEditorInput(file.toString()),
                LockOrderEditor.ID);
        editor.validate();
        IFile linked = ModelProblems.fileFor(file);
        assertEquals(1, ModelProblems.markers(linked).length);

        LockOrderChain reversed = editor.model().getOrderChains().get(editor.model().getOrderChains().size() - 1);
        org.eclipse.gef.commands.CommandStack stack =
                (org.eclipse.gef.commands.CommandStack) editor.getAdapter(org.eclipse.gef.commands.CommandStack.class);
        stack.execute(new org.smpng.ui.diagram.internal.commands.DeleteOrderCommand(editor.model(),
                reversed.getEntries().get(0).getLockType(), reversed.getEntries().get(1).getLockType()));
        editor.doSave(null);

        assertEquals(0, ModelProblems.markers(linked).length);
        assertTrue(KernelModels.load(file.toString()).getOrderChains().stream()
                .noneMatch(chain -> "reversed".equals(chain.getLabel())));
    }
}
