package org.smpng.graph;

/**
 * Why an edge A&rarr;B ("A is acquired before B") is in a {@link LockGraph}.
 *
 * <p>Only the statically declared order exists today; observed orders and reversals found by a WITNESS-style
 * checker will be added as further constants, so code that switches over this type should expect new values.
 */
public enum EdgeKind {
    /** The pair comes from a static order list such as FreeBSD's {@code order_lists[]} in subr_witness.c. */
    DECLARED_ORDER
}
