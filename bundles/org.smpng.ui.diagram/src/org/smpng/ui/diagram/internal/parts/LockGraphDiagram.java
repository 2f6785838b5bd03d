package org.smpng.ui.diagram.internal.parts;

import java.util.List;
import java.util.SortedSet;

import org.eclipse.gef.GraphicalEditPart;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.internal.commands.ManualPositions;

/**
 * What the lock graph view asks of its diagram beyond GEF: the orders and reversals WITNESS saw, the filter, the
 * layout, the user's positions, and what is shown. Every change redraws the diagram at once. UI thread only.
 */
public interface LockGraphDiagram {

    /** Draws {@code graph}'s observed orders and reversals (and nodes for lock types the model lacks). */
    void showObserved(WitnessGraph graph);

    /** The WITNESS copy drawn ({@link WitnessGraph#EMPTY} before any). */
    WitnessGraph observed();

    /** Shows only what {@code filter} lets through; hidden nodes and edges are removed from the figure. */
    void setFilter(LockGraphFilter filter);

    /** The filter applied. */
    LockGraphFilter filter();

    /**
     * Lays the graph out again with ELK. With {@code keepMoved} the boxes the user moved stay where they are and
     * the rest is laid out around them; without, the moved positions are forgotten.
     */
    void layout(boolean keepMoved);

    /** The positions the user gave boxes by dragging them. */
    ManualPositions positions();

    /** Uses {@code positions} (kept by the view across models of one spec) instead of the diagram's own. */
    void usePositions(ManualPositions positions);

    /** The names of the lock types shown, in drawing order (model order, then lock types only seen at run time). */
    List<String> shownLockTypes();

    /** The number of lock types the diagram has, shown or filtered out. */
    int lockTypeCount();

    /** The subsystem names of the diagram's lock types, {@link LockGraphFilter#NO_SUBSYSTEM} for those without. */
    SortedSet<String> subsystems();

    /** The lock class names of the diagram's lock types, {@link LockGraphFilter#NO_CLASS} for those without. */
    SortedSet<String> lockClasses();

    /** The WITNESS edges shown (observed orders and reversals). */
    List<WitnessEdge> shownWitnessEdges();

    /** The edit part of the shown lock type of that name, or null if it is not shown. */
    GraphicalEditPart partOf(String lockTypeName);

    /** Who is told after every redraw (the view: its description, search rings and live badges follow). */
    void setRedrawListener(Runnable listener);

    /** Exactly what is shown (filtered, with the user's positions), as a drawing for exports. */
    LockGraphGeometry geometry();
}
