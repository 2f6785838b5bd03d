package org.smpng.ui.diagram.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.smpng.sim.diag.Timeline;

/**
 * A timeline drawn as schedgraph draws a KTR trace: one lane per CPU with its thread-state segments over virtual
 * time, lock events as small marks above the segments, a time ruler, the selected interval shaded, the run's "now"
 * as a line, and a legend. It shows the interval {@link #setVisibleRange} chooses, fitted to its width; it is one
 * painted surface (not a figure per segment), so that a run of millions of segments draws in a frame.
 *
 * <p>Overview. Drawing a lane costs O(columns + visible segments), never O(segments): when a lane has no more
 * segments in view than pixel columns, each is drawn (with its thread's name where it fits); otherwise each pixel
 * column is drawn from {@link Timeline#columnShares}, as a stacked bar of the states' shares in that column (a
 * column all one colour was all one state; a mixed one shows how mixed). Marks are drawn one per column and kind at
 * most, found by binary search. {@link #shownSegments(int)} gives what a lane shows, so tests and the view's
 * tooltips see exactly what is drawn. The figure knows the {@link Timeline} value (immutable) but nothing of engines,
 * sessions or models. UI thread only.
 */
public final class TimelineFigure extends Figure {

    /** What a lane shows in one place: a segment (index >= 0) or a summarized column (index -1). */
    public record Shown(int x0, int x1, int segment, int thread, int state, String label) {
    }

    /**
     * The state colours, by {@link Timeline} state: the Run Queues view's lane headers' (user, kernel, spin,
     * interrupt, idle), then "running" for traces that do not tell user from kernel.
     */
    private static final Color[] STATE_COLORS = { RunQueueLanesFigure.stateColor("user"),
        RunQueueLanesFigure.stateColor("kernel"), RunQueueLanesFigure.stateColor("spin"),
        RunQueueLanesFigure.stateColor("interrupt"), RunQueueLanesFigure.stateColor("idle"),
        new Color(0x86, 0xbf, 0xb0) };
    /** Mark colours by kind: contended red, acquired green, blocked dark red, woken blue, handoff brown. */
    private static final Color[] MARK_COLORS = { new Color(0xd0, 0x1c, 0x1c), new Color(0x2a, 0x8a, 0x2a),
        new Color(0x80, 0x10, 0x40), new Color(0x1a, 0x5f, 0xb4), new Color(0xa0, 0x60, 0x00) };
    private static final Color TEXT = new Color(0x20, 0x20, 0x20);
    private static final Color MUTED = new Color(0x60, 0x60, 0x60);
    private static final Color GRID = new Color(0xd8, 0xdc, 0xe2);
    private static final Color SELECTED = new Color(0x1a, 0x5f, 0xb4);
    private static final Color SHADE = new Color(0x1a, 0x5f, 0xb4);
    private static final Color NOW = new Color(0x30, 0x30, 0x30);
    private static final Color BACKGROUND = new Color(0xff, 0xff, 0xff);

    /** Lanes from this many CPUs on are compact (lower, no thread names in segments). */
    public static final int COMPACT_FROM = 17;
    /** The width of the lane titles at the left. */
    public static final int HEADER_WIDTH = 112;
    private static final int RULER = 24, MARK_BAND = 7, GAP = 3, PAD = 6, MIN_LANE = 28, MAX_LANE = 72;

    private Timeline timeline;
    private long viewStart;
    private long viewSpan = 1;
    private long selStart = -1, selEnd = -1;
    private Set<Integer> selectedThreads = Set.of();
    private Set<Integer> selectedCpus = Set.of();
    private String emptyText = "";
    private int fillHeight;

    /** Shows {@code tl} (null: nothing, with {@link #setEmptyText}); keeps the visible range. */
    public void setTimeline(Timeline tl) {
        timeline = tl;
        revalidate();
        repaint();
    }

    public Timeline getTimeline() {
        return timeline;
    }

    /** What to say when there is no timeline. */
    public void setEmptyText(String text) {
        emptyText = text;
        repaint();
    }

    /** Shows [start, start + span) of virtual time across the lanes' width. */
    public void setVisibleRange(long start, long span) {
        viewStart = Math.max(0, start);
        viewSpan = Math.max(10, span);
        repaint();
    }

    public long visibleStart() {
        return viewStart;
    }

    public long visibleSpan() {
        return viewSpan;
    }

    /** Shades [start, end) as the selected interval; a negative start clears it. */
    public void setSelectedInterval(long start, long end) {
        selStart = Math.min(start, end);
        selEnd = Math.max(start, end);
        repaint();
    }

