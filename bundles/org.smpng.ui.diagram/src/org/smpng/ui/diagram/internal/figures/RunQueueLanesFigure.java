package org.smpng.ui.diagram.internal.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * Lanes of run queues, one row each: a header coloured by what the lane's CPU is doing, the thread it runs, and the
 * queued threads grouped by run-queue index. Left of the headers, a gutter shows the latest migrations as arrows
 * from lane to lane (blue: the scheduler moved the thread; red: an idle CPU stole it), fading as they age, and the
 * moved thread's chip is ringed in the arrow's colour. The figure is one painted surface rather than a figure per thread, so
 * that 64 lanes repaint within a frame; {@link #keyAt(Point)} maps a point back to the key of the chip or header
 * there. It knows nothing of engines or models: the caller gives it {@link Lane}s of texts and keys. UI thread only.
 */
public final class RunQueueLanesFigure extends Figure {

    /** A thread as a chip: the key selected by a click, its text, and whether it runs on a lent priority. */
    public record Chip(Object key, String text, boolean lent) {
    }

    /** The threads of one run-queue index, e.g. "rq 32". */
    public record Group(String label, List<Chip> chips) {
    }

    /**
     * One lane: its key (selected by a click on its header), title, state (one of {@link #STATES}, or "queue" for a
     * run queue that belongs to no CPU), the running thread (null: none) and the queued threads by index.
     */
    public record Lane(Object key, String title, String state, Chip running, List<Group> groups) {
    }

    /**
     * A thread that moved between two lanes: the lanes' keys, the thread's chip key, whether it was stolen, and how
     * faded the arrow is (0: new, 1: gone).
     */
    public record Move(Object fromKey, Object toKey, Object threadKey, boolean steal, double fade) {
    }

    /** The CPU states, in legend order. */
    public static final List<String> STATES = List.of("user", "kernel", "spin", "interrupt", "idle");

    /** From this many lanes on, rows are compact: lower, and threads without their process name. */
    public static final int COMPACT_FROM = 17;

    private static final int PAD = 6, HEADER_WIDTH = 118, COMPACT_HEADER_WIDTH = 84, GAP = 4, GUTTER = 36;
    private static final Map<String, Color> STATE_COLORS = Map.of("user", new Color(0x8f, 0xd1, 0x7f), "kernel",
            new Color(0x7f, 0xaa, 0xe0), "spin", new Color(0xf0, 0x8a, 0x4b), "interrupt", new Color(0xb4, 0x8e, 0xdb),
            "idle", new Color(0xe4, 0xe4, 0xe4), "queue", new Color(0xd8, 0xd0, 0xb8));
    private static final Color CHIP = new Color(0xff, 0xff, 0xff);
    private static final Color CHIP_LENT = new Color(0xff, 0xd9, 0x66);
    private static final Color OUTLINE = new Color(0x70, 0x70, 0x70);
    private static final Color SELECTED = new Color(0x1a, 0x5f, 0xb4);
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);
    private static final Color MIGRATED = new Color(0x1a, 0x5f, 0xb4);
    private static final Color STOLEN = new Color(0xc0, 0x1c, 0x28);

    private List<Lane> lanes = List.of();
    private List<Move> moves = List.of();
    private Set<Object> selected = Set.of();
    private final List<Rectangle> hitBoxes = new ArrayList<>();
    private final List<Object> hitKeys = new ArrayList<>();
    private final Map<String, Integer> widths = new HashMap<>();
    private Font widthsFont;
    private Dimension size = new Dimension(200, 40);

    /** {@return the colour of a lane header in {@code state}, one of {@link #STATES} or "queue"} */
    static Color stateColor(String state) {
        return STATE_COLORS.get(state);
    }

    /** Shows {@code newLanes}; lays out and repaints. */
    public void setLanes(List<Lane> newLanes) {
        lanes = List.copyOf(newLanes);
        layoutLanes();
        repaint();
    }

    public List<Lane> getLanes() {
        return lanes;
    }

    /** Shows {@code newMoves} (oldest first) as arrows in the gutter; repaints. */
    public void setMoves(List<Move> newMoves) {
        moves = List.copyOf(newMoves);
        repaint();
    }

    public List<Move> getMoves() {
        return moves;
    }

    /** Outlines the chips and headers whose keys are in {@code keys}. */
    public void setSelectedKeys(Set<Object> keys) {
        selected = Set.copyOf(keys);
        repaint();
    }

    public Set<Object> getSelectedKeys() {
        return selected;
    }

    /** Whether the rows are compact (many lanes). */
    public boolean isCompact() {
        return lanes.size() >= COMPACT_FROM;
    }

    /** The height of one row. */
    public int rowHeight() {
        int text = FigureUtilities.getFontMetrics(getFont()).getHeight();
        return isCompact() ? text + 4 : text + 12;
    }

    /** The key of the chip or lane header at {@code p} (figure coordinates), or null. */
    public Object keyAt(Point p) {
        Point local = p.getTranslated(-getBounds().x, -getBounds().y);
        for (int i = hitBoxes.size() - 1; i >= 0; i--) {
            if (hitBoxes.get(i).contains(local)) {
                return hitKeys.get(i);
            }
        }
        return null;
    }

    /** Where the chip or header of {@code key} is, relative to the figure, or null. */
    public Rectangle boundsOf(Object key) {
        int i = hitKeys.indexOf(key);
        return i < 0 ? null : hitBoxes.get(i).getCopy();
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        return size.getCopy();
    }

    private int textWidth(String text) {
        Font font = getFont();
        if (font != widthsFont) {
            widths.clear();
            widthsFont = font;
        }
        Integer w = widths.get(text);
        if (w == null) {
            if (widths.size() > 4096) {
                widths.clear();
            }
            w = FigureUtilities.getTextWidth(text, font);
            widths.put(text, w);
        }
        return w;
    }

    /** Computes the chips' places (relative to the figure) and the preferred size. */
    private void layoutLanes() {
        hitBoxes.clear();
        hitKeys.clear();
        if (getFont() == null) {
            return;
        }
        boolean compact = isCompact();
        int row = rowHeight();
        int header = compact ? COMPACT_HEADER_WIDTH : HEADER_WIDTH;
        for (Lane lane : lanes) {
            header = Math.max(header, textWidth(lane.title()) + 10);
        }
        int y = PAD + row; // the legend row
        int maxX = legendWidth();
        for (Lane lane : lanes) {
            hitBoxes.add(new Rectangle(PAD + GUTTER, y + 1, header, row - 2));
            hitKeys.add(lane.key());
            int x = PAD + GUTTER + header + GAP;
            if (lane.running() != null) {
                int w = textWidth(lane.running().text()) + 10;
                hitBoxes.add(new Rectangle(x, y + 1, w, row - 2));
                hitKeys.add(lane.running().key());
                x += w + GAP * 3;
            } else {
                x += textWidth("idle") + GAP * 3;
            }
            for (Group g : lane.groups()) {
                x += textWidth(g.label()) + GAP;
                for (Chip c : g.chips()) {
                    int w = textWidth(c.text()) + 10;
                    hitBoxes.add(new Rectangle(x, y + 1, w, row - 2));
                    hitKeys.add(c.key());
                    x += w + 2;
                }
                x += GAP * 2;
            }
            maxX = Math.max(maxX, x);
            y += row;
        }
        size = new Dimension(maxX + PAD, y + PAD);
        revalidate();
    }

    private int legendWidth() {
        int x = PAD;
        for (String s : STATES) {
            x += 14 + textWidth(s) + 10;
        }
        x += 14 + textWidth("lent priority") + 10;
        return x + 2 * (22 + textWidth("migrated") + 10) + PAD;
    }

    @Override
    public void setFont(Font f) {
        super.setFont(f);
        layoutLanes();
    }

    @Override
    protected void paintFigure(Graphics g) {
        super.paintFigure(g);
        if (hitBoxes.isEmpty() && !lanes.isEmpty()) {
            layoutLanes();
        }
        Rectangle b = getBounds();
        g.pushState();
        g.translate(b.x, b.y);
        g.setAntialias(SWT.ON);
        int row = rowHeight();
        int textDy = (row - FigureUtilities.getFontMetrics(getFont()).getHeight()) / 2;
        // Legend: what the header colours and the yellow chips mean.
        int x = PAD;
        for (String s : STATES) {
            g.setBackgroundColor(STATE_COLORS.get(s));
            g.fillRectangle(x, PAD + textDy + 2, 10, row - 2 * textDy - 6);
            g.setForegroundColor(MUTED);
            g.drawText(s, x + 14, PAD + textDy);
            x += 14 + textWidth(s) + 10;
        }
        g.setBackgroundColor(CHIP_LENT);
        g.fillRectangle(x, PAD + textDy + 2, 10, row - 2 * textDy - 6);
        g.drawText("lent priority", x + 14, PAD + textDy);
        x += 14 + textWidth("lent priority") + 10;
        for (boolean steal : new boolean[] {false, true}) {
            int mid = PAD + row / 2;
            g.setForegroundColor(steal ? STOLEN : MIGRATED);
            g.setLineWidth(2);
            g.drawLine(x, mid, x + 16, mid);
            arrowHead(g, x + 16, mid, 1);
            g.setLineWidth(1);
            g.setForegroundColor(MUTED);
            String label = steal ? "stolen" : "migrated";
            g.drawText(label, x + 22, PAD + textDy);
            x += 22 + textWidth(label) + 10;
        }

        int box = 0;
        int y = PAD + row;
        Rectangle clip = new Rectangle();
        g.getClip(clip);
        for (Lane lane : lanes) {
            boolean visible = y + row >= clip.y && y <= clip.bottom();
            // Header.
            Rectangle h = hitBoxes.get(box++);
            if (visible) {
                g.setBackgroundColor(STATE_COLORS.getOrDefault(lane.state(), STATE_COLORS.get("idle")));
                g.fillRoundRectangle(h, 6, 6);
                outline(g, h, lane.key());
                g.setForegroundColor(TEXT);
                g.drawText(lane.title(), h.x + 4, y + textDy);
            }
            int cx = h.right() + GAP;
            if (lane.running() != null) {
                Rectangle r = hitBoxes.get(box++);
                if (visible) {
                    chip(g, r, lane.running(), y + textDy);
                }
            } else if (visible) {
                // A CPU without a thread runs its idle thread; a run queue of no CPU shows whether it is empty.
                g.setForegroundColor(MUTED);
                g.drawText("queue".equals(lane.state()) ? (lane.groups().isEmpty() ? "empty" : "") : "idle", cx,
                        y + textDy);
            }
            for (Group grp : lane.groups()) {
                Rectangle first = grp.chips().isEmpty() ? null : hitBoxes.get(box);
                if (visible && first != null) {
                    g.setForegroundColor(MUTED);
                    g.drawText(grp.label(), first.x - textWidth(grp.label()) - GAP, y + textDy);
                }
                for (Chip c : grp.chips()) {
                    Rectangle r = hitBoxes.get(box++);
                    if (visible) {
                        chip(g, r, c, y + textDy);
                    }
                }
            }
            y += row;
        }
        paintMoves(g, row);
        g.popState();
    }

    /**
     * The moves as brackets in the gutter, from the source lane's header to the destination's, each indented by its
     * place in the list so that simultaneous moves stay apart; the newest is drawn last, on top.
     */
    private void paintMoves(Graphics g, int row) {
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            Rectangle from = boundsOf(m.fromKey()), to = boundsOf(m.toKey());
            if (from == null || to == null || m.fade() >= 1) {
                continue;
            }
            int alpha = (int) Math.round(255 * (1 - Math.max(0, m.fade())));
            g.setAlpha(Math.max(40, alpha));
            g.setForegroundColor(m.steal() ? STOLEN : MIGRATED);
            boolean newest = i == moves.size() - 1;
            g.setLineWidth(newest ? 3 : 1);
            int right = from.x - 2;
            int left = PAD + 2 + (moves.size() - 1 - i) % 5 * 6;
            int y1 = from.y + from.height / 2 - 2, y2 = to.y + to.height / 2 + 2;
            g.drawPolyline(new int[] {right, y1, left, y1, left, y2, right - 5, y2});
            arrowHead(g, right, y2, 1);
            Rectangle chip = boundsOf(m.threadKey());
            if (chip != null && m.fade() < 0.5) {
                g.drawRoundRectangle(chip.getCopy().expand(2, 2), 10, 10);
            }
            g.setLineWidth(1);
        }
        g.setAlpha(255);
    }

    /** A filled arrow head whose tip is at (x, y), pointing right ({@code dir} 1) or left (-1). */
    private static void arrowHead(Graphics g, int x, int y, int dir) {
        Color c = g.getForegroundColor();
        g.setBackgroundColor(c);
        g.fillPolygon(new int[] {x, y, x - 6 * dir, y - 4, x - 6 * dir, y + 4});
    }

    private void chip(Graphics g, Rectangle r, Chip c, int textY) {
        g.setBackgroundColor(c.lent() ? CHIP_LENT : CHIP);
        g.fillRoundRectangle(r, 8, 8);
        outline(g, r, c.key());
        g.setForegroundColor(TEXT);
        g.drawText(c.text(), r.x + 5, textY);
    }

    private void outline(Graphics g, Rectangle r, Object key) {
        boolean sel = selected.contains(key);
        g.setForegroundColor(sel ? SELECTED : OUTLINE);
        g.setLineWidth(sel ? 3 : 1);
        g.drawRoundRectangle(r.getCopy().resize(-1, -1), 8, 8);
        g.setLineWidth(1);
    }
}
