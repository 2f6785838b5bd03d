package org.smpng.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphStyle;
import org.smpng.io.export.ExportFormat;
import org.smpng.io.export.LockGraphExporter;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.parts.LockGraphEditPartFactory;

/**
 * What the lock graph view and the lock order editor share: how a viewer is set up (root, zoom levels, Ctrl+wheel
 * zoom, the one colour palette) and how what it shows is exported. UI thread only.
 */
public final class LockGraphViewers {

    /** The zoom levels offered, as FreeBSD-sized graphs need both an overview and a close look. */
    static final double[] ZOOM_LEVELS = {0.1, 0.15, 0.25, 0.35, 0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};

    /** The smallest zoom that the first look at a graph uses; below it labels cannot be read. */
    static final double MIN_FIT_ZOOM = 0.7;

    private LockGraphViewers() {
    }

    /**
     * Sets up {@code viewer} (whose control must exist) to show lock graphs; the resources are disposed with the
     * control.
     */
    static void configure(GraphicalViewer viewer, boolean editable) {
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(java.util.List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        DiagramResources resources = new DiagramResources(viewer.getControl().getDisplay(),
                LockGraphStyle.standard());
        viewer.getControl().addDisposeListener(event -> resources.dispose());
        viewer.getControl().setBackground(resources.background());
        viewer.setEditPartFactory(new LockGraphEditPartFactory(resources, editable));
    }

    /**
     * Zooms out so the whole graph is visible if it is larger than the viewer, as a first look at a big lock order
     * should show all of it, but not below {@link #MIN_FIT_ZOOM}, where labels become unreadable (the user
     * scrolls instead); a graph that fits stays at 100%. Runs once the viewer's control has its size.
     */
    static void zoomToFitIfLarger(GraphicalViewer viewer) {
        fitWhenSized(viewer, 20);
    }

    /** Fits once the viewer's control has been laid out; a control not yet sized would give a meaningless fit. */
    private static void fitWhenSized(GraphicalViewer viewer, int attemptsLeft) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            // The view may have closed meanwhile (a workbench shutting down): GEF then drops its control.
            if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
                return;
            }
            org.eclipse.swt.graphics.Point size = viewer.getControl().getSize();
            if ((size.x < 50 || size.y < 50) && attemptsLeft > 0) {
                fitWhenSized(viewer, attemptsLeft - 1);
                return;
            }
            ZoomManager zoom = zoomManager(viewer);
            zoom.setZoom(1.0);
            zoom.setZoomAsText(ZoomManager.FIT_ALL);
            zoom.setZoom(Math.max(MIN_FIT_ZOOM, Math.min(1.0, zoom.getZoom())));
        });
    }

    /** Returns the zoom manager of a viewer set up by {@link #configure}. */
    static ZoomManager zoomManager(EditPartViewer viewer) {
        return ((ScalableFreeformRootEditPart) viewer.getRootEditPart()).getZoomManager();
    }

    /**
     * Writes the graph the viewer shows, laid out exactly as shown, as SVG to {@code file}.
     *
     * @throws IOException if the file cannot be written, or the viewer shows no lock graph
     */
    public static void writeSvg(EditPartViewer viewer, Path file) throws IOException {
        write(viewer, ExportFormat.SVG, file);
    }

    /**
     * Writes the graph the viewer shows, laid out exactly as shown, in a format to {@code file}.
     *
     * @throws IOException if the file cannot be written, or the viewer shows no lock graph
     */
    public static void write(EditPartViewer viewer, ExportFormat format, Path file) throws IOException {
        LockGraphGeometry geometry = LockGraphEditPartFactory.shownGeometry(viewer);
        if (geometry == null) {
            throw new IOException("the viewer shows no lock graph");
        }
        new LockGraphExporter(LockGraphStyle.standard()).write(geometry, format, file);
    }

    /**
     * Asks for a file and a format and writes the graph the viewer shows, laid out exactly as shown. The format is
     * the file dialog's chosen type, or the file name's extension when the type is "All files". Errors are shown
     * to the user; nothing is written if they cancel.
     *
     * @return the file written, or null
     */
    static Path export(Shell shell, EditPartViewer viewer, String suggestedName) {
        if (LockGraphEditPartFactory.shownGeometry(viewer) == null) {
            MessageDialog.openInformation(shell, "Export Lock Graph", "There is no lock graph to export.");
            return null;
        }
        ExportFormat[] formats = ExportFormat.values();
        String[] extensions = new String[formats.length + 1];
        String[] names = new String[formats.length + 1];
        for (int i = 0; i < formats.length; i++) {
            extensions[i] = "*." + formats[i].extension();
            names[i] = formats[i].description() + " (*." + formats[i].extension() + ")";
        }
        extensions[formats.length] = "*.*";
        names[formats.length] = "All files (format from the extension)";
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Lock Graph");
        dialog.setFilterExtensions(extensions);
        dialog.setFilterNames(names);
        dialog.setFileName(suggestedName + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        int index = dialog.getFilterIndex();
        ExportFormat format = ExportFormat.ofFile(file);
        if (format == null) {
            format = index >= 0 && index < formats.length ? formats[index] : ExportFormat.SVG;
        }
        try {
            write(viewer, format, file);
            return file;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Export Lock Graph", "Could not write " + file + ":\n" + e.getMessage());
            return null;
        }
    }
}
