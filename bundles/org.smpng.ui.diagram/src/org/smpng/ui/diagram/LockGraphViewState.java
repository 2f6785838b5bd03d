package org.smpng.ui.diagram;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.ui.IMemento;
import org.smpng.ui.diagram.internal.parts.LockGraphFilter;

/**
 * What the Lock Graph view keeps across workbench restarts besides the model shown: the boxes the user moved (per
 * model spec), the filter (not its run-dependent set of contended lock types, which a new run finds again) and
 * whether Layout keeps moved boxes. Written to and read from the view's memento; a memento that lacks a part (or an
 * older one) gives that part's default. Immutable.
 *
 * @param positions the moved boxes by model spec, then by lock type name
 * @param filter    the filter, with no contended lock types
 * @param keepMoved whether Layout keeps the moved boxes
 */
public record LockGraphViewState(Map<String, Map<String, Point>> positions, LockGraphFilter filter,
        boolean keepMoved) {

    private static final String POSITIONS = "positions", SPEC = "spec", BOX = "box", NAME = "name", X = "x", Y = "y",
            FILTER = "filter", HIDDEN_CLASS = "hiddenClass", HIDDEN_SUBSYSTEM = "hiddenSubsystem",
            ONLY_CONTENDED = "onlyContended", ONLY_REVERSALS = "onlyReversals", HIDE_OBSERVED = "hideObserved",
            KEEP_MOVED = "keepMoved";

    /** Copies the maps. */
    public LockGraphViewState {
        Map<String, Map<String, Point>> copy = new LinkedHashMap<>();
        positions.forEach((spec, boxes) -> {
            Map<String, Point> b = new LinkedHashMap<>();
            boxes.forEach((name, p) -> b.put(name, p.getCopy()));
            copy.put(spec, b);
        });
        positions = copy;
    }

    /** Writes the state under {@code memento}. */
    public void save(IMemento memento) {
        positions.forEach((spec, boxes) -> {
            if (boxes.isEmpty()) {
                return;
            }
            IMemento child = memento.createChild(POSITIONS);
            child.putString(SPEC, spec);
            boxes.forEach((name, p) -> {
                IMemento box = child.createChild(BOX);
                box.putString(NAME, name);
                box.putInteger(X, p.x);
                box.putInteger(Y, p.y);
            });
        });
        IMemento f = memento.createChild(FILTER);
        filter.hiddenClasses().stream().sorted().forEach(c -> f.createChild(HIDDEN_CLASS).putTextData(c));
        filter.hiddenSubsystems().stream().sorted().forEach(s -> f.createChild(HIDDEN_SUBSYSTEM).putTextData(s));
        f.putBoolean(ONLY_CONTENDED, filter.onlyContended());
        f.putBoolean(ONLY_REVERSALS, filter.onlyReversals());
        f.putBoolean(HIDE_OBSERVED, filter.hideObserved());
        memento.putBoolean(KEEP_MOVED, keepMoved);
    }

    /** Reads what {@link #save} wrote; null (no memento: a fresh view) gives the defaults. */
    public static LockGraphViewState read(IMemento memento) {
        Map<String, Map<String, Point>> positions = new LinkedHashMap<>();
        LockGraphFilter filter = LockGraphFilter.NONE;
        boolean keepMoved = true;
        if (memento == null) {
            return new LockGraphViewState(positions, filter, keepMoved);
        }
        for (IMemento child : memento.getChildren(POSITIONS)) {
            String spec = child.getString(SPEC);
            if (spec == null) {
                continue;
            }
            Map<String, Point> boxes = positions.computeIfAbsent(spec, k -> new LinkedHashMap<>());
            for (IMemento box : child.getChildren(BOX)) {
                String name = box.getString(NAME);
                Integer x = box.getInteger(X), y = box.getInteger(Y);
                if (name != null && x != null && y != null) {
                    boxes.put(name, new Point(x, y));
                }
            }
        }
        IMemento f = memento.getChild(FILTER);
        if (f != null) {
            Set<String> classes = new LinkedHashSet<>(), subsystems = new LinkedHashSet<>();
            for (IMemento c : f.getChildren(HIDDEN_CLASS)) {
                if (c.getTextData() != null) {
                    classes.add(c.getTextData());
                }
            }
            for (IMemento s : f.getChildren(HIDDEN_SUBSYSTEM)) {
                if (s.getTextData() != null) {
                    subsystems.add(s.getTextData());
                }
            }
            filter = new LockGraphFilter(subsystems, classes, Boolean.TRUE.equals(f.getBoolean(ONLY_CONTENDED)),
                    Set.of(), Boolean.TRUE.equals(f.getBoolean(ONLY_REVERSALS)),
                    Boolean.TRUE.equals(f.getBoolean(HIDE_OBSERVED)));
        }
        Boolean keep = memento.getBoolean(KEEP_MOVED);
        return new LockGraphViewState(positions, filter, keep == null || keep);
    }
}
