package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * Compatibility shim: the drag-cursor table the 3.x workbench had, which GEF 3.2's flyout palette uses while the
 * user drags the palette to the other side of an editor.
 * <p>
 * GEF compiled the constants below into its own classes, so only {@link #getCursor(int)} is linked at run time.
 * The cursors are SWT system cursors, owned by the display; callers must not dispose them.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    /**
     * Returns the system cursor that best shows the given drop position. UI thread only.
     *
     * @param which one of the constants of this class
     * @return a shared cursor owned by the current display
     */
    public static Cursor getCursor(int which) {
        int style = switch (which) {
            case LEFT, RIGHT -> SWT.CURSOR_SIZEWE;
            case TOP, BOTTOM -> SWT.CURSOR_SIZENS;
            case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
            case OFFSCREEN -> SWT.CURSOR_HAND;
            default -> SWT.CURSOR_NO;
        };
        return Display.getCurrent().getSystemCursor(style);
    }
}
