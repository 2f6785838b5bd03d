package org.smpng.sim.witness;

import java.util.List;
import java.util.Objects;

/**
 * An immutable copy of what a {@link Witness} has observed in a run (see {@link Witness#observedGraph()}): the lock
 * types acquired, the direct orders first seen at run time, and the lock order reversals it reported, each with the
 * sites of both directions. Views draw it as a lock graph; it holds names and texts only, so it may cross threads.
 *
 * @param lockTypes the lock types acquired at least once, in enrollment order
 * @param orders    the direct orders "first acquired before second" first seen at run time, with where
 * @param reversals the reported reversals, in the order they were reported
 */
public record WitnessGraph(List<LockTypeSeen> lockTypes, List<Order> orders, List<Reversal> reversals) {

    /** The graph of a run that has seen nothing (or has no WITNESS). */
    public static final WitnessGraph EMPTY = new WitnessGraph(List.of(), List.of(), List.of());

    /** Copies the lists. */
    public WitnessGraph {
        lockTypes = List.copyOf(lockTypes);
        orders = List.copyOf(orders);
        reversals = List.copyOf(reversals);
    }

    /**
     * A lock type the run acquired.
     *
     * @param name      the lock type's name (WITNESS's witness name)
     * @param lockClass its lock class name ({@code lc_name}, e.g. "sleep mutex"), or "(unknown class)"
     */
    public record LockTypeSeen(String name, String lockClass) {
    }

    /**
     * A direct order: {@code second} acquired while {@code first} was the last lock held of its list. For an order
     * seen at run time, where it was first seen; for an order of the static lock order that a reversal contradicts,
     * no site ({@link #declared()}).
     *
     * @param first  the lock type held
     * @param second the lock type acquired while it was held
     * @param site   where {@code second} was acquired ({@code file:line}), or null for a declared order
     * @param thread the thread that did, or null for a declared order
     * @param timeNs when, in virtual nanoseconds (0 for a declared order)
     * @param stack  the thread's code path frames then, innermost first ("func+0xoff"); empty for a declared order
     */
    public record Order(String first, String second, String site, String thread, long timeNs, List<String> stack) {

        /** Copies the stack. */
        public Order {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            stack = List.copyOf(stack);
        }

        /** An order of the static lock order, which has no site. */
        public static Order declared(String first, String second) {
            return new Order(first, second, null, null, 0, List.of());
        }

        /** Whether the order comes from the static lock order rather than from the run. */
        public boolean isDeclared() {
            return site == null;
        }

        /** "A -> B first seen at site (thread, at t ms)" or "A -> B declared by the static lock order". */
        public String describe() {
            return first + " \u2192 " + second + (isDeclared() ? " declared by the static lock order"
                    : " first seen at " + site + " (" + thread + ", at " + String.format("%.3f ms", timeNs / 1e6)
                            + ")");
        }
    }

    /**
     * A lock order reversal: the established order runs from {@code first} to {@code second} (through the orders of
     * {@code established}), and the run acquired {@code first} at {@code reversedSite} while holding
     * {@code second}, which it had acquired at {@code heldSite}.
     *
     * @param first        the lock type the established order acquires first (the one being acquired)
     * @param second       the lock type the established order acquires after it (the one held)
     * @param established  the direct orders from {@code first} to {@code second}; empty when the reversal breaks a
     *                     rule rather than an order (a sleepable lock, or Giant, after a non-sleepable one)
     * @param heldSite     where {@code second} had been acquired
     * @param reversedSite where {@code first} was acquired while {@code second} was held
     * @param thread       the thread that reversed the order
     * @param timeNs       when, in virtual nanoseconds
     */
    public record Reversal(String first, String second, List<Order> established, String heldSite,
            String reversedSite, String thread, long timeNs) {

        /** Copies the list. */
        public Reversal {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            established = List.copyOf(established);
        }
    }
}
