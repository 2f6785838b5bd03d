package org.smpng.io.svg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphStyle;

/**
 * Writes a laid-out lock graph as a standalone SVG document: title, legend of the lock categories present, edges
 * with arrow heads, and rounded node boxes in the colours of {@link LockGraphStyle}, so the file looks like the
 * workbench's lock-order view.
 *
 * <p>Usage:
 * <pre>{@code
 * LockGraphStyle style = LockGraphStyle.standard();
 * LockGraphGeometry geometry = new LockGraphLayout(style).layout(graph, new AwtTextMeasurer(style));
 * new LockGraphSvgExporter(style).write(geometry, Path.of("lock-order.svg"));
 * }</pre>
 *
 * <p>The document is meant to be searched as well as looked at. Each node is a group with the id
 * {@code lock-<name>} (the lock name reduced to {@code [A-Za-z0-9_-]}, made unique with a {@code -2}, {@code -3}
 * suffix), class {@code lock-node}, the exact name in {@code data-lock-id}, the category in {@code data-category}
 * and a {@code <title>} tooltip. Edges are groups of class {@code lock-edge} with {@code data-from} and
 * {@code data-to}. All text, names included, is XML-escaped; the output parses with any XML parser and needs no
 * DTD. The same geometry always yields the same bytes.
 *
 * <p>It needs java.awt only for font metrics, which works with {@code -Djava.awt.headless=true}. Instances are
 * immutable and may be shared between threads.
 */
public final class LockGraphSvgExporter {

    private static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final LockGraphStyle style;

    /**
     * Creates an exporter drawing in the given style; it should be the style the geometry was laid out for.
     *
     * @param style the style
     */
    public LockGraphSvgExporter(LockGraphStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Creates an exporter for {@link LockGraphStyle#standard()}. */
    public LockGraphSvgExporter() {
        this(LockGraphStyle.standard());
    }

    /**
     * Renders a drawing to an SVG document.
     *
     * @param geometry the laid-out graph; its title becomes the heading (no heading if the title is blank)
     * @return the complete document, UTF-8 XML declaration included
     */
    public String toSvg(LockGraphGeometry geometry) {
        LockGraphPage page = new LockGraphPage(geometry, style);
        SVGGraphics2D g = new SVGGraphics2D(page.width(), page.height());
        // JFreeSVG's default prefix for generated ids contains System.nanoTime(); a fixed one keeps output stable.
        g.setDefsKeyPrefix("smpng-");
        // Two decimals are far below a pixel and keep files small; JFreeSVG would print full double precision.
        g.setGeomDoubleConverter(SvgNumbers::format);
        g.setTransformDoubleConverter(SvgNumbers::format);
        page.paint(g);
        return XML_HEADER + g.getSVGElement(null, true, new ViewBox(0, 0, page.width(), page.height()), null, null)
                + "\n";
    }

    /**
     * Renders a drawing and writes it to a file as UTF-8, replacing the file if it exists.
     *
     * <p>The parent directory must exist: creating directories is left to the caller, because a mistyped export
     * path should fail loudly rather than leave a file in a new directory nobody looks in.
     *
     * @param geometry the laid-out graph
     * @param file     the target file
     * @throws NoSuchFileException if the parent directory does not exist
     * @throws IOException         if writing fails
     */
    public void write(LockGraphGeometry geometry, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String svg = toSvg(geometry);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null,
                    "cannot write SVG " + file.getFileName() + ": directory does not exist");
        }
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
}
