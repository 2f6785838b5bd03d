package org.smpng.graph.kernel;

import java.util.ArrayList;
import java.util.List;

import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeCategory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.support.LockOrderGraph;

/**
 * Draws a kernel model's static lock order as a {@link LockGraph}: one node per lock type (its id is the lock
 * type's name, which the model's validator keeps unique), one "declared order" edge per pair of consecutive chain
 * entries. Lock types that no chain mentions (e.g. the blessed vnode locks) are nodes without edges.
 */
public final class KernelLockGraphs {

    private KernelLockGraphs() {
    }

    /** Returns the graph of {@code model}'s static lock order, in model order. */
    public static LockGraph of(KernelModel model) {
        List<LockNode> nodes = new ArrayList<>();
        for (LockType type : model.getLockTypes()) {
            nodes.add(new LockNode(type.getName(), type.getName(), categoryOf(model, type), detailOf(type)));
        }
        List<LockEdge> edges = new ArrayList<>();
        LockOrderGraph order = LockOrderGraph.of(model);
        for (LockType from : order.lockTypes()) {
            for (LockType to : order.successors(from)) {
                if (from != to) {
                    edges.add(LockEdge.declared(from.getName(), to.getName()));
                }
            }
        }
        String title = model.getName() == null ? "lock order" : model.getName() + " — static lock order";
        return new LockGraph(title, nodes, edges);
    }

    /** Returns how a lock type is coloured: Giant first, then by the kind of its class. */
    public static NodeCategory categoryOf(KernelModel model, LockType type) {
        if (type == model.getGiant()) {
            return NodeCategory.GIANT;
        }
        LockClass lockClass = type.getLockClass();
        if (lockClass == null || lockClass.getKind() == null) {
            return NodeCategory.OTHER;
        }
        return switch (lockClass.getKind()) {
            case SLEEP_MUTEX -> NodeCategory.SLEEP_MUTEX;
            case SPIN_MUTEX -> NodeCategory.SPIN_MUTEX;
            case SX -> NodeCategory.SX;
            case RW -> NodeCategory.RW;
            case RM, LOCKMGR -> NodeCategory.OTHER;
        };
    }

    private static String detailOf(LockType type) {
        LockClass lockClass = type.getLockClass();
        return lockClass == null ? "" : lockClass.getName();
    }
}
