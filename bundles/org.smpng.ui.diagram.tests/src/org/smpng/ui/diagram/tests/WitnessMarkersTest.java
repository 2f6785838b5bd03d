package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.LockType;

import org.smpng.sim.witness.WitnessFinding;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.SimulationView;
import org.smpng.ui.diagram.live.WitnessMarkers;

/**
 * WITNESS in the live session: a run of a scenario whose only syscall takes two mutexes against the declared order
 * leaves one warning in the Problems view naming both lock types and sites; selecting it (or going to it) selects
 * the pair in the Lock Graph; a reset removes it.
 */
class WitnessMarkersTest {


    private LiveSession session;
    private LockGraphView lockGraph;

    @BeforeEach
    void openViews() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.showView(SimulationView.ID);
        lockGraph = (LockGraphView) page.showView(LockGraphView.ID);
        session = LiveSession.get();
        Workbench.settleSession();
    }

    @AfterEach
    void backToTheFirstRunState() {
        Workbench.settleSession();
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.setSpeed(LiveSession.DEFAULT_SPEED);
        session.reset();
        Workbench.waitUntil("the default scenario is loaded", () -> session.state() == LiveSession.State.READY
                || session.state() == LiveSession.State.EMPTY, 60_000);
    }

    @Test
    void aReversalBecomesAWarningThatSelectsBothLockTypesInTheLockGraphAndResetRemovesIt() throws Exception {
        session.setScenario(LorScenarios.reversal(), "lor scenario");
        session.reset();
        Workbench.waitUntil("the scenario is loaded", () -> session.state() != LiveSession.State.LOADING, 30_000);
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        assertEquals(0, WitnessMarkers.markers().length, "a fresh run has no findings yet");

        session.setSpeed(LiveSession.FULL_SPEED);
        session.run();
        Workbench.waitUntil("the run ends", () -> session.state() == LiveSession.State.FINISHED, 30_000);
        assertEquals(1, session.witnessFindings().size(), session.witnessFindings().toString());
        assertEquals(WitnessFinding.Kind.LOCK_ORDER_REVERSAL, session.witnessFindings().get(0).kind());

        IMarker[] markers = WitnessMarkers.markers();
        assertEquals(1, markers.length, "one marker per finding, the same reversal reported once");
        IMarker marker = markers[0];
        assertEquals("lock order reversal: B_mtx @ bad_path.c:10, A_mtx @ bad_path.c:11",
                marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "shown in the Problems view");
        assertEquals(List.of("B_mtx", "A_mtx"), WitnessMarkers.lockTypesOf(marker));

        // Selecting the finding in the Problems view selects the pair in the Lock Graph.
        ViewPart problems = (ViewPart) Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        TreeViewer problemsTree = (TreeViewer) problems.getSite().getSelectionProvider();
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        // The view fills itself in a job; its rows are expanded only once it counts warnings.
        Workbench.waitUntil("the Problems view lists the finding", () -> {
            if (!problems.getContentDescription().contains(" warning")) {
                return false;
            }
            problemsTree.expandAll();
            return itemShowing(problemsTree.getTree().getItems(), message) != null;
        }, 10_000);
        TreeItem row = itemShowing(problemsTree.getTree().getItems(), message);
        lockGraph.viewer().setSelection(StructuredSelection.EMPTY);
        problemsTree.setSelection(new StructuredSelection(row.getData()), true);
        Workbench.drain();
        assertEquals(Set.of("B_mtx", "A_mtx"), selectedLockTypes());

        // Going to the marker does the same and tells which lock types the graph has.
        lockGraph.viewer().setSelection(StructuredSelection.EMPTY);
        assertEquals(List.of("B_mtx", "A_mtx"), WitnessMarkers.gotoMarker(Workbench.page(), marker));
        assertEquals(Set.of("B_mtx", "A_mtx"), selectedLockTypes());

        session.reset();
        Workbench.waitUntil("the scenario is reloaded", () -> session.state() != LiveSession.State.LOADING, 30_000);
        assertEquals(0, WitnessMarkers.markers().length, "the findings belonged to the run before the reset");
        assertEquals(List.of(), session.witnessFindings());
    }

    /** The Problems view's row whose first column is {@code text}, searched depth first, or null. */
    private static TreeItem itemShowing(TreeItem[] items, String text) {
        for (TreeItem item : items) {
            if (text.equals(item.getText(0))) {
                return item;
            }
            TreeItem below = itemShowing(item.getItems(), text);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private Set<String> selectedLockTypes() {
        Set<String> names = new HashSet<>();
        for (Object part : lockGraph.viewer().getSelectedEditParts()) {
            if (((EditPart) part).getModel() instanceof LockType type) {
                names.add(type.getName());
            }
        }
        return names;
    }
}
