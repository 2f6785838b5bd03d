package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.diagram.live.LockProfileRow;
import org.smpng.ui.diagram.live.LockProfileView;
import org.smpng.ui.diagram.live.SimulationView;

/**
 * The Lock Profile view in the real workbench on the built-in syscall mix under FreeBSD 5.3: empty before a run, one
 * row per acquisition point after running to 20 ms (Giant contested), sortable by a header click, emptied by a
 * reset, refreshed while a run goes, and a selected row selects its lock type in the Lock Graph and shows in
 * Properties.
 */
class LockProfileViewTest {

    private static final long MS = 1_000_000L;

    private LiveSession session;
    private LockProfileView profile;
    private LockGraphView lockGraph;

    @BeforeEach
    void openViews() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.showView(SimulationView.ID);
        lockGraph = (LockGraphView) page.showView(LockGraphView.ID);
        profile = (LockProfileView) page.showView(LockProfileView.ID);
        session = LiveSession.get();
        Workbench.settleSession();
    }

    @AfterEach
    void backToTheFirstRunState() {
        Workbench.settleSession();
        session.setScenario(LiveSession.DEFAULT_SCENARIO);
        session.setSpeed(LiveSession.DEFAULT_SPEED);
        loadAndWait();
    }

    private void loadAndWait() {
        session.reset();
        Workbench.waitUntil("the scenario is loaded", () -> session.state() == LiveSession.State.READY
                || session.state() == LiveSession.State.EMPTY, 60_000);
    }

    @Test
    void runningTo20MsFillsTheTableWhichSortsAndSelectsTheLockTypeInTheLockGraph() {
        loadAndWait();
        assertEquals(LiveSession.State.READY, session.state(), session.message());
        assertEquals(List.of(), profile.shownRows());
        assertTrue(profile.getContentDescription().startsWith("Nothing has run yet"),
                profile.getContentDescription());

        session.setSpeed(LiveSession.FULL_SPEED);
        session.runTo(20 * MS);
        Workbench.waitUntil("the run pauses", () -> session.state() != LiveSession.State.RUNNING, 60_000);
        assertEquals(LiveSession.State.READY, session.state(), session.message());

        List<LockProfileRow> rows = profile.shownRows();
        assertEquals(session.lockProfile().size(), rows.size());
        assertTrue(rows.size() > 1, "several acquisition points: " + rows);
        assertTrue(profile.getContentDescription().contains(rows.size() + " acquisition points"),
                profile.getContentDescription());
        List<LockProfileRow> giant = rows.stream().filter(r -> r.lockName().equals("Giant")).toList();
        assertFalse(giant.isEmpty(), "Giant has acquisition points: " + rows);
        assertTrue(giant.stream().mapToLong(LockProfileRow::count).sum() > 0);
        assertTrue(giant.stream().mapToLong(LockProfileRow::contested).sum() > 0,
                "the syscall mix contends for Giant within 20 ms: " + giant);
        for (LockProfileRow r : rows) {
            assertTrue(r.count() > 0 && r.contested() <= r.count() && r.maxHoldNs() <= r.totalHoldNs()
                    && r.holdP50Ns() <= r.holdP99Ns() && r.waitP50Ns() <= r.waitP99Ns(), r.toString());
        }

        // A click on Max wait sorts largest first; a second click smallest first.
        long largest = rows.stream().mapToLong(LockProfileRow::maxWaitNs).max().orElseThrow();
        long smallest = rows.stream().mapToLong(LockProfileRow::maxWaitNs).min().orElseThrow();
        assertTrue(largest > smallest, "the waits differ: " + rows);
        click("Max wait");
        List<LockProfileRow> sorted = profile.shownRows();
        assertEquals(largest, sorted.get(0).maxWaitNs());
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).maxWaitNs() >= sorted.get(i).maxWaitNs(), "descending at " + i);
        }
        assertEquals(SWT.DOWN, profile.viewer().getTable().getSortDirection());
        click("Max wait");
        assertEquals(smallest, profile.shownRows().get(0).maxWaitNs());
        assertEquals(largest, profile.shownRows().get(rows.size() - 1).maxWaitNs());
        assertEquals(SWT.UP, profile.viewer().getTable().getSortDirection());
        // Names sort A to Z on the first click.
        click("Lock");
        List<String> names = profile.shownRows().stream().map(LockProfileRow::lockName).toList();
        assertEquals(names.stream().sorted().toList(), names);

        // Selecting Giant's row selects the Giant lock type in the Lock Graph.
        lockGraph.viewer().setSelection(StructuredSelection.EMPTY);
        profile.viewer().setSelection(new StructuredSelection(giant.get(0)), true);
        Workbench.drain();
        assertEquals(Set.of("Giant"), selectedLockTypes());
        // Properties shows the row as the table does.
        IPropertySource properties = Adapters.adapt(giant.get(0), IPropertySource.class);
        Map<String, Object> shown = new HashMap<>();
        for (IPropertyDescriptor d : properties.getPropertyDescriptors()) {
            shown.put(d.getDisplayName(), properties.getPropertyValue(d.getId()));
        }
        assertEquals("Giant", shown.get("Lock"));
        assertEquals(giant.get(0).site(), shown.get("Site"));
        assertEquals(Long.toString(giant.get(0).contested()), shown.get("Contested"));
        assertEquals(LockProfileView.titles().size(), shown.size());

        // A reset empties the table: the profile belonged to the run before.
        loadAndWait();
        assertEquals(List.of(), session.lockProfile());
        assertEquals(List.of(), profile.shownRows());
        assertTrue(profile.getContentDescription().startsWith("Nothing has run yet"),
                profile.getContentDescription());
    }

    @Test
    void aRunInProgressRefreshesTheTableAboutOnceASecond() {
        loadAndWait();
        // Watching speed: 20 ms of virtual time per wall second, so the run is still going after a second.
        session.setSpeed(20 * MS);
        session.run();
        Workbench.waitUntil("the profile arrives while the run goes", () -> !profile.shownRows().isEmpty(), 10_000);
        assertEquals(LiveSession.State.RUNNING, session.state(), "refreshed before the run paused or ended");
        long at = session.lockProfileTimeNs();
        assertTrue(at > 0 && at < session.durationNs(), "copied part-way: " + at);
        assertTrue(profile.getContentDescription().endsWith(String.format("up to %.3f ms", at / 1e6)),
                profile.getContentDescription());
        session.pause();
        Workbench.waitUntil("the run pauses", () -> session.state() != LiveSession.State.RUNNING, 30_000);
        assertTrue(session.lockProfileTimeNs() >= at, "the pause's profile is the latest");
        assertEquals(session.lockProfile().size(), profile.shownRows().size());
    }

    private void click(String header) {
        profile.column(header).notifyListeners(SWT.Selection, new Event());
        Workbench.drain();
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
