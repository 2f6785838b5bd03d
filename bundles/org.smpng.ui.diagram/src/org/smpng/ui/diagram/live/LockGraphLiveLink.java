package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.LockGraphView;

/**
 * Ties the Lock Graph view to the live session: when a scenario is loaded the view shows the scenario's kernel, each
 * snapshot updates the {@link LockGraphLiveOverlay}, and selecting a lock, a thread or a CPU in another view selects
 * the lock types concerned in the graph. UI thread only; made by the view and disposed with it.
 */
public final class LockGraphLiveLink implements LiveSession.Listener, ISelectionListener {

    private final LockGraphView view;
    private final LockGraphLiveOverlay overlay;
    private final Font font;
    /** The lock types found held or waited for since the run was loaded, for the "only contended" filter. */
    private final Set<String> contended = new HashSet<>();
    /** The kernel of the session's loaded run (its WITNESS names that kernel's lock types), or null. */
    private KernelModel runKernel;

    /** Links {@code view}, whose viewer must exist, to the session. */
    public LockGraphLiveLink(LockGraphView view) {
        this.view = view;
        GraphicalViewer viewer = view.viewer();
        FontData system = viewer.getControl().getDisplay().getSystemFont().getFontData()[0];
        font = new Font(viewer.getControl().getDisplay(), new FontData(system.getName(), 8, SWT.NORMAL));
        overlay = new LockGraphLiveOverlay(viewer, font);
        LiveSession session = LiveSession.get();
        session.addListener(this);
        view.getSite().getPage().addSelectionListener(this);
    }

    @Override
    public void loaded(LiveSession session, KernelModel kernel) {
        overlay.clear();
        contended.clear();
        runKernel = kernel;
        view.setContended(Set.of());
        if (kernel != null && kernel != view.shownModel()) {
            view.showKernel(kernel, specOf(kernel));
        }
        view.showObserved(null);
    }

    @Override
    public void snapshot(EngineSnapshot snapshot) {
        if (!view.viewer().getControl().isDisposed()) {
            overlay.show(snapshot, view.shownModel());
            // Heat rises only when a lock type is waited for or found held, so a warm type has been contended.
            int before = contended.size();
            overlay.shown().forEach((name, o) -> {
                if (o.heat() > 0 || o.waiting() > 0) {
                    contended.add(name);
                }
            });
            if (contended.size() != before) {
                view.setContended(Set.copyOf(contended));
            }
        }
    }

    /** What WITNESS saw in the session's run: drawn when the view shows the run's kernel. */
    @Override
    public void instrumentCopied(LiveSession session, String key, Object copy) {
        if (LiveSession.WITNESS_GRAPH.equals(key) && !view.viewer().getControl().isDisposed()
                && runKernel == view.shownModel()) {
            view.showObserved((WitnessGraph) copy);
        }
    }

    /** The view shows another kernel: the decorations start again from the latest snapshot. */
    public void kernelShown() {
        overlay.clear();
        LiveSession session = LiveSession.get();
        if (runKernel != null && runKernel == view.shownModel()
                && session.instrumentCopy(LiveSession.WITNESS_GRAPH) instanceof WitnessGraph seen) {
            view.showObserved(seen);
        }
        EngineSnapshot s = LiveSession.get().snapshot();
        if (s != null) {
            overlay.show(s, view.shownModel());
        }
    }

    /** The spec a kernel was loaded from: {@code builtin:<id>}, a file path, or (neither) its name. */
    static String specOf(KernelModel kernel) {
        URI uri = kernel.eResource() == null ? null : kernel.eResource().getURI();
        if (uri != null) {
            for (BuiltinModel b : BuiltinModels.kernels()) {
                if (b.modelUrl().toString().equals(uri.toString())) {
                    return b.spec();
                }
            }
            if (uri.isFile()) {
                return uri.toFileString();
            }
        }
        return BuiltinModels.find(kernel.getName()).map(BuiltinModel::spec).orElse(kernel.getName());
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == view || view.viewer().getControl().isDisposed()) {
            return;
        }
        // A WITNESS finding selected in the Problems view selects the lock types it names.
        IMarker marker = selection instanceof IStructuredSelection structured && structured.size() == 1
                ? Adapters.adapt(structured.getFirstElement(), IMarker.class) : null;
        if (marker != null && WitnessMarkers.isWitnessMarker(marker)) {
            view.selectLockTypes(WitnessMarkers.lockTypesOf(marker));
            return;
        }
        // A Lock Profile row selects its lock type.
        if (selection instanceof IStructuredSelection structured && structured.size() == 1
                && structured.getFirstElement() instanceof LockProfileRow row) {
            view.selectLockTypes(List.of(row.lockName()));
            return;
        }
        LiveFocus focus = LiveFocus.of(selection, LiveSession.get().snapshot());
        if (focus.isEmpty() || view.shownModel() == null) {
            return;
        }
        List<EditPart> parts = new ArrayList<>();
        for (LockType type : view.shownModel().getLockTypes()) {
            if (focus.lockTypes().contains(type.getName())) {
                Object p = view.viewer().getEditPartRegistry().get(type);
                if (p instanceof EditPart editPart) {
                    parts.add(editPart);
                }
            }
        }
        view.viewer().setSelection(new StructuredSelection(parts));
        if (!parts.isEmpty()) {
            view.viewer().reveal(parts.get(0));
        }
    }

    /** The overlay, for tests. */
    public LockGraphLiveOverlay overlay() {
        return overlay;
    }

    public void dispose() {
        LiveSession.get().removeListener(this);
        view.getSite().getPage().removeSelectionListener(this);
        font.dispose();
    }
}
