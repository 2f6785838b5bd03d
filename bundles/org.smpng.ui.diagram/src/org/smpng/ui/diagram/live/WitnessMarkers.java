package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.smpng.sim.witness.WitnessFinding;
import org.smpng.ui.diagram.LockGraphView;
import org.smpng.ui.validation.ModelProblems;

/**
 * The live session's WITNESS findings as Problems-view markers: one warning per finding, on the project
 * {@value ModelProblems#PROJECT} (a run has no file of its own), each carrying the lock type names it concerns so
 * that selecting or opening it selects those lock types in the Lock Graph. Each pause or end of a run replaces the
 * previous markers, and a reset removes them, so the Problems view always shows the findings of the run loaded.
 * UI thread only.
 */
public final class WitnessMarkers {

    /** The marker type of WITNESS findings, a kind of problem marker (declared in plugin.xml). */
    public static final String MARKER_TYPE = "org.smpng.ui.diagram.witness";

    /** Marker attribute: the lock type names of the finding, space-separated, in the report's order. */
    public static final String LOCK_TYPES = "lockTypes";

    private WitnessMarkers() {
    }

    /**
     * Replaces the WITNESS markers with one per finding of {@code findings}; {@code scenario} names the run in
     * each marker's location.
     */
    public static void replace(List<WitnessFinding> findings, String scenario) throws CoreException {
        assert Display.getCurrent() != null : "UI thread only";
        IProject project = ModelProblems.project();
        project.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        for (WitnessFinding f : findings) {
            IMarker marker = project.createMarker(MARKER_TYPE);
            marker.setAttribute(IMarker.MESSAGE, message(f));
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
            marker.setAttribute(IMarker.LOCATION, scenario + " at " + String.format("%.3f ms", f.timeNs() / 1e6)
                    + " in " + f.thread());
            marker.setAttribute(LOCK_TYPES, String.join(" ", new LinkedHashSet<>(f.locks())));
        }
    }

    /** Returns the WITNESS markers now shown. */
    public static IMarker[] markers() throws CoreException {
        return ModelProblems.project().findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
    }

    /** Returns whether {@code marker} is a WITNESS finding. */
    public static boolean isWitnessMarker(IMarker marker) {
        try {
            return marker.exists() && MARKER_TYPE.equals(marker.getType());
        } catch (CoreException e) {
            return false;
        }
    }

    /** Returns the lock type names a WITNESS marker concerns, or none for another marker. */
    public static List<String> lockTypesOf(IMarker marker) {
        if (!isWitnessMarker(marker)) {
            return List.of();
        }
        String names = marker.getAttribute(LOCK_TYPES, "");
        return names.isBlank() ? List.of() : Arrays.asList(names.split(" "));
    }

    /**
     * Goes to a WITNESS marker: shows the Lock Graph and selects the marker's lock types there.
     *
     * @return the lock types selected (those the graph shows)
     */
    public static List<String> gotoMarker(IWorkbenchPage page, IMarker marker) throws PartInitException {
        LockGraphView view = (LockGraphView) page.showView(LockGraphView.ID);
        return view.selectLockTypes(lockTypesOf(marker));
    }

    /**
     * The message of a finding: the report's first line (e.g. "lock order reversal:") without its colon, the lock
     * types and their sites, e.g. "lock order reversal: B @ bad_path:1, A @ bad_path:2".
     */
    static String message(WitnessFinding f) {
        String text = f.text().strip();
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.endsWith(":")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.isEmpty()) {
            first = f.kind().name().toLowerCase().replace('_', ' ');
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < f.locks().size(); i++) {
            parts.add(f.locks().get(i) + (i < f.sites().size() ? " @ " + f.sites().get(i) : ""));
        }
        return parts.isEmpty() ? first : first + ": " + String.join(", ", parts);
    }
}
