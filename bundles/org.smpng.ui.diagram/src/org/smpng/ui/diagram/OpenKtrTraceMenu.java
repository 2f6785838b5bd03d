package org.smpng.ui.diagram;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.smpng.ui.diagram.live.TimelineView;

/**
 * File &gt; Open KTR Trace...: asks for a {@code ktrdump -ct} file (as {@code ./smpng simulate --ktr} writes it) and
 * shows it in the Timeline view, the same as the view's toolbar button. UI thread only.
 */
public final class OpenKtrTraceMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Action open = new Action("Open &KTR Trace...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open KTR Trace");
                dialog.setFilterExtensions(new String[] {"*.ktr;*.txt;*.out", "*"});
                dialog.setFilterNames(new String[] {"KTR traces (ktrdump -ct)", "All files"});
                String chosen = dialog.open();
                if (chosen != null) {
                    open(window, Path.of(chosen));
                }
            }
        };
        open.setToolTipText("Show a ktrdump -ct trace (./smpng simulate --ktr FILE) in the Timeline view");
        return new IContributionItem[] {new ActionContributionItem(open)};
    }

    /**
     * Shows the Timeline view and reads {@code trace} into it in a job (a bad file is reported in the view, naming
     * the line); returns that job, or null if the view cannot be shown (the user is told why).
     */
    public static Job open(IWorkbenchWindow window, Path trace) {
        try {
            TimelineView view = (TimelineView) window.getActivePage().showView(TimelineView.ID);
            return view.openTrace(trace);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open KTR Trace", e.getMessage());
            return null;
        }
    }
}
