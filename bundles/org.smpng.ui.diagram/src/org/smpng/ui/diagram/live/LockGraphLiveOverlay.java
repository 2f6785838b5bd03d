package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.LayeredPane;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.graphics.Font;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.ui.diagram.internal.figures.LiveLockBadgeFigure;

/**
 * The lock graph's live layer: for each lock type whose instances are held or waited for in the latest snapshot, or
 * were contended since the previous frame, who holds it (thread and CPU), how many wait (blocked or spinning), the
 * priority lent through it, how often acquisitions found it held (per second of virtual time, averaged over the last frames), and a halo whose redness
 * is the type's contention heat. Lock instances map to lock types by name (instance names are the type's
 * name, or {@code type#k}). Heat is an exponential average of the waiters and contentions seen per frame, so a lock that was
 * contended a moment ago still glows and cools off over about a second. The overlay is a layer of its own above the
 * diagram's layers; the diagram's edit parts and the EMF model are untouched. UI thread only.
 */
public final class LockGraphLiveOverlay {

    /** The key of the overlay layer in the viewer's scalable layers. */
    public static final String LAYER = "SMPng live overlay";

    /** How much of the heat a frame keeps: about a second to cool off at 30 frames per second. */
    private static final double KEEP = 0.9;

    /** What a lock type shows in a frame. */
    public record Overlay(String text, double heat, int owners, int waiting, int lentPriority) {
    }

    private final GraphicalViewer viewer;
    private final FreeformLayer layer = new FreeformLayer();
    private final Map<String, LiveLockBadgeFigure> badges = new HashMap<>();
    private final Map<String, Double> heat = new HashMap<>();
    private final Map<String, Double> rate = new HashMap<>();
    private long lastTimeNs = -1;
    private Map<String, Overlay> shown = Map.of();

    /** Adds the overlay layer to {@code viewer}, whose root must be a scalable freeform root. */
    public LockGraphLiveOverlay(GraphicalViewer viewer, Font font) {
        this.viewer = viewer;
        layer.setFont(font);
        IFigure scalable = LayerManager.Helper.find(viewer.getRootEditPart()).getLayer(LayerConstants.SCALABLE_LAYERS);
        ((LayeredPane) scalable).add(layer, LAYER);
    }

    /** Shows {@code s} over the lock types of the viewer's kernel. */
    public void show(EngineSnapshot s, KernelModel kernel) {
        long interval = lastTimeNs < 0 || s.timeNs() <= lastTimeNs ? 0 : s.timeNs() - lastTimeNs;
        lastTimeNs = s.timeNs();
        Map<String, Overlay> overlays = compute(s, LiveSession.get().activity().contentionsByLockType(), interval,
                heat, rate);
        shown = overlays;
        place(kernel);
    }

    /**
     * Puts the decorations of the last frame on the boxes where they are now, after the diagram changed (a box
     * moved, a filter hid or showed lock types) without a new snapshot, as when the run is paused.
     */
    public void relocate(KernelModel kernel) {
        place(kernel);
    }

    private void place(KernelModel kernel) {
        Map<String, Overlay> overlays = shown;
        Map<String, LockType> types = new HashMap<>();
        if (kernel != null) {
            kernel.getLockTypes().forEach(t -> types.putIfAbsent(t.getName(), t));
        }
        List<String> gone = new ArrayList<>(badges.keySet());
        for (Map.Entry<String, Overlay> e : overlays.entrySet()) {
            LockType type = types.get(e.getKey());
            Object part = type == null ? null : viewer.getEditPartRegistry().get(type);
            if (!(part instanceof GraphicalEditPart graphical)) {
                continue;
            }
            gone.remove(e.getKey());
            Rectangle box = boxOf(graphical);
            if (box == null) {
                continue;
            }
            LiveLockBadgeFigure badge = badges.computeIfAbsent(e.getKey(), k -> {
                LiveLockBadgeFigure f = new LiveLockBadgeFigure();
                layer.add(f);
                return f;
            });
            Overlay o = e.getValue();
            badge.show(box, o.heat(), o.text(), o.waiting() > 0);
        }
        for (String name : gone) {
            layer.remove(badges.remove(name));
        }
    }