    /** Outlines the segments of these thread indices and the titles of these CPU indices. */
    public void setSelected(Set<Integer> threads, Set<Integer> cpus) {
        selectedThreads = Set.copyOf(threads);
        selectedCpus = Set.copyOf(cpus);
        repaint();
    }

    /** The outlined thread indices. */
    public Set<Integer> selectedThreads() {
        return selectedThreads;
    }

    /** The outlined CPU indices. */
    public Set<Integer> selectedCpus() {
        return selectedCpus;
    }

    public boolean isCompact() {
        return timeline != null && timeline.cpuCount() >= COMPACT_FROM;
    }

    /** Lets the lanes grow (up to {@link #MAX_LANE} pixels) to fill {@code height}, the view's height. */
    public void setFillHeight(int height) {
        fillHeight = height;
        revalidate();
        repaint();
    }

    private int laneHeight() {
        if (isCompact()) {
            return 12;
        }
        int cpus = timeline == null ? 1 : timeline.cpuCount();
        int free = (fillHeight - RULER - legendHeight() - PAD) / cpus - MARK_BAND - GAP;
        return Math.max(MIN_LANE, Math.min(MAX_LANE, free));
    }

    private int legendHeight() {
        return 2 * (FigureUtilities.getFontMetrics(getFont()).getHeight() + 4) + PAD;
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        int cpus = timeline == null ? 1 : timeline.cpuCount();
        return new Dimension(Math.max(wHint, 300), RULER + cpus * (laneHeight() + MARK_BAND + GAP) + legendHeight()
                + PAD);
    }

    /** The width of the lanes' time axis, in pixels. */
    public int axisWidth() {
        return Math.max(10, getBounds().width - HEADER_WIDTH - PAD);
    }

    /** The x (figure coordinates) of virtual time t. */
    public int xOf(long t) {
        return getBounds().x + HEADER_WIDTH + (int) Math.round((t - viewStart) * (double) axisWidth() / viewSpan);
    }

    /** The virtual time at x (figure coordinates), clamped to the axis. */
    public long timeAt(int x) {
        int ax = Math.max(0, Math.min(axisWidth(), x - getBounds().x - HEADER_WIDTH));
        return viewStart + Math.round(ax * (double) viewSpan / axisWidth());
    }

    /** The lane (CPU index) at y (figure coordinates), or -1. */
    public int laneAt(int y) {
        if (timeline == null) {
            return -1;
        }
        int dy = y - getBounds().y - RULER;
        int row = laneHeight() + MARK_BAND + GAP;
        int lane = dy < 0 ? -1 : dy / row;
        return lane < timeline.cpuCount() ? lane : -1;
    }

    /** Whether x (figure coordinates) is on the lane titles. */
    public boolean onHeader(int x) {
        return x - getBounds().x < HEADER_WIDTH;
    }

    private int laneTop(int cpu) {
        return getBounds().y + RULER + cpu * (laneHeight() + MARK_BAND + GAP) + MARK_BAND;
    }

    /**
     * What lane {@code cpu} shows now: its segments in view (x in figure coordinates, label the thread's name if
     * drawn), or, when more segments are in view than columns, one summarized column per pixel (state the dominant
     * one, thread -1).
     */
    public List<Shown> shownSegments(int cpu) {
        List<Shown> out = new ArrayList<>();
        if (timeline == null) {
            return out;
        }
        Timeline.Lane lane = timeline.lane(cpu);
        long end = Math.min(viewStart + viewSpan, timeline.endNs());
        if (end <= viewStart || lane.size() == 0) {
            return out;
        }
        int i0 = Math.max(0, lane.indexAt(viewStart)), i1 = lane.indexAt(end);
        int width = axisWidth();
        if (i1 - i0 <= width) {
            for (int i = i0; i <= i1 && i < lane.size(); i++) {
                long s = Math.max(viewStart, lane.start(i)), e = Math.min(end, lane.end(i));
                if (e <= s) {
                    continue;
                }
                int x0 = xOf(s), x1 = Math.max(x0 + 1, xOf(e));
                int td = lane.thread(i);
                String label = "";
                if (!isCompact() && td >= 0 && lane.state(i) != Timeline.IDLE) {
                    String name = shortName(timeline.names().thread(td));
                    if (x1 - x0 > textWidth(name) + 6) {
                        label = name;
                    }
                }
                out.add(new Shown(x0, x1, i, td, lane.state(i), label));
            }
            return out;
        }
        float[] shares = summaryShares(cpu);
        int columns = shares.length / Timeline.STATES;
        int x = xOf(viewStart);
        for (int c = 0; c < columns; c++) {
            int dominant = Timeline.dominant(shares, c);
            if (dominant >= 0) {
                out.add(new Shown(x + c, x + c + 1, -1, -1, dominant, ""));
            }
        }
        return out;
    }

