package org.smpng.ui.diagram;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LightweightSystem;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.parts.ScrollableThumbnail;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The lock graph's overview for an outline view: a draw2d {@link ScrollableThumbnail} of the whole diagram (its
 * printable layers, so the live overlay's badges are left out) with the part visible in the view as a rectangle
 * that can be dragged to scroll there. It follows zoom, scrolling, filters and moves as they happen. UI thread only.
 */
public final class ThumbnailOutlinePage extends Page implements IContentOutlinePage {

    private final GraphicalViewer viewer;
    private Canvas canvas;
    private ScrollableThumbnail thumbnail;
    private IFigure source;

    /** Creates the page of {@code viewer}, whose root must be a scalable freeform root. */
    ThumbnailOutlinePage(GraphicalViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.NONE);
        LightweightSystem system = new LightweightSystem(canvas);
        ScalableFreeformRootEditPart root = (ScalableFreeformRootEditPart) viewer.getRootEditPart();
        thumbnail = new ScrollableThumbnail((Viewport) root.getFigure());
        source = root.getLayer(LayerConstants.PRINTABLE_LAYERS);
        thumbnail.setSource(source);
        system.setContents(thumbnail);
    }

    /** The thumbnail shown, for tests. */
    public ScrollableThumbnail thumbnail() {
        return thumbnail;
    }

    /** The figure the thumbnail pictures (Draw2d 3.2's thumbnail does not tell), for tests. */
    public IFigure source() {
        return source;
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (thumbnail != null) {
            // The thumbnail listens to the viewer's viewport; it must stop before the view's figures go.
            thumbnail.deactivate();
        }
        super.dispose();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // The overview has no selection of its own.
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // The overview has no selection of its own.
    }

    @Override
    public void setSelection(ISelection selection) {
        // The overview has no selection of its own.
    }
}
