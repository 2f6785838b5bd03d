package org.smpng.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.smpng.ui.internal.app.SmpngPerspective;

/**
 * The workbench opens on the SMPng perspective with the Simulation view (a built-in scenario ready to run), the lock
 * graph on that scenario's kernel, the Run Queues and Blocked By views, and the Properties view.
 */
class PerspectiveTest {

    @Test
    void theSmpngPerspectiveShowsTheLockGraphAndProperties() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(SmpngPerspective.ID));
        page.resetPerspective();

        assertEquals(SmpngPerspective.ID, page.getPerspective().getId());
        List<String> views = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
        assertTrue(views.contains(SmpngPerspective.LOCK_GRAPH_VIEW_ID), views.toString());
        assertTrue(views.contains(IPageLayout.ID_PROP_SHEET), views.toString());
        assertTrue(views.containsAll(List.of(SmpngPerspective.SIMULATION_VIEW_ID, SmpngPerspective.RUN_QUEUES_VIEW_ID,
                SmpngPerspective.BLOCKED_BY_VIEW_ID, SmpngPerspective.LOCK_PROFILE_VIEW_ID,
                SmpngPerspective.TIMELINE_VIEW_ID, SmpngPerspective.CHARTS_VIEW_ID)), views.toString());
        page.findViewReference(SmpngPerspective.SIMULATION_VIEW_ID).getView(true);
        IViewReference graph = page.findViewReference(SmpngPerspective.LOCK_GRAPH_VIEW_ID);
        IViewPart view = graph.getView(true);
        assertNotNull(view, "the lock graph view was created");
        // The Simulation view loads builtin:syscall-mix-5.3 in a job; the graph then shows its kernel.
        long deadline = System.currentTimeMillis() + 60_000;
        while (!"Lock Graph: freebsd-5.3".equals(((IWorkbenchPart2) view).getPartName())
                && System.currentTimeMillis() < deadline) {
            if (!view.getSite().getShell().getDisplay().readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        assertEquals("Lock Graph: freebsd-5.3", ((IWorkbenchPart2) view).getPartName());
    }
}