    /**
     * Where a lock box is: the place its part asked the layout for, or its bounds.
     */
    private static Rectangle boxOf(GraphicalEditPart part) {
        IFigure figure = part.getFigure();
        // The constraint first: after a move it is already the new place, while the bounds follow only when the
        // figure is validated for painting.
        if (figure.getParent() != null && figure.getParent().getLayoutManager() != null
                && figure.getParent().getLayoutManager().getConstraint(figure) instanceof Rectangle r) {
            return r;
        }
        return figure.getBounds();
    }

    /** Removes every decoration (a new run, or another model). */
    public void clear() {
        layer.removeAll();
        badges.clear();
        heat.clear();
        rate.clear();
        lastTimeNs = -1;
        shown = Map.of();
    }

    /** The overlays of the last frame by lock type name, for tests. */
    public Map<String, Overlay> shown() {
        return shown;
    }

    /** The decorations on screen by lock type name, for tests. */
    public Map<String, LiveLockBadgeFigure> badges() {
        return badges;
    }

    /**
     * What each lock type shows for snapshot {@code s}, updating the per-type {@code heat} averages; a type appears
     * while it is held, waited for, or still warm.
     */
    static Map<String, Overlay> compute(EngineSnapshot s, Map<String, Long> contended, long intervalNs,
            Map<String, Double> heat, Map<String, Double> rate) {
        Map<String, ThreadSnapshot> threads = new HashMap<>();
        s.threads().forEach(t -> threads.put(t.name(), t));
        Map<String, List<LockSnapshot>> byType = new LinkedHashMap<>();
        for (LockSnapshot l : s.locks()) {
            byType.computeIfAbsent(LiveElement.lockTypeOf(l.name()), k -> new ArrayList<>()).add(l);
        }
        Map<String, Overlay> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<LockSnapshot>> e : byType.entrySet()) {
            int owners = 0, waiting = 0, lent = LockSnapshot.NONE;
            String owner = null;
            for (LockSnapshot l : e.getValue()) {
                if (l.owner() != null) {
                    owners++;
                    owner = l.owner();
                }
                owners += l.sharers().size();
                if (owner == null && !l.sharers().isEmpty()) {
                    owner = l.sharers().get(0); // named when it is the only holder (an sx held shared once)
                }
                waiting += l.waiters().size() + l.spinners().size();
                if (l.lentPriority() != LockSnapshot.NONE && (lent == LockSnapshot.NONE || l.lentPriority() < lent)) {
                    lent = l.lentPriority();
                }
            }
            long contentions = contended.getOrDefault(e.getKey(), 0L);
            double h = KEEP * heat.getOrDefault(e.getKey(), 0.0)
                    + (1 - KEEP) * Math.min(1.0, (waiting + contentions) / 2.0);
            if (h < 0.01) {
                heat.remove(e.getKey());
                rate.remove(e.getKey());
                h = 0;
            } else {
                heat.put(e.getKey(), h);
            }
            // Contentions per second of virtual time, averaged like the heat so the tag reads steadily.
            double perSecond = rate.getOrDefault(e.getKey(), 0.0);
            if (intervalNs > 0) {
                perSecond = KEEP * perSecond + (1 - KEEP) * contentions * 1e9 / intervalNs;
                if (h > 0) {
                    rate.put(e.getKey(), perSecond);
                }
            }
            if (owners == 0 && waiting == 0 && h == 0) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            if (owners == 1 && owner != null) {
                ThreadSnapshot t = threads.get(owner);
                text.append(shortName(owner));
                if (t != null) {
                    text.append(t.cpu() >= 0 ? " @CPU" + t.cpu() : " (" + t.state() + ")");
                }
            } else if (owners > 0) {
                text.append(owners).append(" holders");
            }
            if (waiting > 0) {
                text.append(text.isEmpty() ? "" : " \u00b7 ").append(waiting).append(" waiting");
            }
            if (lent != LockSnapshot.NONE) {
                text.append(" \u00b7 lent ").append(lent);
            }
            if (h > 0 && perSecond >= 1) {
                text.append(text.isEmpty() ? "" : " \u00b7 ").append("contended ").append(perSecond >= 1000
                        ? String.format("%.1fk/s", perSecond / 1000) : String.format("%.0f/s", perSecond));
            }
            out.put(e.getKey(), new Overlay(text.toString(), h, owners, waiting, lent));
        }
        return out;
    }

    private static String shortName(String thread) {
        return thread.substring(thread.lastIndexOf('/') + 1);
    }
}
