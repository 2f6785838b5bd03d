package org.smpng.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.editor.ModelEditor;
import org.smpng.ui.editor.NewModelWizard;
import org.smpng.ui.emf.ItemPropertySource;
import org.smpng.ui.validation.ModelProblems;

/** The tree model editor on a copy of FreeBSD 5.0's lock order: browse, edit with undo, properties, save, validate. */
class ModelEditorTest {

    @TempDir
    Path folder;

    private Path file;
    private ModelEditor editor;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void drain() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // Run the editor's coalesced refreshes.
            }
        }
    }

    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("kernel.xmi");
        KernelModels.save(KernelModels.load("builtin:freebsd-5.0"), file);
        editor = (ModelEditor) page().openEditor(new KernelModelEditorInput(file.toString()), ModelEditor.ID);
        drain();
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        drain();
    }

    private KernelModel model() {
        return (KernelModel) editor.resource().getContents().get(0);
    }

    private LockType lock(String name) {
        return model().getLockTypes().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsTheModelAsATreeOfItsContents() {
        var tree = editor.viewer().getTree();
        assertEquals(1, tree.getItemCount());
        assertTrue(tree.getItem(0).getText().contains("freebsd-5.0"), tree.getItem(0).getText());
        assertTrue(tree.getItem(0).getItemCount() >= model().getLockTypes().size(), "lock types are children");
    }

    @Test
    void createsAChildThroughTheItemProvidersAndUndoesIt() {
        int before = model().getLockTypes().size();
        Collection<?> descriptors = editor.getEditingDomain().getNewChildDescriptors(model(), null);
        Object lockTypeChild = descriptors.stream()
                .filter(d -> d instanceof CommandParameter p && p.getFeature() == KernelPackage.Literals.KERNEL_MODEL__LOCK_TYPES)
                .findFirst().orElseThrow();
        Command create = CreateChildCommand.create(editor.getEditingDomain(), model(), lockTypeChild, List.of(model()));
        editor.getEditingDomain().getCommandStack().execute(create);
        drain();
        assertEquals(before + 1, model().getLockTypes().size());
        assertTrue(editor.isDirty());

        editor.action(ActionFactory.UNDO.getId()).run();
        drain();
        assertEquals(before, model().getLockTypes().size());
        assertFalse(editor.isDirty());
    }

    @Test
    void deletesCutsAndPastesTheSelection() {
        int before = model().getLockTypes().size();
        editor.viewer().setSelection(new StructuredSelection(lock("clk")));
        drain();
        editor.action(ActionFactory.CUT.getId()).run();
        drain();
        assertEquals(before - 1, model().getLockTypes().size());
        assertTrue(model().getLockTypes().stream().noneMatch(t -> "clk".equals(t.getName())));

        editor.viewer().setSelection(new StructuredSelection(model()));
        drain();
        editor.action(ActionFactory.PASTE.getId()).run();
        drain();
        assertEquals(before, model().getLockTypes().size());

        editor.viewer().setSelection(new StructuredSelection(lock("icu")));
        drain();
        editor.action(ActionFactory.DELETE.getId()).run();
        drain();
        assertTrue(model().getLockTypes().stream().noneMatch(t -> "icu".equals(t.getName())));
    }

    @Test
    void editsAValueInThePropertiesViewWithUndo() {
        ItemPropertySource source = new ItemPropertySource(lock("sio"), editorAdapterFactory());
        IPropertyDescriptor name = find(source, "Name");
        source.setPropertyValue(name.getId(), "uart");
        drain();
        assertEquals("uart", lock("uart").getName());
        assertTrue(editor.isDirty());
        editor.action(ActionFactory.UNDO.getId()).run();
        drain();
        assertEquals("sio", lock("sio").getName());

        IPropertyDescriptor recursion = find(source, "Recursion Allowed");
        assertNotNull(recursion.createPropertyEditor(editor.viewer().getTree()), "booleans have an editor");
        assertNotNull(editor.getAdapter(IPropertySheetPage.class));
    }

    private org.eclipse.emf.common.notify.AdapterFactory editorAdapterFactory() {
        return ((org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain) editor.getEditingDomain())
                .getAdapterFactory();
    }

    private static IPropertyDescriptor find(ItemPropertySource source, String displayName) {
        List<String> names = new ArrayList<>();
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            names.add(descriptor.getDisplayName());
            if (descriptor.getDisplayName().equals(displayName)) {
                return descriptor;
            }
        }
        throw new AssertionError("no property " + displayName + " in " + names);
    }

    @Test
    void savesToTheFileAndValidates() throws Exception {
        ItemPropertySource source = new ItemPropertySource(lock("sio"), editorAdapterFactory());
        source.setPropertyValue(find(source, "Name").getId(), "uart");
        drain();
        assertTrue(editor.saveTo(file));
        assertFalse(editor.isDirty());
        assertTrue(KernelModels.load(file.toString()).getLockTypes().stream().anyMatch(t -> "uart".equals(t.getName())));
        assertEquals(0, ModelProblems.markers(ModelProblems.fileFor(file)).length, "the 5.0 order is valid");

        // Deleting a lock type from the tree leaves its order entries without a lock: saved, but reported.
        editor.viewer().setSelection(new StructuredSelection(lock("clk")));
        drain();
        editor.action(ActionFactory.DELETE.getId()).run();
        drain();
        assertTrue(editor.saveTo(file));
        IMarker[] markers = ModelProblems.markers(ModelProblems.fileFor(file));
        assertEquals(1, markers.length);
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("lockType"),
                markers[0].getAttribute(IMarker.MESSAGE, ""));
    }

    @Test
    void theNewModelWizardCopiesABuiltinModelAndOpensIt() throws Exception {
        Path created = folder.resolve("copy.xmi");
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        List<Text> texts = new ArrayList<>();
        List<Combo> combos = new ArrayList<>();
        collect(dialog.getShell(), texts, combos);
        texts.get(0).setText("copied");
        Combo start = combos.get(0);
        start.select(java.util.Arrays.asList(start.getItems()).indexOf(java.util.Arrays.stream(start.getItems())
                .filter(item -> item.contains("builtin:freebsd-5x ")).findFirst().orElseThrow()));
        texts.get(1).setText(created.toString());
        assertTrue(wizard.canFinish());
        assertTrue(wizard.performFinish());
        dialog.close();
        drain();

        KernelModel copy = KernelModels.load(created.toString());
        assertEquals("copied", copy.getName());
        assertEquals(75, copy.getLockTypes().size(), "a copy of builtin:freebsd-5x");
        IEditorPart active = page().getActiveEditor();
        assertTrue(active instanceof ModelEditor, String.valueOf(active));
        assertTrue(Files.exists(created));
    }

    @Test
    void opensBuiltinMachinesWorkloadsAndScenariosFromTheFileMenu() {
        for (String spec : List.of("builtin:amd64-2x2-2006", "builtin:syscall-mix", "builtin:syscall-mix-5.3")) {
            org.smpng.ui.editor.OpenModelActions.open(page().getWorkbenchWindow(), spec);
            drain();
            ModelEditor opened = (ModelEditor) page().getActiveEditor();
            assertEquals(spec, opened.getTitleToolTip().split(" ")[0]);
            assertTrue(opened.viewer().getTree().getItem(0).getItemCount() > 0, spec + " shows its contents");
            assertEquals(org.eclipse.emf.common.util.Diagnostic.OK, opened.validate().getSeverity(), spec);
        }
        assertTrue(page().getActiveEditor() instanceof ModelEditor);
    }

    private static void collect(Control control, List<Text> texts, List<Combo> combos) {
        if (control instanceof Text text && (text.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0) {
            texts.add(text);
        }
        if (control instanceof Combo combo) {
            combos.add(combo);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts, combos);
            }
        }
    }
}
