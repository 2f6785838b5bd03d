package org.smpng.ui.diagram.export;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.DeferredUpdateManager;
import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.UpdateManager;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.smpng.io.export.ExportFormat;

/**
 * Writes any Draw2d figure — a GEF viewer's printable layers or a view's canvas contents — as a picture, painted by
 * the figure itself so the picture is the diagram as shown: SVG (JFreeSVG) and PDF (JFreePDF) as vectors with text
 * as text, through {@link Graphics2DGraphics}; PNG through SWT's own {@code GC}, so its pixels are the screen's.
 *
 * <p>The picture covers the figure's extent (for a freeform diagram the union of what its layers hold, wherever
 * the user scrolled; for a canvas's contents the part they fill, not the stretch to the canvas's size; else the
 * figure's bounds) plus {@link #margin()} on every side, at 100% whatever the viewer's
 * zoom; PNGs may be scaled ({@link #pngScale()}, 2 for print). The background is the colour the figure shows on
 * (inherited from its canvas), so a diagram keeps its look.
 *
 * <p>Usage, shared by the views' and editors' "Export Diagram..." actions, the export wizard and
 * {@code ./smpng export-diagram}:
 * <pre>{@code
 * new DiagramExporter().write(DiagramSource.printableLayers(viewer), ExportFormat.PDF, Path.of("routing.pdf"),
 *         "Interrupt routing");
 * }</pre>
 * UI thread only (figures are SWT's); instances are immutable.
 */
public final class DiagramExporter {

    /** Pixels of background around the diagram's extent. */
    public static final int DEFAULT_MARGIN = 10;

    private final int margin;
    private final double pngScale;

    /** An exporter with a margin of {@value #DEFAULT_MARGIN} pixels and PNGs at the screen's resolution. */
    public DiagramExporter() {
        this(DEFAULT_MARGIN, 1);
    }

    /**
     * @param margin   pixels of background around the diagram, 0 to 200
     * @param pngScale PNG pixels per screen pixel, above 0 and at most 8 (SVG and PDF are vectors)
     */
    public DiagramExporter(int margin, double pngScale) {
        if (margin < 0 || margin > 200) {
            throw new IllegalArgumentException("the margin must be 0 to 200 pixels, not " + margin);
        }
        if (!(pngScale > 0 && pngScale <= 8)) {
            throw new IllegalArgumentException("the PNG scale must be above 0 and at most 8, not " + pngScale);
        }
        this.margin = margin;
        this.pngScale = pngScale;
    }

    public int margin() {
        return margin;
    }

    public double pngScale() {
        return pngScale;
    }

    /**
     * {@return the part of {@code figure}'s coordinates that the diagram covers, after laying out what is pending;
     * null if the diagram is empty}
     */
    public static Rectangle extent(IFigure figure) {
        validate(figure);
        Rectangle r = contentExtent(figure);
        return r == null || r.isEmpty() ? null : r;
    }

    /**
     * A freeform figure (layered pane, layer) is as large as the viewport shows, however little it holds, so its
     * extent is what its children cover. A canvas's contents are stretched to the viewport where they are smaller,
     * so along a direction the viewport does not make them track, their extent is their preferred size. Any other
     * figure is its bounds.
     */
    private static Rectangle contentExtent(IFigure figure) {
        if (!figure.isVisible()) {
            return null;
        }
        if (figure.getParent() instanceof Viewport viewport && !(figure instanceof FreeformFigure)) {
            Rectangle b = figure.getBounds().getCopy();
            Dimension preferred = figure.getPreferredSize();
            if (!viewport.getContentsTracksWidth()) {
                b.width = Math.min(b.width, preferred.width);
            }
            if (!viewport.getContentsTracksHeight()) {
                b.height = Math.min(b.height, preferred.height);
            }
            return b;
        }
        if (!(figure instanceof FreeformFigure)) {
            return figure.getBounds().getCopy();
        }
        Rectangle union = null;
        for (Object child : figure.getChildren()) {
            IFigure c = (IFigure) child;
            Rectangle r = c.isVisible() ? contentExtent(c) : null;
            if (r != null && !r.isEmpty()) {
                union = union == null ? r : union.union(r);
            }
        }
        return union;
    }

