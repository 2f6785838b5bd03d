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
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.LockTypeFigure;
import org.smpng.ui.diagram.internal.policies.LockTypeComponentPolicy;
import org.smpng.ui.diagram.internal.policies.LockSelectionPolicy;
import org.smpng.ui.diagram.internal.policies.OrderConnectionPolicy;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * A lock type: a box coloured by its lock class (Giant in its own colour) at the place the layout (or the user)
 * gave it. Its model is a kernel model's {@link LockType} or, for a lock type only the run knows, a
 * {@link RuntimeLockType}. Its outgoing connections are the lock types acquired after it: declared, or seen by
 * WITNESS, and the reversals that start at it. UI thread only.
 */
final class LockTypePart extends AbstractGraphicalEditPart implements NodeEditPart {

    private final DiagramResources resources;
    private final boolean editable;

    LockTypePart(Object node, DiagramResources resources, boolean editable) {
        setModel(node);
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
        Object node = getModel();
        NodeCategory category = diagram().categoryOfNode(node);
        LockTypeFigure figure = (LockTypeFigure) getFigure();
        String name = KernelModelPart.nameOf(node);
        if (node instanceof LockType lockType) {
            String className = lockType.getLockClass() == null ? "no lock class" : lockType.getLockClass().getName();
            String subsystem = lockType.getSubsystem() == null ? "" : ", " + lockType.getSubsystem().getName();
            figure.setText(name, name + " (" + className + subsystem + ")");
        } else {
            figure.setText(name, name + " (" + ((RuntimeLockType) node).lockClass()
                    + ")\nOnly seen at run time: the shown kernel model does not declare it.");
        }
        figure.setColors(resources.fill(category), resources.outline(category), resources.text(category),
                (float) resources.style().category(category).borderWidth());
        Rectangle box = diagram().boxOf(node);
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, figure,
                box != null ? box : new Rectangle(0, 0, 60, 24));
    }

    /** Refreshes the box and its connections after a re-layout. */
    void refreshAll() {
        refresh();
        for (Object connection : getSourceConnections()) {
            ((AbstractGraphicalEditPart) connection).refresh();
        }
    }

    @Override
    protected List<Object> getModelSourceConnections() {
        return diagram().edgesFrom(getModel());
    }

    @Override
    protected List<Object> getModelTargetConnections() {
        return diagram().edgesTo(getModel());
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
        if (key == IPropertySource.class && getModel() instanceof LockType lockType) {
            return new EObjectPropertySource(lockType);
        }
        return super.getAdapter(key);
    }
}
