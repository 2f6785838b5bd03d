package org.smpng.io.export;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphStyle;
import org.smpng.io.svg.LockGraphPage;
import org.smpng.io.svg.LockGraphSvgExporter;

/**
 * Writes a laid-out lock graph in any {@link ExportFormat}. The pictures (SVG, PDF, PNG) are painted from one
 * {@link LockGraphPage}, so they show the same title, legend, boxes and arrows as each other and as the workbench
 * view the geometry came from; the graph formats (DOT, GraphML) carry the same nodes and edges with their
 * category, colours and laid-out positions, see {@link LockGraphDataWriter}.
 *
 * <p>Usage, shared by the workbench's export wizard and {@code ./smpng export-lock-graph}:
 * <pre>{@code
 * new LockGraphExporter(LockGraphStyle.standard()).write(geometry, ExportFormat.PDF, Path.of("order.pdf"));
 * }</pre>
 *
 * <p>Needs java.awt only for fonts and the PNG raster, which work with {@code -Djava.awt.headless=true}. Instances
 * are immutable and may be shared between threads.
 */
public final class LockGraphExporter {

    /** PNG pixels per layout pixel: twice the screen's, so that text stays sharp when the image is zoomed. */
    public static final double DEFAULT_PNG_SCALE = 2;

    private final LockGraphStyle style;
    private final double pngScale;

    /** Creates an exporter in a style (the one the geometry was laid out for), with PNGs at a given scale. */
    public LockGraphExporter(LockGraphStyle style, double pngScale) {
        this.style = Objects.requireNonNull(style, "style");
        if (!(pngScale > 0 && pngScale <= 8)) {
            throw new IllegalArgumentException("PNG scale must be above 0 and at most 8, not " + pngScale);
        }
        this.pngScale = pngScale;
    }

    /** Creates an exporter in a style with PNGs at {@link #DEFAULT_PNG_SCALE}. */
    public LockGraphExporter(LockGraphStyle style) {
        this(style, DEFAULT_PNG_SCALE);
    }

    /**
     * Renders a drawing in a format.
     *
     * @return the file's complete content
     */
    public byte[] toBytes(LockGraphGeometry geometry, ExportFormat format) {
        Objects.requireNonNull(geometry, "geometry");
        return switch (format) {
        case SVG -> new LockGraphSvgExporter(style).toSvg(geometry).getBytes(StandardCharsets.UTF_8);
        case PDF -> toPdf(geometry);
        case PNG -> toPng(geometry);
        case DOT -> text(w -> new LockGraphDataWriter(style).writeDot(geometry, w));
        case GRAPHML -> text(w -> new LockGraphDataWriter(style).writeGraphml(geometry, w));
        };
    }

    /**
     * Renders a drawing and writes it to a file, replacing the file if it exists. The parent directory must exist:
     * a mistyped export path should fail loudly rather than leave a file in a new directory nobody looks in.
     *
     * @throws NoSuchFileException if the parent directory does not exist
     * @throws IOException         if writing fails
     */
    public void write(LockGraphGeometry geometry, ExportFormat format, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "cannot write " + format.description() + " "
                    + file.getFileName() + ": directory does not exist");
        }
        byte[] bytes = toBytes(geometry, format);
        Files.write(file, bytes);
    }

    private byte[] toPdf(LockGraphGeometry geometry) {
        LockGraphPage page = new LockGraphPage(geometry, style);
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(geometry.title().isBlank() ? "Lock graph" : geometry.title().strip());
        pdf.setAuthor("SMPng Workbench");
        // One layout pixel becomes one PDF point, so the page is as large as the picture on screen.
        Page p = pdf.createPage(new java.awt.geom.Rectangle2D.Double(0, 0, page.width(), page.height()));
        PDFGraphics2D g = p.getGraphics2D();
        page.paint(g);
        return pdf.getPDFBytes();
    }

    private byte[] toPng(LockGraphGeometry geometry) {
        LockGraphPage page = new LockGraphPage(geometry, style);
        int w = (int) Math.ceil(page.width() * pngScale);
        int h = (int) Math.ceil(page.height() * pngScale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(pngScale, pngScale);
            page.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    private interface TextBody {
        void write(StringWriter w) throws IOException;
    }

    private static byte[] text(TextBody body) {
        StringWriter w = new StringWriter();
        try {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }
}
