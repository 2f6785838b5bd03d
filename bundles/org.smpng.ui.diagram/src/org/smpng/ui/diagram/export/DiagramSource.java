package org.smpng.ui.diagram.export;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;

/**
 * A view or editor whose diagram can be exported as shown: its name (for the export wizard's list, file names and
 * the PDF's title) and the figure that draws it. File &gt; Export &gt; SMPng &gt; Diagram lists every open part
 * that is a {@code DiagramSource} (or adapts to one), and the part's own "Export Diagram..." action writes it
 * through {@link DiagramExporter}.
 *
 * <p>The figure must be the one on screen, so the export shows exactly what the user sees (filters, selection,
 * live state): for a GEF viewer, the viewer's printable layers ({@link #printableLayers(GraphicalViewer)}: the
 * diagram's content and connection layers, without handles, feedback or the grid); for a plain canvas, its
 * contents figure. UI thread only.
 */
public interface DiagramSource {

    /** {@return what the diagram is, e.g. "Run Queues" or "i386-smp-4cpu-2004 (interrupt routing)"} */
    String diagramName();

    /** {@return the figure that draws the diagram, as shown; null when the part shows no diagram yet} */
    IFigure diagramFigure();

    /**
     * {@return the layers of a GEF viewer that draw its diagram (content and connections; not the handles and
     * feedback layers, which are only there while editing), at 100% whatever the viewer's zoom}
     */
    static IFigure printableLayers(GraphicalViewer viewer) {
        if (viewer == null || viewer.getRootEditPart() == null) {
            return null;
        }
        return LayerManager.Helper.find(viewer.getRootEditPart()).getLayer(LayerConstants.PRINTABLE_LAYERS);
    }
}
