package org.smpng.io.tests;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.LockNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Graphs, layouts and XML helpers for the SVG export tests, kept in one place. */
public final class SvgFixtures {

    /** The SVG namespace every element of the export must be in. */
    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    private SvgFixtures() {
    }

    /**
     * Builds a graph from nodes and "a -> b" pairs.
     *
     * @param title the title
     * @param nodes the nodes
     * @param pairs alternating source and target ids
     * @return the graph
     */
    public static LockGraph graph(String title, List<LockNode> nodes, String... pairs) {
        List<LockEdge> edges = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            edges.add(LockEdge.declared(pairs[i], pairs[i + 1]));
        }
        return new LockGraph(title, nodes, edges);
    }

    /**
     * Lays a graph out the way the export is used: standard style, java.awt font metrics.
     *
     * @param graph the graph
     * @return its geometry
     */
    public static LockGraphGeometry laidOut(LockGraph graph) {
        LockGraphStyle style = LockGraphStyle.standard();
        return new LockGraphLayout(style).layout(graph, new AwtTextMeasurer(style));
    }

    /**
     * Parses a document strictly: namespace-aware, no DTD allowed, no external entities, so a test fails if the
     * export ever needs anything but plain XML.
     *
     * @param xml the document
     * @return the DOM
     * @throws SAXException if the text is not well-formed XML
     */
    public static Document parse(String xml) throws SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the SVG elements of one tag name, in document order.
     *
     * @param scope the document or element to search in
     * @param tag   the local name, e.g. {@code "g"}
     * @return the elements
     */
    public static List<Element> elements(Node scope, String tag) {
        NodeList list = scope instanceof Document d ? d.getElementsByTagNameNS(SVG_NS, tag)
                : ((Element) scope).getElementsByTagNameNS(SVG_NS, tag);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    /**
     * Returns the groups of one CSS class, in document order.
     *
     * @param doc      the document
     * @param cssClass the class, e.g. {@code "lock-node"}
     * @return the groups
     */
    public static List<Element> groups(Document doc, String cssClass) {
        return elements(doc, "g").stream().filter(g -> cssClass.equals(g.getAttribute("class"))).toList();
    }

    /**
     * Returns the text content of the first child element with a given local name.
     *
     * @param parent the element
     * @param tag    the child's local name
     * @return its text, or {@code null} if there is no such child
     */
    public static String childText(Element parent, String tag) {
        List<Element> found = elements(parent, tag);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }
}
