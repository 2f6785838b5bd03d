package org.smpng.ui.diagram;

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
 * A File menu submenu of the built-in machines and "Machine File...", each opening one machine editor: File &gt;
 * Open Interrupt Routing ({@link OpenRoutingMenu}) and File &gt; Open Machine Topology ({@link OpenTopologyMenu})
 * share it. UI thread only.
 */
public abstract class OpenMachineMenu extends CompoundContributionItem {

    private final String label;
    private final String title;
    private final String editorId;

    /** {@code label} is the submenu's text with its mnemonic, {@code title} the error dialogs' title. */
    protected OpenMachineMenu(String label, String title, String editorId) {
        this.label = label;
        this.title = title;
        this.editorId = editorId;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        MenuManager menu = new MenuManager(label);
        for (BuiltinModel machine : BuiltinModels.ofKind(BuiltinModel.Kind.MACHINE)) {
            Action open = new Action(machine.spec()) {
                @Override
                public void run() {
                    open(window, machine.spec(), editorId, title);
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
                    open(window, chosen, editorId, title);
                }
            }
        });
        return new IContributionItem[] { menu };
    }

    /** Opens a machine in an editor; one that cannot be opened is reported, not thrown. */
    static void open(IWorkbenchWindow window, String spec, String editorId, String title) {
        try {
            // MATCH_ID too: the same machine open in another editor must not stand in for this one.
            window.getActivePage().openEditor(new KernelModelEditorInput(spec), editorId, true,
                    IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), title, e.getMessage());
        }
    }
}
