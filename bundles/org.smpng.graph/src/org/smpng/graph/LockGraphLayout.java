package org.smpng.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays a {@link LockGraph} out as a layered (Sugiyama-style) drawing with Eclipse ELK, locks acquired first on top.
 *
 * <p>Preconditions and guarantees, in the manner of draw2d's {@code DirectedGraphLayout}:
 * <ul>
 * <li>The graph need <em>not</em> be connected, and may be empty. Each connected component is laid out on its own
 *     and the components are packed, tallest first, towards an overall aspect ratio of about
 *     {@value #TARGET_ASPECT_RATIO} (width to height). This suits FreeBSD's order lists: a dozen short chains and
 *     one long chain of spin locks. An empty graph gives a drawing of just the margins.</li>
 * <li>Self loops cannot occur: {@link LockEdge} rejects them.</li>
 * <li>Cycles are allowed (a lock order reversal is one); ELK reverses a minimal set of edges to layer the graph,
 *     so in a cyclic graph some edges point upwards.</li>
 * <li>In an acyclic graph every edge leaves the bottom side of its source and enters the top side of its target.
 *     A component more than 16 layers deep (a long chain) is wrapped into side-by-side columns; the edge that
 *     continues a chain in the next column climbs back up to enter its target from the top, so only those edges
 *     have their target above their source.</li>
 * <li>Node sizes come from the label measured with the given {@link TextMeasurer} plus the style's padding.</li>
 * <li>The layout is deterministic: the same graph, style and measurer give an equal {@link LockGraphGeometry}.
 *     ELK's random seed is fixed, the input order is passed on as ELK's model order, and the packing breaks ties
 *     by input order.</li>
 * </ul>
 *
 * <p>Instances are immutable and may be used from any thread; each call builds its own ELK graphs. The layered
 * algorithm is invoked directly rather than looked up by id, so no {@link java.util.ServiceLoader} is needed in
 * OSGi; ELK's meta data is registered once anyway for code that reads layout options by id.
 */
public final class LockGraphLayout {

    /** The width-to-height ratio the packing of components and the wrapping of long chains aim for. */
    public static final double TARGET_ASPECT_RATIO = 1.6;

    /** The empty space around the drawing, in pixels. */
    public static final double MARGIN = 16;

    /** The gap between two connected components, wide enough to tell them apart from nodes of one layer. */
    private static final double COMPONENT_SPACING = 36;

    private final LockGraphStyle style;

    /**
     * Creates a layout that sizes nodes for the given style.
     *
     * @param style the style whose padding and minimum node width decide node sizes
     */
    public LockGraphLayout(LockGraphStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Creates a layout for {@link LockGraphStyle#standard()}. */
    public LockGraphLayout() {
        this(LockGraphStyle.standard());
    }

    /**
     * Lays a graph out.
     *
     * @param graph    the graph; see the class comment for what it may contain
     * @param measurer measures labels in the font the result will be drawn with
     * @return the drawing plan, with one box per node and one route per edge, in the graph's order
     */
    public LockGraphGeometry layout(LockGraph graph, TextMeasurer measurer) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(measurer, "measurer");
        LayeredAlgorithmRegistration.ensureRegistered();

        List<ElkComponentLayout.Drawing> drawings = new ArrayList<>();
        List<ComponentPacker.Size> sizes = new ArrayList<>();
        for (LockGraph component : ConnectedComponents.of(graph)) {
            ElkComponentLayout.Drawing d = ElkComponentLayout.layout(component, style, measurer, TARGET_ASPECT_RATIO);
            drawings.add(d);
            sizes.add(new ComponentPacker.Size(d.width(), d.height()));
        }
        ComponentPacker.Packing packing = ComponentPacker.pack(sizes, COMPONENT_SPACING, TARGET_ASPECT_RATIO);

        Map<String, NodeBox> boxes = new HashMap<>();
        Map<LockEdge, EdgeRoute> routes = new HashMap<>();
        for (int i = 0; i < drawings.size(); i++) {
            GraphPoint offset = packing.offsets().get(i);
            ElkComponentLayout.Drawing placed = drawings.get(i).translate(offset.x() + MARGIN, offset.y() + MARGIN);
            placed.nodes().forEach(b -> boxes.put(b.node().id(), b));
            placed.edges().forEach(r -> routes.put(r.edge(), r));
        }
        // Restore the graph's order, which the components had split up.
        List<NodeBox> orderedBoxes = graph.nodes().stream().map(n -> boxes.get(n.id())).toList();
        List<EdgeRoute> orderedRoutes = graph.edges().stream().map(routes::get).toList();
        return new LockGraphGeometry(graph.title(), packing.width() + 2 * MARGIN, packing.height() + 2 * MARGIN,
                orderedBoxes, orderedRoutes);
    }
}
