package org.smpng.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;

/**
 * File menu entries that open models in the SMPng Model Editor: any model file, or any built-in model (kernels,
 * machines, workloads, scenarios; read-only in place, Save asks for a file). UI thread only.
 */
public final class OpenModelActions {

    private OpenModelActions() {
    }

    /** Returns "Open Model File...", which asks for an .xmi file. */
    public static IAction openFile(IWorkbenchWindow window) {
        return new Action("&Open Model File...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open SMPng Model");
                dialog.setFilterExtensions(new String[] {"*." + KernelModels.FILE_EXTENSION, "*.*"});
                dialog.setFilterNames(new String[] {"SMPng models (*.xmi)", "All files"});
                String chosen = dialog.open();
                if (chosen != null) {
                    open(window, chosen);
                }
            }
        };
    }

    /** Returns the "Open Built-in Model" submenu, one entry per built-in model with its kind. */
    public static MenuManager builtinMenu(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager("Open &Built-in Model");
        for (BuiltinModel builtin : BuiltinModels.all()) {
            Action open = new Action(builtin.spec() + "  (" + builtin.kind().word() + ")") {
                @Override
                public void run() {
                    open(window, builtin.spec());
                }
            };
            open.setToolTipText(builtin.title());
            menu.add(open);
        }
        return menu;
    }

    /** Opens {@code spec} in the model editor; a model that cannot be opened is reported, not thrown. */
    public static void open(IWorkbenchWindow window, String spec) {
        try {
            window.getActivePage().openEditor(new KernelModelEditorInput(spec), ModelEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open SMPng Model", e.getMessage());
        }
    }
}