    /** Whether lane {@code cpu} has more segments in view than pixel columns, so is drawn summarized. */
    public boolean summarized(int cpu) {
        Timeline.Lane lane = timeline.lane(cpu);
        long end = Math.min(viewStart + viewSpan, timeline.endNs());
        return end > viewStart && lane.indexAt(end) - Math.max(0, lane.indexAt(viewStart)) > axisWidth();
    }

    /** The column shares of lane {@code cpu} in view, one column per pixel up to the timeline's end. */
    private float[] summaryShares(int cpu) {
        long end = Math.min(viewStart + viewSpan, timeline.endNs());
        int columns = Math.max(1, xOf(end) - xOf(viewStart));
        return timeline.columnShares(cpu, viewStart, viewSpan / (double) axisWidth(), columns);
    }

    /** A thread's name without its process ({@code syscall-mix/reader#3} is {@code reader#3}). */
    public static String shortName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private int textWidth(String s) {
        return FigureUtilities.getTextWidth(s, getFont());
    }

    /** The index of the mark nearest to (x, y) within 4 pixels, on the lane at y, or -1. */
    public int markAt(int cpu, int x) {
        if (timeline == null || cpu < 0) {
            return -1;
        }
        Timeline.Marks m = timeline.marks(cpu);
        int k = m.firstAtOrAfter(timeAt(x - 4));
        return k < m.size() && xOf(m.time(k)) <= x + 4 ? k : -1;
    }

    /** Whether y is on the mark band of lane {@code cpu}. */
    public boolean onMarkBand(int cpu, int y) {
        int top = laneTop(cpu);
        return y >= top - MARK_BAND && y < top + 2;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Painting

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle b = getBounds();
        g.setBackgroundColor(BACKGROUND);
        g.fillRectangle(b);
        g.setFont(getFont());
        if (timeline == null) {
            g.setForegroundColor(MUTED);
            g.drawText(emptyText, b.x + PAD, b.y + PAD);
            return;
        }
        int lh = laneHeight();
        int axisLeft = b.x + HEADER_WIDTH, axisRight = axisLeft + axisWidth();
        paintRuler(g, b, axisLeft, axisRight);
        int fontH = FigureUtilities.getFontMetrics(getFont()).getHeight();
        Rectangle clip = new Rectangle();
        g.getClip(clip);
        for (int c = 0; c < timeline.cpuCount(); c++) {
            int top = laneTop(c);
            if (top + lh < clip.y || top - MARK_BAND > clip.bottom()) {
                continue;
            }
            // Title: the CPU and how busy it was in view.
            long[] ns = timeline.stateTime(c, viewStart, Math.min(timeline.endNs(), viewStart + viewSpan));
            long all = 0;
            for (long v : ns) {
                all += v;
            }
            String title = timeline.names().cpus().get(c) + (all > 0 ? String.format(Locale.ROOT,
                    isCompact() ? " %2.0f%%" : "  %2.0f%% busy", 100.0 * (all - ns[Timeline.IDLE]) / all) : "");
            g.setForegroundColor(selectedCpus.contains(c) ? SELECTED : TEXT);
            g.drawText(title, b.x + PAD, top + (lh - fontH) / 2);
            if (selectedCpus.contains(c)) {
                g.setLineWidth(2);
                g.drawRectangle(b.x + 2, top - 1, HEADER_WIDTH - 6, lh + 1);
                g.setLineWidth(1);
            }
            g.setBackgroundColor(STATE_COLORS[Timeline.IDLE]);
            g.fillRectangle(axisLeft, top, Math.max(0, Math.min(axisRight, xOf(timeline.endNs())) - axisLeft), lh);
            g.pushState();
            g.clipRect(new Rectangle(axisLeft, top - MARK_BAND, axisRight - axisLeft + 1, lh + MARK_BAND));
            paintLane(g, c, top, lh, fontH);
            paintMarks(g, c, top);
            g.popState();
        }
        int lanesBottom = laneTop(timeline.cpuCount() - 1) + lh;
        // The selected interval, shaded across the lanes.
        if (selStart >= 0 && selEnd > selStart) {
            int x0 = Math.max(axisLeft, xOf(selStart)), x1 = Math.min(axisRight, Math.max(xOf(selEnd), x0 + 1));
            if (x1 > x0 || xOf(selStart) == x0) {
                g.setAlpha(48);
                g.setBackgroundColor(SHADE);
                g.fillRectangle(x0, b.y + RULER, x1 - x0, lanesBottom - b.y - RULER);
                g.setAlpha(255);
                g.setForegroundColor(SHADE);
                g.drawLine(x0, b.y + RULER, x0, lanesBottom);
                g.drawLine(x1, b.y + RULER, x1, lanesBottom);
            }
        }
        // Now: the end of what was recorded.
        int xn = xOf(timeline.endNs());
        if (xn >= axisLeft && xn <= axisRight) {
            g.setForegroundColor(NOW);
            g.setLineWidth(2);
            g.drawLine(xn, b.y + RULER - 4, xn, lanesBottom);
            g.setLineWidth(1);
        }
        paintLegend(g, b.x + PAD, lanesBottom + PAD, fontH);
    }

