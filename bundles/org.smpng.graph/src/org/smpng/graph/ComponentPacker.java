package org.smpng.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Packs the bounding boxes of separately laid-out components into one drawing of a wanted aspect ratio.
 *
 * <p>Overview. Boxes are placed tallest first (ties in input order) by a bottom-left skyline: each box goes to the
 * lowest position, then the leftmost, where it fits under a maximum row width. The packer tries every row width
 * that could matter (the widest box, and each prefix sum of box widths in placement order, which is where a row
 * would break) and keeps the packing whose bounding box, grown to the target aspect ratio, has the least area: the
 * picture that best fills a window of that shape. Ties keep the narrower width, so results are deterministic. With
 * a few dozen components this costs microseconds. ELK's own component packing fills plain rows and leaves a long
 * wrapped chain of spin locks on a row of its own under much empty space, which is why the layout packs itself.
 */
final class ComponentPacker {

    /** A box to place: width and height, both at least 0. */
    record Size(double width, double height) {
    }

    /** The result: the top-left corner of each box in input order, and the extent of the whole packing. */
    record Packing(List<GraphPoint> offsets, double width, double height) {
    }

    private ComponentPacker() {
    }

    /**
     * Packs boxes.
     *
     * @param boxes       the boxes
     * @param spacing     the minimum gap between two boxes
     * @param aspectRatio the wanted width-to-height ratio
     * @return offsets in the order of {@code boxes}; an empty list packs to a 0 x 0 extent
     */
    static Packing pack(List<Size> boxes, double spacing, double aspectRatio) {
        if (boxes.isEmpty()) {
            return new Packing(List.of(), 0, 0);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -boxes.get(i).height()).thenComparingInt(i -> i));

        TreeSet<Double> candidates = new TreeSet<>();
        double widest = boxes.stream().mapToDouble(Size::width).max().orElse(0);
        double prefix = -spacing;
        for (int i : order) {
            prefix += boxes.get(i).width() + spacing;
            candidates.add(Math.max(prefix, widest));
        }

        Packing best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double maxWidth : candidates) {
            Packing p = skyline(boxes, order, spacing, maxWidth);
            double cost = Math.max(p.width(), p.height() * aspectRatio) * Math.max(p.height(), p.width() / aspectRatio);
            if (cost < bestCost - 1e-6) {
                best = p;
                bestCost = cost;
            }
        }
        return best;
    }

    private static Packing skyline(List<Size> boxes, List<Integer> order, double spacing, double maxWidth) {
        // The skyline is a list of segments (x, width, y) covering [0, maxWidth] left to right; a segment's y is
        // where the next box may start below what has been placed there, spacing included.
        List<double[]> skyline = new ArrayList<>();
        skyline.add(new double[] {0, maxWidth + spacing, 0});
        GraphPoint[] offsets = new GraphPoint[boxes.size()];
        double width = 0;
        double height = 0;
        for (int i : order) {
            Size box = boxes.get(i);
            double need = box.width() + spacing;
            double bestX = 0;
            double bestY = Double.POSITIVE_INFINITY;
            for (double[] start : skyline) {
                double x = start[0];
                if (x + need > maxWidth + spacing + 1e-6) {
                    break;
                }
                double y = 0;
                for (double[] seg : skyline) {
                    if (seg[0] < x + need - 1e-9 && seg[0] + seg[1] > x + 1e-9) {
                        y = Math.max(y, seg[2]);
                    }
                }
                if (y < bestY - 1e-9) {
                    bestX = x;
                    bestY = y;
                }
            }
            offsets[i] = new GraphPoint(bestX, bestY);
            width = Math.max(width, bestX + box.width());
            height = Math.max(height, bestY + box.height());
            raise(skyline, bestX, need, bestY + box.height() + spacing);
        }
        return new Packing(List.of(offsets), width, height);
    }

    /** Sets the skyline to {@code y} over {@code [x, x + w)}, splitting and dropping segments as needed. */
    private static void raise(List<double[]> skyline, double x, double w, double y) {
        List<double[]> result = new ArrayList<>(skyline.size() + 2);
        boolean inserted = false;
        for (double[] seg : skyline) {
            double segEnd = seg[0] + seg[1];
            if (segEnd <= x + 1e-9 || seg[0] >= x + w - 1e-9) {
                if (!inserted && seg[0] >= x + w - 1e-9) {
                    result.add(new double[] {x, w, y});
                    inserted = true;
                }
                result.add(seg);
                continue;
            }
            if (seg[0] < x) {
                result.add(new double[] {seg[0], x - seg[0], seg[2]});
            }
            if (!inserted) {
                result.add(new double[] {x, w, y});
                inserted = true;
            }
            if (segEnd > x + w) {
                result.add(new double[] {x + w, segEnd - (x + w), seg[2]});
            }
        }
        if (!inserted) {
            result.add(new double[] {x, w, y});
        }
        skyline.clear();
        skyline.addAll(result);
    }
}
