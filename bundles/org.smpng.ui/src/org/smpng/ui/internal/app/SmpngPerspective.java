package org.smpng.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The SMPng perspective: the lock graph takes most of the window, with the Simulation view (a built-in scenario
 * ready to run) on its left, the Run Queues and Blocked By views on its right, and the Properties view (for whatever
 * is selected) and the Problems view (for model validation) below. The editor area, where lock-order models are edited, is hidden until an editor opens; it then takes
 * the right half beside the graph.
 */
public final class SmpngPerspective implements IPerspectiveFactory {

    /** The perspective's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.perspective";

    /** The lock graph view, contributed by the diagram bundle. */
    public static final String LOCK_GRAPH_VIEW_ID = "org.smpng.ui.diagram.lockGraphView";

    /** The live simulation's views, contributed by the diagram bundle. */
    public static final String SIMULATION_VIEW_ID = "org.smpng.ui.diagram.simulationView",
            RUN_QUEUES_VIEW_ID = "org.smpng.ui.diagram.runQueuesView",
            BLOCKED_BY_VIEW_ID = "org.smpng.ui.diagram.blockedByView",
            LOCK_PROFILE_VIEW_ID = "org.smpng.ui.diagram.lockProfileView",
            TIMELINE_VIEW_ID = "org.smpng.ui.diagram.timelineView",
            CHARTS_VIEW_ID = "org.smpng.ui.diagram.chartsView";

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
        bottom.addView(TIMELINE_VIEW_ID);
        bottom.addView(CHARTS_VIEW_ID); // scaling sweeps, Giant's share and latencies: wide, so below everything
        layout.addView(LOCK_GRAPH_VIEW_ID, IPageLayout.LEFT, 0.5f, editorArea);
        // The live run: its controls left of the graph, the run queues and blocked-by chains right of it, so a
        // first-time user sees the scenario ready to run and everything that moves when they press Run.
        layout.addView(SIMULATION_VIEW_ID, IPageLayout.LEFT, 0.24f, LOCK_GRAPH_VIEW_ID);
        layout.addView(RUN_QUEUES_VIEW_ID, IPageLayout.RIGHT, 0.55f, LOCK_GRAPH_VIEW_ID);
        // Blocked By and the Lock Profile share a folder: one shows who waits now, the other the waits so far.
        IFolderLayout waits = layout.createFolder("waits", IPageLayout.BOTTOM, 0.6f, RUN_QUEUES_VIEW_ID);
        waits.addView(BLOCKED_BY_VIEW_ID);
        waits.addView(LOCK_PROFILE_VIEW_ID);
        layout.addShowViewShortcut(SIMULATION_VIEW_ID);
        layout.addShowViewShortcut(RUN_QUEUES_VIEW_ID);
        layout.addShowViewShortcut(BLOCKED_BY_VIEW_ID);
        layout.addShowViewShortcut(LOCK_PROFILE_VIEW_ID);
        layout.addShowViewShortcut(TIMELINE_VIEW_ID);
        layout.addShowViewShortcut(CHARTS_VIEW_ID);
        layout.addShowViewShortcut(LOCK_GRAPH_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(STATUS_BOARD_VIEW_ID);
        layout.addNewWizardShortcut("org.smpng.ui.newModelWizard");
        layout.getViewLayout(LOCK_GRAPH_VIEW_ID).setCloseable(true);
    }
}
