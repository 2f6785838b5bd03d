package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.support.LockOrderGraph;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Shows an order edge in the Properties view: the two lock types and the chains that declare the order. */
final class OrderEdgePropertySource implements IPropertySource {

    private static final String FIRST = "first";
    private static final String SECOND = "second";
    private static final String CHAINS = "chains";

    private final KernelModel model;
    private final OrderEdge edge;

    OrderEdgePropertySource(KernelModel model, OrderEdge edge) {
        this.model = model;
        this.edge = edge;
    }

    @Override
    public Object getEditableValue() {
        return edge;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return new IPropertyDescriptor[] {
            new PropertyDescriptor(FIRST, "acquired first"),
            new PropertyDescriptor(SECOND, "acquired after"),
            new PropertyDescriptor(CHAINS, "declared by chains"),
        };
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch (String.valueOf(id)) {
            case FIRST -> edge.first().getName();
            case SECOND -> edge.second().getName();
            case CHAINS -> String.join(", ", declaringChains());
            default -> null;
        };
    }

    private List<String> declaringChains() {
        List<String> chains = new ArrayList<>();
        for (LockOrderChain chain : model.getOrderChains()) {
            for (int i = 1; i < chain.getEntries().size(); i++) {
                if (chain.getEntries().get(i - 1).getLockType() == edge.first()
                        && chain.getEntries().get(i).getLockType() == edge.second()) {
                    chains.add(LockOrderGraph.describe(chain));
                    break;
                }
            }
        }
        return chains;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return true;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only.
    }
}
