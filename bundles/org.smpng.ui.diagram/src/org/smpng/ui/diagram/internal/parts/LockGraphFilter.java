package org.smpng.ui.diagram.internal.parts;

import java.util.Set;

/**
 * Which lock types the lock graph shows: those of no hidden subsystem and no hidden lock class, and, if asked, only
 * those contended during the run or only those of a reversal. Edges are shown when both their ends are, except
 * WITNESS's observed orders when they are hidden (a busy run draws many across the graph; reversals stay). Immutable.
 *
 * @param hiddenSubsystems subsystem names not shown ({@link #NO_SUBSYSTEM} for lock types without one)
 * @param hiddenClasses    lock class names not shown ({@link #NO_CLASS} for lock types without one)
 * @param onlyContended    show only the lock types in {@code contended}
 * @param contended        the lock types found held or waited for since the run was loaded
 * @param onlyReversals    show only the lock types WITNESS found in a reversal
 * @param hideObserved     leave out the orders WITNESS observed (the grey dashed edges)
 */
public record LockGraphFilter(Set<String> hiddenSubsystems, Set<String> hiddenClasses, boolean onlyContended,
        Set<String> contended, boolean onlyReversals, boolean hideObserved) {

    /** What lock types without a subsystem are filtered as. */
    public static final String NO_SUBSYSTEM = "(no subsystem)";

    /** What lock types without a lock class are filtered as. */
    public static final String NO_CLASS = "(no lock class)";

    /** Shows everything. */
    public static final LockGraphFilter NONE = new LockGraphFilter(Set.of(), Set.of(), false, Set.of(), false, false);

    /** Copies the sets. */
    public LockGraphFilter {
        hiddenSubsystems = Set.copyOf(hiddenSubsystems);
        hiddenClasses = Set.copyOf(hiddenClasses);
        contended = Set.copyOf(contended);
    }

    /** Whether a lock type of that name, subsystem and class is shown, given the lock types of reversals. */
    public boolean shows(String name, String subsystem, String lockClass, Set<String> inReversals) {
        return !hiddenSubsystems.contains(subsystem) && !hiddenClasses.contains(lockClass)
                && (!onlyContended || contended.contains(name)) && (!onlyReversals || inReversals.contains(name));
    }

    /** Whether anything is hidden by this filter. */
    public boolean isActive() {
        return !hiddenSubsystems.isEmpty() || !hiddenClasses.isEmpty() || onlyContended || onlyReversals
                || hideObserved;
    }

    /** This filter with {@code subsystem} hidden or shown. */
    public LockGraphFilter withSubsystem(String subsystem, boolean shown) {
        return new LockGraphFilter(toggle(hiddenSubsystems, subsystem, !shown), hiddenClasses, onlyContended,
                contended, onlyReversals, hideObserved);
    }

    /** This filter with {@code lockClass} hidden or shown. */
    public LockGraphFilter withClass(String lockClass, boolean shown) {
        return new LockGraphFilter(hiddenSubsystems, toggle(hiddenClasses, lockClass, !shown), onlyContended,
                contended, onlyReversals, hideObserved);
    }

    /** This filter with "only contended" set. */
    public LockGraphFilter withOnlyContended(boolean only) {
        return new LockGraphFilter(hiddenSubsystems, hiddenClasses, only, contended, onlyReversals, hideObserved);
    }

    /** This filter with the set of contended lock types replaced. */
    public LockGraphFilter withContended(Set<String> names) {
        return new LockGraphFilter(hiddenSubsystems, hiddenClasses, onlyContended, names, onlyReversals, hideObserved);
    }

    /** This filter with "only reversals" set. */
    public LockGraphFilter withOnlyReversals(boolean only) {
        return new LockGraphFilter(hiddenSubsystems, hiddenClasses, onlyContended, contended, only, hideObserved);
    }

    /** This filter with WITNESS's observed orders hidden or shown. */
    public LockGraphFilter withObservedHidden(boolean hide) {
        return new LockGraphFilter(hiddenSubsystems, hiddenClasses, onlyContended, contended, onlyReversals, hide);
    }

    /** This filter showing every subsystem and class and not restricted, keeping the contended set. */
    public LockGraphFilter cleared() {
        return NONE.withContended(contended);
    }

    /** In words, for the view's description: "" when nothing is hidden. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (onlyContended) {
            text.append("only contended");
        }
        if (onlyReversals) {
            text.append(text.isEmpty() ? "" : ", ").append("only reversals");
        }
        if (!hiddenClasses.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ").append("classes hidden: ")
                    .append(String.join(", ", new java.util.TreeSet<>(hiddenClasses)));
        }
        if (!hiddenSubsystems.isEmpty()) {
            text.append(text.isEmpty() ? "" : ", ").append("subsystems hidden: ")
                    .append(String.join(", ", new java.util.TreeSet<>(hiddenSubsystems)));
        }
        if (hideObserved) {
            text.append(text.isEmpty() ? "" : ", ").append("observed orders hidden");
        }
        return text.toString();
    }

    private static Set<String> toggle(Set<String> set, String value, boolean add) {
        java.util.Set<String> copy = new java.util.HashSet<>(set);
        if (add) {
            copy.add(value);
        } else {
            copy.remove(value);
        }
        return copy;
    }
}
