package org.smpng.ui.diagram.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.kernel.KernelLockGraphs;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;
import org.smpng.ui.diagram.internal.policies.LockTypeComponentPolicy;
import org.smpng.ui.diagram.internal.policies.LockSelectionPolicy;
import org.smpng.ui.diagram.internal.policies.OrderConnectionPolicy;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * A lock type: a box coloured by its lock class (Giant in its own colour) at the place the layout gave it. Its
 * outgoing connections are the lock types that must be acquired after it. UI thread only.
 */
final class LockTypePart extends AbstractGraphicalEditPart implements NodeEditPart {

    private final DiagramResources resources;
    private final boolean editable;

    LockTypePart(LockType lockType, DiagramResources resources, boolean editable) {
        setModel(lockType);
        this.resources = resources;
        this.editable = editable;
    }

    LockType lockType() {
        return (LockType) getModel();
    }

    private KernelModelPart diagram() {
        return (KernelModelPart) getParent();
    }

    @Override
    protected IFigure createFigure() {
        LockTypeFigure figure = new LockTypeFigure();
        figure.setFont(resources.labelFont());
        figure.setCornerRadius((int) resources.style().cornerRadius());
        return figure;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.SELECTION_FEEDBACK_ROLE, new LockSelectionPolicy());
        if (editable) {
            installEditPolicy(EditPolicy.COMPONENT_ROLE, new LockTypeComponentPolicy());
            installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new OrderConnectionPolicy());
        }
    }

    @Override
    protected void refreshVisuals() {
        LockType lockType = lockType();
        NodeCategory category = KernelLockGraphs.categoryOf(diagram().kernel(), lockType);
        LockTypeFigure figure = (LockTypeFigure) getFigure();
        String className = lockType.getLockClass() == null ? "no lock class" : lockType.getLockClass().getName();
        figure.setText(lockType.getName(), lockType.getName() + " (" + className + ")");
        figure.setColors(resources.fill(category), resources.outline(category), resources.text(category),
                (float) resources.style().category(category).borderWidth());
        Rectangle box = diagram().boxOf(lockType);
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, figure,
                box != null ? box : new Rectangle(0, 0, 60, 24));
    }

    /** Refreshes the box and its connections after a re-layout. */
    void refreshAll() {
        refresh();
        for (Object connection : getSourceConnections()) {
            ((OrderEdgePart) connection).refresh();
        }
    }

    @Override
    protected List<OrderEdge> getModelSourceConnections() {
        return diagram().edgesFrom(lockType());
    }

    @Override
    protected List<OrderEdge> getModelTargetConnections() {
        return diagram().edgesTo(lockType());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            return new EObjectPropertySource(lockType());
        }
        return super.getAdapter(key);
    }
}