    private void paintLane(Graphics g, int cpu, int top, int lh, int fontH) {
        if (summarized(cpu)) {
            int x0 = xOf(viewStart);
            // Drawn from the shares, not from shown (which keeps only each column's dominant state).
            float[] shares = summaryShares(cpu);
            for (int c = 0; c < shares.length / Timeline.STATES; c++) {
                int y = top + lh;
                for (int s : new int[] {Timeline.USER, Timeline.KERNEL, Timeline.RUNNING, Timeline.INTR,
                    Timeline.SPIN}) {
                    int h = Math.round(shares[c * Timeline.STATES + s] * lh);
                    if (h > 0) {
                        g.setBackgroundColor(STATE_COLORS[s]);
                        g.fillRectangle(x0 + c, y - h, 1, h);
                        y -= h;
                    }
                }
            }
            return;
        }
        for (Shown s : shownSegments(cpu)) {
            if (s.state() == Timeline.IDLE) {
                continue;
            }
            g.setBackgroundColor(STATE_COLORS[s.state()]);
            g.fillRectangle(s.x0(), top, s.x1() - s.x0(), lh);
            if (s.x1() - s.x0() >= 4) {
                g.setForegroundColor(BACKGROUND);
                g.drawLine(s.x0(), top, s.x0(), top + lh - 1);
            }
            if (selectedThreads.contains(s.thread())) {
                g.setForegroundColor(SELECTED);
                g.setLineWidth(2);
                g.drawRectangle(s.x0() + 1, top + 1, Math.max(1, s.x1() - s.x0() - 2), lh - 2);
                g.setLineWidth(1);
            }
            if (!s.label().isEmpty()) {
                g.setForegroundColor(TEXT);
                g.drawText(s.label(), s.x0() + 3, top + (lh - fontH) / 2);
            }
        }
    }

    /** Draws the first mark of each pixel column; the others in the column are skipped by search, not by scan. */
    private void paintMarks(Graphics g, int cpu, int top) {
        Timeline.Marks m = timeline.marks(cpu);
        long end = viewStart + viewSpan;
        int k = m.firstAtOrAfter(viewStart);
        while (k < m.size() && m.time(k) < end) {
            int x = xOf(m.time(k));
            int kind = m.kind(k);
            g.setBackgroundColor(MARK_COLORS[kind]);
            g.fillPolygon(new int[] {x - 3, top - MARK_BAND + 1, x + 3, top - MARK_BAND + 1, x, top});
            k = m.firstAtOrAfter(Math.max(timeAt(x + 1), m.time(k) + 1));
        }
    }

    private void paintRuler(Graphics g, Rectangle b, int axisLeft, int axisRight) {
        g.setForegroundColor(MUTED);
        long step = tickStep(viewSpan, axisWidth());
        long first = (viewStart + step - 1) / step * step;
        int bottom = laneTop(timeline.cpuCount() - 1) + laneHeight();
        for (long t = first; t <= viewStart + viewSpan; t += step) {
            int x = xOf(t);
            if (x > axisRight) {
                break;
            }
            g.setForegroundColor(GRID);
            g.drawLine(x, b.y + RULER - 4, x, bottom);
            g.setForegroundColor(MUTED);
            String label = formatTime(t, step);
            g.drawText(label, x - textWidth(label) / 2, b.y + 3);
        }
        g.setForegroundColor(GRID);
        g.drawLine(axisLeft, b.y + RULER - 4, axisRight, b.y + RULER - 4);
    }

