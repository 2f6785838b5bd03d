package org.smpng.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.ui.editor.KernelModelEditorInput;

/**
 * File &gt; Open Interrupt Routing: a submenu of the built-in machines and "Machine File...", each opening the
 * {@link InterruptRoutingEditor}. UI thread only.
 */
public final class OpenRoutingMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        MenuManager menu = new MenuManager("Open &Interrupt Routing");
        for (BuiltinModel machine : BuiltinModels.ofKind(BuiltinModel.Kind.MACHINE)) {
            Action open = new Action(machine.spec()) {
                @Override
                public void run() {
                    open(window, machine.spec());
                }
            };
            open.setToolTipText(machine.title());
            menu.add(open);
        }
        menu.add(new Separator());
        menu.add(new Action("Machine File...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open Machine Model");
                dialog.setFilterExtensions(new String[] { "*." + KernelModels.FILE_EXTENSION, "*.*" });
                dialog.setFilterNames(new String[] { "SMPng models (*.xmi)", "All files" });
                String chosen = dialog.open();
                if (chosen != null) {
                    open(window, chosen);
                }
            }
        });
        List<IContributionItem> items = new ArrayList<>();
        items.add(menu);
        return items.toArray(IContributionItem[]::new);
    }

    /** Opens a machine in the routing editor; one that cannot be opened is reported, not thrown. */
    public static void open(IWorkbenchWindow window, String spec) {
        try {
            // MATCH_ID too: the same machine open in the tree editor must not stand in for this editor.
            window.getActivePage().openEditor(new KernelModelEditorInput(spec), InterruptRoutingEditor.ID, true,
                    IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open Interrupt Routing", e.getMessage());
        }
    }
}
