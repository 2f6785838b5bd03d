package org.smpng.ui.diagram.export;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.smpng.ui.diagram.LockGraphView;

/**
 * File &gt; Export &gt; SMPng &gt; Lock Graph: writes the graph the Lock Graph view shows (exactly as shown) or any
 * kernel model's lock order as SVG, PNG, PDF, DOT or GraphML, with the same exporters as
 * {@code ./smpng export-lock-graph}. UI thread only.
 */
public final class LockGraphExportWizard extends Wizard implements IExportWizard {

    public static final String ID = "org.smpng.ui.diagram.lockGraphExportWizard";

    private LockGraphView view;
    private LockGraphExportPage page;

    public LockGraphExportWizard() {
        setWindowTitle("Export Lock Graph");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage active = window == null ? null : window.getActivePage();
        view = active == null ? null : (LockGraphView) active.findView(LockGraphView.ID);
    }

    @Override
    public void addPages() {
        page = new LockGraphExportPage(view);
        addPage(page);
    }

    /** The wizard's one page, for tests that fill it in. */
    public LockGraphExportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        return page.export();
    }
}
