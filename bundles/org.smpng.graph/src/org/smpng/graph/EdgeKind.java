package org.smpng.graph;

/**
 * Why an edge A&rarr;B ("A is acquired before B") is in a {@link LockGraph}.
 *
 * <p>A graph may hold the same pair under several kinds (declared and observed, say); code that switches over this
 * type should expect new values.
 */
public enum EdgeKind {
    /** The pair comes from a static order list such as FreeBSD's {@code order_lists[]} in subr_witness.c. */
    DECLARED_ORDER,
    /** WITNESS saw the order at run time: the second lock acquired while the first was the last one held. */
    OBSERVED_ORDER,
    /**
     * WITNESS reported a lock order reversal: the run acquired {@code toId} while holding {@code fromId}, although
     * the established order acquires {@code toId} first.
     */
    REVERSAL
}
