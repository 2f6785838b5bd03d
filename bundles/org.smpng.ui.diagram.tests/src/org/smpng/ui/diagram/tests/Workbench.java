package org.smpng.ui.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The one place UI tests get at the running workbench and wait for it. UI thread only. */
final class Workbench {

    private Workbench() {
    }

    /** Returns the active page of the first window. */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    /** Runs every pending UI event (asynchronous re-layouts, zoom to fit), so the screen shows the model's state. */
    static void drain() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // Keep dispatching until the queue is empty.
            }
        }
    }

    /**
     * Runs UI events until {@code condition} holds, as a user's workbench would while a job works; fails after
     * {@code timeoutMs}. The condition is checked on the UI thread between events.
     */
    static void waitUntil(String what, java.util.function.BooleanSupplier condition, long timeoutMs) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting until " + what);
                }
            }
        }
        drain();
    }

    /**
     * Waits until the live session is not loading or running, so a test sees a settled workbench (the Simulation
     * view loads its scenario when it opens, and the lock graph then shows the scenario's kernel).
     */
    static void settleSession() {
        org.smpng.ui.diagram.live.LiveSession session = org.smpng.ui.diagram.live.LiveSession.get();
        session.pause();
        waitUntil("the live session settles", () -> session.state() != org.smpng.ui.diagram.live.LiveSession.State.LOADING
                && session.state() != org.smpng.ui.diagram.live.LiveSession.State.RUNNING, 60_000);
    }

    /** Returns all figures of the given type below a layer of the viewer, depth first. */
    static <T extends IFigure> List<T> figures(GraphicalViewer viewer, Object layer, Class<T> type) {
        IFigure root = LayerManager.Helper.find(viewer.getRootEditPart()).getLayer(layer);
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    /** Returns the lock type figures of the viewer's primary layer. */
    static <T extends IFigure> List<T> nodes(GraphicalViewer viewer, Class<T> type) {
        return figures(viewer, LayerConstants.PRIMARY_LAYER, type);
    }

    private static <T extends IFigure> void collect(IFigure figure, Class<T> type, List<T> found) {
        if (type.isInstance(figure)) {
            found.add(type.cast(figure));
        }
        for (Object child : figure.getChildren()) {
            collect((IFigure) child, type, found);
        }
    }
}
