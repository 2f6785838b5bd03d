package org.smpng.ui.diagram.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.eclipse.gef.EditPartViewer;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.figures.DiagramResources;

/**
 * Makes the edit parts of a lock graph: the kernel model is the diagram, its lock types the nodes, the pairs of
 * consecutive order-chain entries the connections. Read-only parts for the lock graph view; {@code editable} adds
 * the edit policies of the lock order editor.
 */
public final class LockGraphEditPartFactory implements EditPartFactory {

    private final DiagramResources resources;
    private final boolean editable;

    /** Creates a factory whose parts draw with {@code resources}. */
    public LockGraphEditPartFactory(DiagramResources resources, boolean editable) {
        this.resources = resources;
        this.editable = editable;
    }

    /** Returns the laid-out graph a viewer of these parts shows, or null if it shows none. */
    public static LockGraphGeometry shownGeometry(EditPartViewer viewer) {
        return viewer.getContents() instanceof KernelModelPart diagram ? diagram.geometry() : null;
    }

    /** Returns the diagram a viewer of these parts shows, or null if it shows none. */
    public static LockGraphDiagram diagram(EditPartViewer viewer) {
        return viewer.getContents() instanceof KernelModelPart diagram ? diagram : null;
    }

    /** Returns the kernel model a viewer of these parts shows, or null if it shows none. */
    public static KernelModel shownModel(EditPartViewer viewer) {
        return viewer.getContents() instanceof KernelModelPart diagram ? diagram.kernel() : null;
    }

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof KernelModel kernel) {
            return new KernelModelPart(kernel, resources, editable);
        }
        if (model instanceof LockType || model instanceof RuntimeLockType) {
            return new LockTypePart(model, resources, editable);
        }
        if (model instanceof WitnessEdge edge) {
            return new WitnessEdgePart(edge, resources);
        }
        if (model instanceof OrderEdge edge) {
            return new OrderEdgePart(edge, resources, editable);
        }
        throw new IllegalArgumentException("no edit part for " + model);
    }
}