    /** Lays out what is pending, as the next paint on screen would, so the export sees the figure's final state. */
    private static void validate(IFigure figure) {
        UpdateManager manager = figure.getUpdateManager();
        if (manager instanceof DeferredUpdateManager deferred) {
            deferred.performValidation();
        }
        figure.validate();
    }

    /**
     * Paints {@code figure} in a picture format.
     *
     * @param title the document's title (PDF metadata, SVG title)
     * @return the file's complete content
     * @throws IllegalArgumentException if {@code format} is not a picture or the diagram is empty
     */
    public byte[] toBytes(IFigure figure, ExportFormat format, String title) {
        Objects.requireNonNull(figure, "figure");
        Rectangle extent = extent(figure);
        if (extent == null) {
            throw new IllegalArgumentException("the diagram is empty; there is nothing to export");
        }
        return switch (format) {
        case SVG -> toSvg(figure, extent, title);
        case PDF -> toPdf(figure, extent, title);
        case PNG -> toPng(figure, extent);
        default -> throw new IllegalArgumentException("a diagram exports as a picture (SVG, PNG or PDF), not as "
                + format.description());
        };
    }

    /**
     * Paints {@code figure} and writes it to a file, replacing the file if it exists. The folder must exist: a
     * mistyped path fails loudly instead of leaving a file in a new folder nobody looks in.
     *
     * @throws NoSuchFileException if the folder does not exist
     * @throws IOException         if writing fails
     */
    public void write(IFigure figure, ExportFormat format, Path file, String title) throws IOException {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "cannot write " + format.description() + " "
                    + file.getFileName() + ": the folder does not exist");
        }
        byte[] bytes = toBytes(figure, format, title);
        Files.write(file, bytes);
    }

    /** {@return the size of the picture of {@code extent}, in screen pixels (PNG: times the scale)} */
    public Dimension pictureSize(Rectangle extent, ExportFormat format) {
        int w = extent.width + 2 * margin, h = extent.height + 2 * margin;
        if (format == ExportFormat.PNG) {
            return new Dimension((int) Math.ceil(w * pngScale),
                    (int) Math.ceil(h * pngScale));
        }
        return new Dimension(w, h);
    }

    private byte[] toSvg(IFigure figure, Rectangle extent, String title) {
        int w = extent.width + 2 * margin, h = extent.height + 2 * margin;
        SVGGraphics2D svg = new SVGGraphics2D(w, h, SVGUnits.PX);
        svg.setFontSizeUnits(SVGUnits.PX);
        Graphics2DGraphics graphics = paintOn(svg, figure, extent, w, h);
        // JFreeSVG asks for the family while it writes each text element, right after the figure set its font.
        svg.setFontFunction(family -> graphics.cssFamily());
        paintFigure(graphics, figure, extent);
        String document = withTextLengths(svg.getSVGDocument(), graphics.drawnTexts());
        int start = document.indexOf("<svg ");
        int open = document.indexOf('>', start);
        // Blanks are kept as drawn ("CPU 0  kernel"), as SVG would otherwise collapse them; the view box lets
        // viewers scale the picture.
        String root = "<svg xml:space='preserve' viewBox='0 0 " + w + " " + h + "' "
                + document.substring(start + "<svg ".length(), open + 1);
        String titled = title == null || title.isBlank() ? "" : "<title>" + xml(title.strip()) + "</title>";
        document = document.substring(0, start) + root + titled + document.substring(open + 1);
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Gives each text element the width SWT drew it with ({@code textLength}), and drops the clip of texts the
     * screen showed whole: GTK hints its fonts, so a label is a few pixels narrower on screen than the same font at
     * the same size in an SVG viewer, and a label clipped to its box would lose its last letters. Viewers that
     * honour {@code textLength} (browsers, Inkscape) draw each text exactly as wide as the screen; the others draw
     * it a little wider, into the box's padding. A text the clip cut on screen keeps its clip. JFreeSVG writes one
     * text element per string, in drawing order; if the counts differ (it drew some text as shapes), the document
     * is left as it is.
     */
    private static String withTextLengths(String document, java.util.List<Graphics2DGraphics.DrawnText> texts) {
        StringBuilder out = new StringBuilder(document.length() + texts.size() * 24);
        int from = 0, i = 0, at;
        while ((at = document.indexOf("<text ", from)) >= 0) {
            int end = document.indexOf('>', at);
            if (i >= texts.size() || end < 0) {
                return document;
            }
            Graphics2DGraphics.DrawnText text = texts.get(i++);
            String element = document.substring(at + "<text ".length(), end);
            if (text.whole()) {
                element = element.replaceAll(" clip-path='[^']*'", "");
            }
            out.append(document, from, at).append("<text textLength='").append(text.width()).append("' ")
                    .append(element);
            from = end;
        }
        return i == texts.size() ? out.append(document, from, document.length()).toString() : document;
    }

    private byte[] toPdf(IFigure figure, Rectangle extent, String title) {
        int w = extent.width + 2 * margin, h = extent.height + 2 * margin;
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle(title == null || title.isBlank() ? "Diagram" : title.strip());
        pdf.setAuthor("SMPng Workbench");
        // One screen pixel becomes one PDF point, so the page is as large as the diagram on screen.
        Page page = pdf.createPage(new Rectangle2D.Double(0, 0, w, h));
        PDFGraphics2D g = page.getGraphics2D();
        paintFigure(paintOn(g, figure, extent, w, h), figure, extent);
        return pdf.getPDFBytes();
    }

    /** Fills the page with the figure's background and makes the adapter that paints on it. */
    private Graphics2DGraphics paintOn(java.awt.Graphics2D g, IFigure figure, Rectangle extent, int w, int h) {
        RGB bg = background(figure).getRGB();
        g.setColor(new java.awt.Color(bg.red, bg.green, bg.blue));
        g.fillRect(0, 0, w, h);
        g.setClip(0, 0, w, h);
        return new Graphics2DGraphics(g, font(figure), Display.getCurrent().getDPI().y);
    }

    private void paintFigure(org.eclipse.draw2d.Graphics graphics, IFigure figure, Rectangle extent) {
        graphics.setForegroundColor(figure.getForegroundColor() == null ? ColorConstants.black
                : figure.getForegroundColor());
        graphics.setBackgroundColor(background(figure));
        graphics.setFont(font(figure));
        graphics.translate(margin - extent.x, margin - extent.y);
        graphics.pushState();
        figure.paint(graphics);
        graphics.popState();
        graphics.dispose();
    }

    private byte[] toPng(IFigure figure, Rectangle extent) {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("PNG export runs on the UI thread");
        }
        Dimension size = pictureSize(extent, ExportFormat.PNG);
        Image image = new Image(display, size.width, size.height);
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(background(figure));
                gc.fillRectangle(0, 0, size.width, size.height);
                SWTGraphics graphics = new SWTGraphics(gc);
                if (pngScale != 1) {
                    graphics.scale(pngScale);
                }
                paintFigure(graphics, figure, extent);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            loader.save(out, SWT.IMAGE_PNG);
            return out.toByteArray();
        } finally {
            image.dispose();
        }
    }

    /** The colour the figure is shown on: its own or its parents', ending at the canvas's; white without one. */
    private static Color background(IFigure figure) {
        Color c = figure.getBackgroundColor();
        return c == null ? ColorConstants.white : c;
    }

    /** The font the figure's texts inherit: its own or its parents', ending at the canvas's; else the system's. */
    private static Font font(IFigure figure) {
        Font f = figure.getFont();
        return f == null ? Display.getCurrent().getSystemFont() : f;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