    /** A tick step of 1, 2 or 5 times a power of ten nanoseconds, at least 90 pixels apart. */
    public static long tickStep(long span, int width) {
        double minStep = span * 90.0 / Math.max(1, width);
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= minStep) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    /**
     * A time in the unit its size calls for (ns, µs, ms, s: 127.5 ms, not 127500 µs), with the decimals a ruler of
     * {@code step} needs to tell its ticks apart.
     */
    public static String formatTime(long t, long step) {
        long size = Math.max(Math.abs(t), step * 10); // a ruler's ticks share one unit from zero on
        String unit;
        double div;
        if (size < 1_000) {
            unit = "ns";
            div = 1;
        } else if (size < 1_000_000) {
            unit = "µs";
            div = 1e3;
        } else if (size < 1_000_000_000) {
            unit = "ms";
            div = 1e6;
        } else {
            unit = "s";
            div = 1e9;
        }
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step / div) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f %s", t / div, unit);
    }

    private void paintLegend(Graphics g, int x0, int y, int fontH) {
        int x = x0;
        g.setForegroundColor(TEXT);
        g.drawText("CPU state:", x, y);
        x += textWidth("CPU state:") + 8;
        int[] states = timeline.splitsUserKernel()
                ? new int[] {Timeline.USER, Timeline.KERNEL, Timeline.SPIN, Timeline.INTR, Timeline.IDLE}
                : new int[] {Timeline.RUNNING, Timeline.SPIN, Timeline.IDLE};
        for (int s : states) {
            g.setBackgroundColor(STATE_COLORS[s]);
            g.fillRectangle(x, y + 2, 12, fontH - 4);
            g.setForegroundColor(MUTED);
            String name = Timeline.STATE_NAMES.get(s) + (s == Timeline.SPIN ? " (on a lock)" : "");
            g.drawText(name, x + 16, y);
            x += 16 + textWidth(name) + 12;
        }
        g.setForegroundColor(MUTED);
        String mixed = "zoomed out: bar height = share of the pixel's time";
        g.drawText(mixed, x + 8, y);
        x = x0;
        y += fontH + 4;
        g.setForegroundColor(TEXT);
        g.drawText("Lock events:", x, y);
        x += textWidth("Lock events:") + 8;
        for (int k = 0; k < Timeline.MARK_KINDS; k++) {
            g.setBackgroundColor(MARK_COLORS[k]);
            g.fillPolygon(new int[] {x, y + 3, x + 8, y + 3, x + 4, y + fontH - 3});
            g.setForegroundColor(MUTED);
            g.drawText(Timeline.MARK_NAMES.get(k), x + 12, y);
            x += 12 + textWidth(Timeline.MARK_NAMES.get(k)) + 12;
        }
    }

    @Override
    public void setFont(Font f) {
        super.setFont(f);
        revalidate();
    }

    /** Maps a point to what is under it, for the caller's tooltip: a mark's text, a segment's, or null. */
    public String describe(Point p) {
        if (timeline == null) {
            return null;
        }
        int cpu = laneAt(p.y);
        if (cpu < 0 || onHeader(p.x)) {
            return null;
        }
        if (onMarkBand(cpu, p.y)) {
            int k = markAt(cpu, p.x);
            if (k >= 0) {
                Timeline.Marks m = timeline.marks(cpu);
                return Timeline.MARK_NAMES.get(m.kind(k)) + ": " + m.describe(k, timeline.names());
            }
        }
        Timeline.Lane lane = timeline.lane(cpu);
        long t = timeAt(p.x);
        int i = lane.indexAt(t);
        if (i < 0 || t > timeline.endNs()) {
            return null;
        }
        int st = lane.state(i);
        String what = Timeline.STATE_NAMES.get(st);
        if (st == Timeline.SPIN && lane.detail(i) >= 0) {
            what = "spinning on " + timeline.names().lock(lane.detail(i));
        } else if (st == Timeline.INTR && lane.detail(i) >= 0) {
            what = "interrupt handler of " + timeline.names().interrupt(lane.detail(i));
        }
        long per = viewSpan / Math.max(1, axisWidth());
        if (summarized(cpu)) {
            long[] ns = timeline.stateTime(cpu, t, t + Math.max(1, per));
            StringBuilder sb = new StringBuilder(timeline.names().cpus().get(cpu) + " around "
                    + formatTime(t, Math.max(1, per)) + ":");
            for (int s = 0; s < Timeline.STATES; s++) {
                if (ns[s] > 0) {
                    sb.append(String.format(Locale.ROOT, " %s %.0f%%", Timeline.STATE_NAMES.get(s),
                            100.0 * ns[s] / Math.max(1, per)));
                }
            }
            return sb.toString();
        }
        return String.format(Locale.ROOT, "%s: %s, %s from %.3f to %.3f ms (%.1f µs)",
                timeline.names().cpus().get(cpu), timeline.names().thread(lane.thread(i)), what,
                lane.start(i) / 1e6, lane.end(i) / 1e6, (lane.end(i) - lane.start(i)) / 1e3);
    }
}
