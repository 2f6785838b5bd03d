package org.smpng.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeBox;
import org.smpng.graph.NodeCategory;
import org.smpng.io.export.ExportFormat;
import org.smpng.io.export.LockGraphExporter;
import org.smpng.io.svg.LockGraphPage;

/** Every export format shows or carries the same lock graph as the geometry it is given. */
class LockGraphExporterTest {

    private final LockGraphStyle style = LockGraphStyle.standard();
    private final LockGraphExporter exporter = new LockGraphExporter(style);

    private static LockGraph sockets() {
        return SvgFixtures.graph("sockets & \"pipes\"",
                List.of(LockNode.of("Giant", NodeCategory.GIANT), LockNode.of("filedesc structure",
                        NodeCategory.SLEEP_MUTEX), LockNode.of("so_snd", NodeCategory.SLEEP_MUTEX),
                        LockNode.of("sched lock", NodeCategory.SPIN_MUTEX), LockNode.of("the \"odd\" one",
                                NodeCategory.SX)),
                "Giant", "filedesc structure", "filedesc structure", "so_snd", "so_snd", "sched lock",
                "Giant", "the \"odd\" one");
    }

    @Test
    void pngIsThePageAtTwiceItsSizeWithEachBoxInItsColour() throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(exporter.toBytes(geo, ExportFormat.PNG)));
        LockGraphPage page = new LockGraphPage(geo, style);
        assertEquals((int) Math.ceil(page.width() * 2), image.getWidth());
        assertEquals((int) Math.ceil(page.height() * 2), image.getHeight());
        double graphTop = page.height() - geo.height();
        for (NodeBox box : geo.nodes()) {
            // A point inside the box, left of the centred label, shows the category's fill colour.
            int x = (int) Math.round((box.x() + 4) * 2), y = (int) Math.round((graphTop + box.centerY()) * 2);
            assertEquals(style.category(box.node().category()).fillRgb() & 0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF,
                    box.node().id() + " at " + x + "," + y);
        }
        assertEquals(style.backgroundRgb() & 0xFFFFFF, image.getRGB(1, image.getHeight() - 2) & 0xFFFFFF);
    }

    @Test
    void pdfIsOneVectorPageWithTheLockNamesAsText() throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        byte[] pdf = exporter.toBytes(geo, ExportFormat.PDF);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), text.substring(0, 16));
        assertTrue(text.stripTrailing().endsWith("%%EOF"));
        assertEquals(1, text.split("/Type /Page\\b", -1).length - 1, "one page");
        LockGraphPage page = new LockGraphPage(geo, style);
        assertTrue(text.contains("/MediaBox [0 0 " + (int) page.width() + " " + (int) page.height() + "]")
                || text.matches("(?s).*/MediaBox \\[0(\\.0)? 0(\\.0)? " + (int) page.width() + "(\\.0)? "
                        + (int) page.height() + "(\\.0)?\\].*"), "page as large as the picture");
        String content = inflatedStreams(pdf);
        assertTrue(content.contains(" Tj"), "text-showing operators in the page content");
        for (String name : List.of("Giant", "filedesc structure", "so_snd", "sched lock", "sockets & \"pipes\"",
                "the \"odd\" one")) {
            assertTrue(content.contains("(" + name + ")"), name + " is drawn as text, not as pixels");
        }
    }

    /** The PDF's streams, inflated where they are Flate-compressed (JFreePDF compresses page content). */
    private static String inflatedStreams(byte[] pdf) throws Exception {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder all = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!end)stream\\r?\\n").matcher(raw);
        while (m.find()) {
            int end = raw.indexOf("endstream", m.end());
            byte[] data = raw.substring(m.end(), end).getBytes(StandardCharsets.ISO_8859_1);
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            inflater.setInput(data);
            byte[] buf = new byte[1 << 20];
            try {
                int n = inflater.inflate(buf);
                all.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            } catch (java.util.zip.DataFormatException e) {
                all.append(new String(data, StandardCharsets.ISO_8859_1)); // not compressed
            } finally {
                inflater.end();
            }
        }
        return all.toString();
    }

    @Test
    void dotReimportsWithTheSameLocksEdgesAndPositions() throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        String dot = new String(exporter.toBytes(geo, ExportFormat.DOT), StandardCharsets.UTF_8);
        Graph<String, Object> g = new DirectedPseudograph<>(null, Object::new, false);
        Map<String, Map<String, Attribute>> attrs = new HashMap<>();
        DOTImporter<String, Object> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a));
        importer.importGraph(g, new StringReader(dot));
        assertEquals(geo.nodes().size(), g.vertexSet().size());
        assertEquals(geo.edges().size(), g.edgeSet().size());
        Set<String> labels = attrs.values().stream().map(a -> a.get("label").getValue()).collect(Collectors.toSet());
        assertEquals(geo.nodes().stream().map(b -> b.node().label()).collect(Collectors.toSet()), labels);
        NodeBox giant = geo.findBox("Giant").orElseThrow();
        Map<String, Attribute> giantAttrs = attrs.values().stream()
                .filter(a -> a.get("label").getValue().equals("Giant")).findFirst().orElseThrow();
        assertEquals("GIANT", giantAttrs.get("category").getValue());
        String[] pos = giantAttrs.get("pos").getValue().replace("!", "").split(",");
        assertEquals(giant.centerX(), Double.parseDouble(pos[0]), 0.01);
        assertEquals(geo.height() - giant.centerY(), Double.parseDouble(pos[1]), 0.01, "y up, as Graphviz has it");
    }

    @Test
    void graphmlReimportsWithTheSameLocksAndEdgeKinds() throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        String xml = new String(exporter.toBytes(geo, ExportFormat.GRAPHML), StandardCharsets.UTF_8);
        Graph<String, Object> g = new DirectedPseudograph<>(null, Object::new, false);
        Map<String, String> labelOf = new HashMap<>();
        Map<String, Double> xOf = new HashMap<>();
        GraphMLImporter<String, Object> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labelOf.put(p.getFirst(), a.getValue());
            } else if (p.getSecond().equals("x")) {
                xOf.put(p.getFirst(), Double.parseDouble(a.getValue()));
            }
        });
        java.util.List<String> kinds = new java.util.ArrayList<>();
        importer.addEdgeAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("kind")) {
                kinds.add(a.getValue());
            }
        });
        importer.importGraph(g, new StringReader(xml));
        assertEquals(geo.nodes().size(), g.vertexSet().size());
        assertEquals(geo.edges().size(), g.edgeSet().size());
        assertEquals(geo.nodes().stream().map(b -> b.node().label()).collect(Collectors.toSet()),
                Set.copyOf(labelOf.values()));
        assertEquals(geo.edges().stream().map(e -> e.edge().kind().name()).sorted().toList(),
                kinds.stream().sorted().toList());
        String giantId = labelOf.entrySet().stream().filter(e -> e.getValue().equals("Giant")).findFirst()
                .orElseThrow().getKey();
        assertEquals(geo.findBox("Giant").orElseThrow().x(), xOf.get(giantId), 1e-9);
    }

    @Test
    void svgThroughTheExporterIsTheSvgExportersDocument() throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        assertEquals(new org.smpng.io.svg.LockGraphSvgExporter(style).toSvg(geo),
                new String(exporter.toBytes(geo, ExportFormat.SVG), StandardCharsets.UTF_8));
    }

    @Test
    void writeRefusesAMissingDirectoryAndKeepsNothingHalfWritten(@TempDir Path dir) throws Exception {
        LockGraphGeometry geo = SvgFixtures.laidOut(sockets());
        Path missing = dir.resolve("no-such-dir").resolve("g.pdf");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> exporter.write(geo, ExportFormat.PDF, missing));
        assertTrue(e.getMessage().contains("directory does not exist"), e.getMessage());
        Path ok = dir.resolve("g.png");
        exporter.write(geo, ExportFormat.PNG, ok);
        assertTrue(Files.size(ok) > 1000);
    }

    @Test
    void formatsParseAsUsersTypeThemAndUnknownOnesNameTheChoices() {
        assertEquals(ExportFormat.GRAPHML, ExportFormat.parse(" GraphML "));
        assertEquals(ExportFormat.PDF, ExportFormat.ofFile(Path.of("x/Lock Order.PDF")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("jpeg"));
        assertEquals("unknown export format 'jpeg'; the formats are svg, png, pdf, dot, graphml", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LockGraphExporter(style, 0));
    }
}
