package org.smpng.ui.diagram.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * A live decoration of one lock box: a halo around the box whose redness is the lock's contention heat (0 to 1),
 * and a tag under the box saying who holds it, how many wait and what priority is lent. It lies in an overlay
 * layer above the diagram and lets clicks through to the box below. It knows nothing of locks: the caller gives the
 * box, the heat and the text. UI thread only.
 */
public final class LiveLockBadgeFigure extends Figure {

    private static final int HALO = 5, TAG_GAP = 2;
    private static final Color HOT = new Color(0xd7, 0x26, 0x1e);
    private static final Color TAG = new Color(0xff, 0xfb, 0xe6);
    private static final Color TAG_CONTENDED = new Color(0xff, 0xe0, 0xd8);
    private static final Color TAG_LINE = new Color(0x80, 0x60, 0x30);
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);

    private Rectangle box = new Rectangle();
    private double heat;
    private String text = "";
    private boolean contended;

    /** Places the decoration around {@code lockBox} (diagram coordinates) with {@code heat} and {@code tagText}. */
    public void show(Rectangle lockBox, double newHeat, String tagText, boolean waiters) {
        box = lockBox.getCopy();
        heat = Math.max(0, Math.min(1, newHeat));
        text = tagText == null ? "" : tagText;
        contended = waiters;
        int textWidth = text.isEmpty() ? 0 : FigureUtilities.getTextWidth(text, getFont()) + 8;
        int textHeight = FigureUtilities.getFontMetrics(getFont()).getHeight() + 2;
        int width = Math.max(box.width + 2 * HALO, textWidth);
        int x = Math.min(box.x - HALO, box.x + box.width / 2 - textWidth / 2);
        setBounds(new Rectangle(x, box.y - HALO, width, box.height + 2 * HALO + TAG_GAP + textHeight));
        repaint();
    }

    public String getText() {
        return text;
    }

    public double getHeat() {
        return heat;
    }

    /** Clicks go to the lock box below. */
    @Override
    public boolean containsPoint(int x, int y) {
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        g.setAntialias(SWT.ON);
        if (heat > 0.02) {
            g.setAlpha((int) Math.round(70 + 185 * heat));
            g.setForegroundColor(HOT);
            g.setLineWidth(2 + (int) Math.round(3 * heat));
            g.drawRoundRectangle(box.getCopy().expand(HALO - 2, HALO - 2), 16, 16);
            g.setAlpha(255);
            g.setLineWidth(1);
        }
        if (!text.isEmpty()) {
            int textWidth = FigureUtilities.getTextWidth(text, getFont()) + 8;
            int textHeight = FigureUtilities.getFontMetrics(getFont()).getHeight() + 2;
            Rectangle tag = new Rectangle(box.x + box.width / 2 - textWidth / 2, box.bottom() + HALO + TAG_GAP - 4,
                    textWidth, textHeight);
            g.setBackgroundColor(contended ? TAG_CONTENDED : TAG);
            g.fillRoundRectangle(tag, 6, 6);
            g.setForegroundColor(TAG_LINE);
            g.drawRoundRectangle(tag.getCopy().resize(-1, -1), 6, 6);
            g.setForegroundColor(TEXT);
            g.drawText(text, new Point(tag.x + 4, tag.y + 1));
        }
    }
}
