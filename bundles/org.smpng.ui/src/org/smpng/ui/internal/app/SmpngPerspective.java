package org.smpng.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The SMPng perspective: the lock graph takes most of the window, with the Properties view (for whatever is
 * selected) and the Problems view (for model validation) below. The editor area, where lock-order models are edited, is hidden until an editor opens; it then takes
 * the right half beside the graph.
 */
public final class SmpngPerspective implements IPerspectiveFactory {

    /** The perspective's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.perspective";

    /** The lock graph view, contributed by the diagram bundle. */
    public static final String LOCK_GRAPH_VIEW_ID = "org.smpng.ui.diagram.lockGraphView";

    /** The SMPng status board view of this bundle. */
    public static final String STATUS_BOARD_VIEW_ID = "org.smpng.ui.statusBoard";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(STATUS_BOARD_VIEW_ID);
        layout.addView(LOCK_GRAPH_VIEW_ID, IPageLayout.LEFT, 0.5f, editorArea);
        layout.addShowViewShortcut(LOCK_GRAPH_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(STATUS_BOARD_VIEW_ID);
        layout.addNewWizardShortcut("org.smpng.ui.newModelWizard");
        layout.getViewLayout(LOCK_GRAPH_VIEW_ID).setCloseable(true);
    }
}
