package org.smpng.io.export;

import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.smpng.graph.CategoryStyle;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.NodeBox;

/**
 * Writes a laid-out lock graph as graph data for other tools: Graphviz DOT and GraphML, through JGraphT's
 * exporters. Both carry every lock type (its name as label, its lock category, fill and border colours, and the
 * box the layout gave it) and every order edge (its kind: declared, observed or reversal). DOT positions are in
 * points with Graphviz's origin at the bottom left ({@code pos="x,y!"}, so {@code neato -n} reproduces the
 * layout); GraphML keeps the layout's own coordinates (origin top left, y down) in {@code x}, {@code y},
 * {@code width}, {@code height}.
 *
 * <p>Node ids are {@code n0}, {@code n1}, ... in the geometry's order, because lock names ("vm page queue mutex",
 * "so_rcv") are not valid bare DOT ids; the name is the {@code label}. Instances are immutable.
 */
public final class LockGraphDataWriter {

    private final LockGraphStyle style;

    public LockGraphDataWriter(LockGraphStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Writes the graph as a DOT digraph. */
    public void writeDot(LockGraphGeometry geometry, Writer out) {
        Graph<NodeBox, EdgeRoute> graph = graph(geometry);
        Map<NodeBox, String> ids = ids(geometry);
        DOTExporter<NodeBox, EdgeRoute> exporter = new DOTExporter<>(ids::get);
        exporter.setGraphIdProvider(() -> "lock_order");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            // JGraphT writes graph attributes as they are (node and edge ones it quotes), so they are quoted here.
            if (!geometry.title().isBlank()) {
                a.put("label", DefaultAttribute.createAttribute(quoted(geometry.title().strip())));
                a.put("labelloc", DefaultAttribute.createAttribute(quoted("t")));
            }
            a.put("rankdir", DefaultAttribute.createAttribute(quoted("TB")));
            a.put("bb", DefaultAttribute.createAttribute(quoted("0,0," + number(geometry.width()) + ","
                    + number(geometry.height()))));
            return a;
        });
        exporter.setVertexAttributeProvider(box -> {
            CategoryStyle cs = style.category(box.node().category());
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(box.node().label()));
            a.put("category", DefaultAttribute.createAttribute(box.node().category().name()));
            a.put("shape", DefaultAttribute.createAttribute("box"));
            a.put("style", DefaultAttribute.createAttribute("rounded,filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(rgb(cs.fillRgb())));
            a.put("color", DefaultAttribute.createAttribute(rgb(cs.borderRgb())));
            a.put("fontcolor", DefaultAttribute.createAttribute(rgb(cs.textRgb())));
            a.put("pos", DefaultAttribute.createAttribute(number(box.centerX()) + ","
                    + number(geometry.height() - box.centerY()) + "!"));
            a.put("width", DefaultAttribute.createAttribute(number(box.width() / 72)));
            a.put("height", DefaultAttribute.createAttribute(number(box.height() / 72)));
            return a;
        });
        exporter.setEdgeAttributeProvider(route -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("kind", DefaultAttribute.createAttribute(route.edge().kind().name()));
            a.put("color", DefaultAttribute.createAttribute(rgb(style.edgeRgb())));
            return a;
        });
        exporter.exportGraph(graph, out);
    }

    /** Writes the graph as a GraphML document with typed attribute keys. */
    public void writeGraphml(LockGraphGeometry geometry, Writer out) {
        Graph<NodeBox, EdgeRoute> graph = graph(geometry);
        Map<NodeBox, String> ids = ids(geometry);
        GraphMLExporter<NodeBox, EdgeRoute> exporter = new GraphMLExporter<>(ids::get);
        exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("category", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("fill", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("border", AttributeCategory.NODE, AttributeType.STRING);
        for (String k : new String[] { "x", "y", "width", "height" }) {
            exporter.registerAttribute(k, AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        exporter.registerAttribute("kind", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("title", AttributeCategory.GRAPH, AttributeType.STRING);
        exporter.setGraphAttributeProvider(
                () -> Map.of("title", DefaultAttribute.createAttribute(geometry.title().strip())));
        exporter.setVertexAttributeProvider(box -> {
            CategoryStyle cs = style.category(box.node().category());
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(box.node().label()));
            a.put("category", DefaultAttribute.createAttribute(box.node().category().name()));
            a.put("fill", DefaultAttribute.createAttribute(rgb(cs.fillRgb())));
            a.put("border", DefaultAttribute.createAttribute(rgb(cs.borderRgb())));
            a.put("x", DefaultAttribute.createAttribute(box.x()));
            a.put("y", DefaultAttribute.createAttribute(box.y()));
            a.put("width", DefaultAttribute.createAttribute(box.width()));
            a.put("height", DefaultAttribute.createAttribute(box.height()));
            return a;
        });
        exporter.setEdgeAttributeProvider(
                route -> Map.of("kind", DefaultAttribute.createAttribute(route.edge().kind().name())));
        exporter.exportGraph(graph, out);
    }

    /** The drawing as a JGraphT graph: boxes as vertices, routes as edges (parallel edges of other kinds kept). */
    private static Graph<NodeBox, EdgeRoute> graph(LockGraphGeometry geometry) {
        Graph<NodeBox, EdgeRoute> g = new DirectedPseudograph<>(null, null, false);
        Map<String, NodeBox> byId = new HashMap<>();
        for (NodeBox box : geometry.nodes()) {
            g.addVertex(box);
            byId.put(box.node().id(), box);
        }
        for (EdgeRoute route : geometry.edges()) {
            LockEdge e = route.edge();
            NodeBox from = byId.get(e.fromId()), to = byId.get(e.toId());
            if (from == null || to == null) {
                throw new IllegalArgumentException("edge " + e.fromId() + " -> " + e.toId()
                        + " names a lock type that is not in the drawing");
            }
            g.addEdge(from, to, route);
        }
        return g;
    }

    private static Map<NodeBox, String> ids(LockGraphGeometry geometry) {
        Map<NodeBox, String> ids = new HashMap<>();
        for (NodeBox box : geometry.nodes()) {
            ids.put(box, "n" + ids.size());
        }
        return ids;
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's centred {@code \\n}. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String rgb(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
