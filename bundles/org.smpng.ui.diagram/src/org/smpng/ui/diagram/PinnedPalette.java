package org.smpng.ui.diagram;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PaletteSeparator;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;

/**
 * Where an editor's palette sits: open and pinned on the right at first, so a new user sees its tools; the user's
 * changes last as long as the editor. UI thread only.
 */
final class PinnedPalette implements FlyoutPreferences {

    private int dock = PositionConstants.EAST;
    private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
    private int width;

    /** A palette that starts with the selection tool (its default) and the marquee, then a separator. */
    static PaletteRoot withTools() {
        PaletteRoot root = new PaletteRoot();
        PaletteGroup tools = new PaletteGroup("Tools");
        ToolEntry selection = new SelectionToolEntry();
        tools.add(selection);
        tools.add(new MarqueeToolEntry());
        root.add(tools);
        root.setDefaultEntry(selection);
        root.add(new PaletteSeparator());
        return root;
    }

    /** Creates the preferences of a palette first shown {@code width} pixels wide. */
    PinnedPalette(int width) {
        this.width = width;
    }

    @Override
    public int getDockLocation() {
        return dock;
    }

    @Override
    public int getPaletteState() {
        return state;
    }

    @Override
    public int getPaletteWidth() {
        return width;
    }

    @Override
    public void setDockLocation(int location) {
        dock = location;
    }

    @Override
    public void setPaletteState(int newState) {
        state = newState;
    }

    @Override
    public void setPaletteWidth(int newWidth) {
        width = newWidth;
    }
}
