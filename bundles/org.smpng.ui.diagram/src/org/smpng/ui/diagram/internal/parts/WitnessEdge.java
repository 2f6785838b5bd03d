package org.smpng.ui.diagram.internal.parts;

import org.smpng.graph.EdgeKind;
import org.smpng.sim.witness.WitnessGraph;

/**
 * An edge WITNESS contributed to the lock graph: an order it saw the run use ({@link EdgeKind#OBSERVED_ORDER},
 * {@code order} set), or a reversal it reported ({@link EdgeKind#REVERSAL}, {@code reversal} set, drawn from the
 * lock held to the lock acquired against the order). The endpoints are the nodes' model objects: a
 * {@link org.smpng.model.kernel.LockType} or a {@link RuntimeLockType}. A key for GEF, not a second model: records
 * compare by value, so the next copy of the same observation keeps its edit part.
 *
 * @param from     the node the arrow starts at (the lock held)
 * @param to       the node the arrow points to (the lock acquired while it was held)
 * @param kind     {@link EdgeKind#OBSERVED_ORDER} or {@link EdgeKind#REVERSAL}
 * @param order    the observation of an observed order, else null
 * @param reversal the report of a reversal, else null
 */
public record WitnessEdge(Object from, Object to, EdgeKind kind, WitnessGraph.Order order,
        WitnessGraph.Reversal reversal) {

    /** What the tooltip and the Properties view say about the edge, in lines. */
    public String describe() {
        if (reversal == null) {
            return "Order seen by WITNESS: " + order.describe() + (order.stack().isEmpty() ? ""
                    : "\n  stack: " + String.join(" \u2190 ", order.stack()));
        }
        StringBuilder text = new StringBuilder("Lock order reversal between " + reversal.first() + " and "
                + reversal.second() + "\n");
        if (reversal.established().isEmpty()) {
            text.append("Established: no order; the rule broken is a sleepable lock or Giant after a"
                    + " non-sleepable one\n");
        }
        for (WitnessGraph.Order o : reversal.established()) {
            text.append("Established: ").append(o.describe()).append('\n');
        }
        text.append("Reversed: ").append(reversal.second()).append(" \u2192 ").append(reversal.first())
                .append(" at ").append(reversal.reversedSite()).append(" (").append(reversal.second())
                .append(" held since ").append(reversal.heldSite()).append("; ").append(reversal.thread())
                .append(", at ").append(String.format("%.3f ms", reversal.timeNs() / 1e6)).append(')');
        return text.toString();
    }
}
