package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeCategory;
import org.smpng.io.svg.LockGraphSvgExporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG export: well-formed, searchable, escaped, and faithful to the geometry it is given. */
class LockGraphSvgExporterTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String QUOTES = "a & b \"q\" it's";
    private static final String ENTITY_LOOKALIKE = "x &lt; y &amp; z";

    private final LockGraphSvgExporter exporter = new LockGraphSvgExporter();

    private static LockGraph sockets() {
        return SvgFixtures.graph("sockets",
                List.of(LockNode.of("Giant", NodeCategory.GIANT), LockNode.of("filedesc structure",
                        NodeCategory.SLEEP_MUTEX), LockNode.of("accept", NodeCategory.SLEEP_MUTEX),
                        LockNode.of("so_snd", NodeCategory.SLEEP_MUTEX), LockNode.of("sched lock",
                                NodeCategory.SPIN_MUTEX)),
                "Giant", "filedesc structure", "filedesc structure", "accept", "accept", "so_snd");
    }

    @Test
    void outputIsPlainXmlWithSizeAndViewBox() throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        String svg = exporter.toSvg(geo);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Element root = SvgFixtures.parse(svg).getDocumentElement();
        assertEquals(SvgFixtures.SVG_NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        double width = Double.parseDouble(root.getAttribute("width"));
        double height = Double.parseDouble(root.getAttribute("height"));
        assertTrue(width >= geo.width() && height > geo.height(), "the page holds the drawing and a header");
        String[] viewBox = root.getAttribute("viewBox").trim().split("[ ,]+");
        assertEquals(4, viewBox.length);
        assertEquals(List.of(0.0, 0.0, width, height),
                Stream.of(viewBox).map(Double::parseDouble).toList(), "view box covers the page");
    }

    @Test
    void everyLockIsOneFindableGroupWithItsLabelAndTooltip() throws Exception {
        LockGraph graph = sockets();
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(graph)));
        List<Element> nodes = SvgFixtures.groups(doc, "lock-node");
        assertEquals(graph.nodes().size(), nodes.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Element group = nodes.get(i);
            LockNode node = graph.nodes().get(i);
            assertTrue(ids.add(group.getAttribute("id")));
            assertEquals(node.id(), group.getAttribute("data-lock-id"));
            assertEquals(node.category().name(), group.getAttribute("data-category"));
            assertEquals(1, SvgFixtures.elements(group, "text").size(), "one label per lock");
            assertEquals(node.label(), SvgFixtures.childText(group, "text"));
            assertTrue(SvgFixtures.childText(group, "title").startsWith(node.label() + " ("));
        }
        assertEquals("filedesc structure", findById(doc, "lock-filedesc_structure").getAttribute("data-lock-id"));
        assertEquals("sched lock (spin mutex)", SvgFixtures.childText(findById(doc, "lock-sched_lock"), "title"));
    }

    @Test
    void everyEdgeIsAGroupWithALineAndAnArrowHead() throws Exception {
        LockGraph graph = sockets();
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(graph)));
        List<Element> edges = SvgFixtures.groups(doc, "lock-edge");
        assertEquals(graph.edges().size(), edges.size());
        Element first = edges.get(0);
        assertEquals("Giant", first.getAttribute("data-from"));
        assertEquals("filedesc structure", first.getAttribute("data-to"));
        assertEquals("DECLARED_ORDER", first.getAttribute("data-kind"));
        assertEquals(2, SvgFixtures.elements(first, "path").size(), "polyline and arrow head");
    }

    @Test
    void observedEdgesAreDashedGreyAndReversalsRedWithTheirKindInTheTooltip() throws Exception {
        LockGraph graph = new LockGraph("witness", List.of(LockNode.of("A", NodeCategory.SLEEP_MUTEX),
                LockNode.of("B", NodeCategory.SLEEP_MUTEX)), List.of(LockEdge.declared("A", "B"),
                        new LockEdge("A", "B", EdgeKind.OBSERVED_ORDER), new LockEdge("B", "A", EdgeKind.REVERSAL)));
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(graph)));
        List<Element> edges = SvgFixtures.groups(doc, "lock-edge");
        assertEquals(List.of("DECLARED_ORDER", "OBSERVED_ORDER", "REVERSAL"),
                edges.stream().map(e -> e.getAttribute("data-kind")).toList());
        Element declared = edges.get(0), observed = edges.get(1), reversal = edges.get(2);
        assertFalse(attributes(declared).contains("dasharray"), attributes(declared));
        assertTrue(attributes(observed).contains("stroke-dasharray"), attributes(observed));
        assertTrue(attributes(reversal).contains("rgb(207,34,46)") || attributes(reversal).contains("#cf222e"),
                attributes(reversal));
        assertFalse(attributes(declared).contains("rgb(207,34,46)"), attributes(declared));
        assertEquals("B \u2192 A (lock order reversal)", SvgFixtures.childText(edges.get(2), "title"));
    }

    /** Every attribute of an element and of the elements around and in it, as "name=value" pairs. */
    private static String attributes(Element e) {
        StringBuilder text = new StringBuilder();
        for (org.w3c.dom.Node n = e; n instanceof Element el; n = n.getParentNode()) {
            own(el, text);
        }
        org.w3c.dom.NodeList all = e.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            own((Element) all.item(i), text);
        }
        return text.toString();
    }

    private static void own(Element e, StringBuilder text) {
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            text.append(e.getAttributes().item(i).getNodeName()).append('=')
                    .append(e.getAttributes().item(i).getNodeValue()).append(' ');
        }
    }

    @Test
    void hostileLockNamesAreEscapedEverywhere() throws Exception {
        LockGraph graph = SvgFixtures.graph(SCRIPT + " order",
                List.of(new LockNode(SCRIPT, SCRIPT, NodeCategory.SLEEP_MUTEX, "detail " + SCRIPT),
                        LockNode.of(QUOTES, NodeCategory.SX), LockNode.of(ENTITY_LOOKALIKE, NodeCategory.SX)),
                SCRIPT, QUOTES, QUOTES, ENTITY_LOOKALIKE);
        String svg = exporter.toSvg(SvgFixtures.laidOut(graph));
        assertFalse(svg.contains("<script"), "raw markup leaked into the SVG");
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

        Document doc = SvgFixtures.parse(svg);
        assertTrue(SvgFixtures.elements(doc, "script").isEmpty());
        List<Element> nodes = SvgFixtures.groups(doc, "lock-node");
        // After parsing, every place a name appears reads exactly as the name: text, tooltip and attribute.
        for (int i = 0; i < nodes.size(); i++) {
            String name = graph.nodes().get(i).id();
            assertEquals(name, SvgFixtures.childText(nodes.get(i), "text"));
            assertEquals(name, nodes.get(i).getAttribute("data-lock-id"));
            assertTrue(SvgFixtures.childText(nodes.get(i), "title").startsWith(name + " ("));
        }
        assertTrue(SvgFixtures.childText(nodes.get(0), "title").endsWith("detail " + SCRIPT));
        Element edge = SvgFixtures.groups(doc, "lock-edge").get(1);
        assertEquals(QUOTES, edge.getAttribute("data-from"));
        assertEquals(ENTITY_LOOKALIKE, edge.getAttribute("data-to"));
        assertEquals(SCRIPT + " order", findById(doc, "title").getTextContent());
    }

    @Test
    void charactersXmlForbidsDoNotBreakTheDocument() throws Exception {
        LockGraph graph = SvgFixtures.graph("t", List.of(LockNode.of("bell\u0007lock", NodeCategory.OTHER)));
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(graph)));
        assertEquals("bell\uFFFDlock", SvgFixtures.childText(SvgFixtures.groups(doc, "lock-node").get(0), "text"));
    }

    @Test
    void elementIdsAreSanitisedAndUnique() throws Exception {
        LockGraph graph = SvgFixtures.graph("ids", List.of(LockNode.of("a b", NodeCategory.SX),
                LockNode.of("a_b", NodeCategory.SX), LockNode.of("a/b", NodeCategory.SX)));
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(graph)));
        List<String> ids = SvgFixtures.groups(doc, "lock-node").stream().map(g -> g.getAttribute("id")).toList();
        assertEquals(List.of("lock-a_b", "lock-a_b-2", "lock-a_b-3"), ids);
    }

    @Test
    void legendListsOnlyCategoriesPresent() throws Exception {
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(sockets())));
        List<Element> items = SvgFixtures.groups(doc, "legend-item");
        assertEquals(List.of("legend-giant", "legend-sleep_mutex", "legend-spin_mutex"),
                items.stream().map(e -> e.getAttribute("id")).toList());
        assertEquals(List.of("Giant", "sleep mutex", "spin mutex"),
                items.stream().map(e -> SvgFixtures.childText(e, "text")).toList());
    }

    @Test
    void emptyGraphGivesAValidPageWithoutLegend() throws Exception {
        Document doc = SvgFixtures.parse(exporter.toSvg(SvgFixtures.laidOut(SvgFixtures.graph("", List.of()))));
        assertTrue(SvgFixtures.groups(doc, "lock-node").isEmpty());
        assertTrue(SvgFixtures.groups(doc, "legend-item").isEmpty());
        assertTrue(Double.parseDouble(doc.getDocumentElement().getAttribute("width")) > 0);
    }

    @Test
    void sameGeometryGivesTheSameBytes() {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        assertEquals(exporter.toSvg(geo), new LockGraphSvgExporter().toSvg(geo));
    }

    @Test
    void writeStoresTheDocumentAsUtf8(@TempDir Path dir) throws IOException {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        Path file = dir.resolve("order.svg");
        exporter.write(geo, file);
        assertEquals(exporter.toSvg(geo), Files.readString(file, StandardCharsets.UTF_8));
        exporter.write(geo, file);
        assertEquals(exporter.toSvg(geo), Files.readString(file, StandardCharsets.UTF_8), "overwrites");
    }

    @Test
    void writeRefusesAMissingDirectoryInsteadOfCreatingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> exporter.write(SvgFixtures.laidOut(sockets()), missing.resolve("order.svg")));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    private static Element findById(Document doc, String id) {
        return SvgFixtures.elements(doc, "g").stream().filter(g -> id.equals(g.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }
}
