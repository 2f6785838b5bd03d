package org.smpng.sim.witness;

/**
 * WITNESS's relationship matrix ({@code w_rmatrix}): for every pair of lock types, whether one is a direct parent,
 * an ancestor (reachable through order edges), and whether a reversal between the two was already reported. The
 * question asked on every acquisition, "is the lock being acquired already ordered before this held one?", is one
 * bit test, whatever the number of lock types.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_witness.c since the 2008 rewrite (isitmychild, isitmydescendant, adopt): rows are bit
 * sets over lock type indices. descendants[a] holds every type reachable from a by one or more order edges (the
 * transitive closure) and children[a] only the direct edges. The closure is kept up to date on insert, as adopt()
 * does: adding parent -> child makes every ancestor of parent (and parent itself) reach child and every
 * descendant of child, so an insert costs O(n * n / 64) word operations and a query O(1). Inserts are rare
 * (once per new pair of lock types), queries happen on every acquisition. An edge that would close a cycle is
 * refused; the caller reports it as a reversal instead.
 *
 * Memory is four n x n bit matrices; at FreeBSD's WITNESS_COUNT of 1,536 types that is 1.1 MiB.
 * </pre>
 *
 * <p>Locking key: not thread-safe. The runtime {@link Witness} uses it only from the engine's baton holder, which
 * serializes every call (see {@link Witness}).
 */
public final class WitnessMatrix {

    /** FreeBSD's default WITNESS_COUNT: how many lock types WITNESS tracks. */
    public static final int WITNESS_COUNT = 1536;

    private final int capacity;
    private final int words;
    private final long[][] descendants;
    private final long[][] children;
    private final long[][] reversed;
    private final long[][] orderKnown;
    private int edges;

    /** Creates an empty matrix for types {@code 0 .. capacity - 1}. */
    public WitnessMatrix(int capacity) {
        if (capacity < 1 || capacity > WITNESS_COUNT) {
            throw new IllegalArgumentException("WITNESS tracks between 1 and " + WITNESS_COUNT
                    + " lock types (WITNESS_COUNT); asked for " + capacity);
        }
        this.capacity = capacity;
        this.words = (capacity + 63) >>> 6;
        descendants = new long[capacity][words];
        children = new long[capacity][words];
        reversed = new long[capacity][words];
        orderKnown = new long[capacity][words];
    }

    /** Returns how many lock types the matrix can hold. */
    public int capacity() {
        return capacity;
    }

    /** Returns the number of direct order edges (parent/child relationships). */
    public int edgeCount() {
        return edges;
    }

    /** isitmychild(): whether {@code parent -> child} is a direct edge. O(1). */
    public boolean isChild(int parent, int child) {
        return get(children, parent, child);
    }

    /** isitmydescendant(): whether {@code descendant} is reachable from {@code ancestor}. O(1). */
    public boolean isDescendant(int ancestor, int descendant) {
        return get(descendants, ancestor, descendant);
    }

    /**
     * adopt(): adds the direct edge {@code parent -> child} and keeps the closure transitive.
     *
     * @return false, changing nothing, if the edge would close a cycle ({@code parent} already reachable from
     *         {@code child}) or is a self edge
     */
    public boolean addEdge(int parent, int child) {
        if (parent == child || isDescendant(child, parent)) {
            return false;
        }
        if (isChild(parent, child)) {
            return true;
        }
        set(children, parent, child);
        edges++;
        long[] reach = descendants[child].clone();
        reach[child >>> 6] |= 1L << child;
        for (int a = 0; a < capacity; a++) {
            if (a == parent || get(descendants, a, parent)) {
                long[] row = descendants[a];
                for (int w = 0; w < words; w++) {
                    row[w] |= reach[w];
                }
            }
        }
        return true;
    }

    /**
     * Returns a chain of direct edges {@code from -> ... -> to} (both ends included), or an empty array if
     * {@code to} is not a descendant of {@code from}. Used only to print a reversal, so it may walk rows: each step
     * takes the first child that is {@code to} or still reaches it, O(length * n).
     */
    public int[] path(int from, int to) {
        if (!isDescendant(from, to)) {
            return new int[0];
        }
        int[] chain = new int[capacity + 1];
        int length = 0;
        chain[length++] = from;
        int at = from;
        while (at != to) {
            int next = -1;
            if (isChild(at, to)) {
                next = to;
            } else {
                for (int c = 0; c < capacity && next < 0; c++) {
                    if (isChild(at, c) && isDescendant(c, to)) {
                        next = c;
                    }
                }
            }
            assert next >= 0 : "closure row of " + at + " reaches " + to + " but no child does";
            chain[length++] = next;
            at = next;
        }
        return java.util.Arrays.copyOf(chain, length);
    }

    /** Whether a reversal between the two types was already recorded (either order). O(1). */
    public boolean isReversed(int a, int b) {
        return get(reversed, a, b);
    }

    /** Records a reversal between the two types (both orders), as WITNESS_REVERSAL. */
    public void markReversed(int a, int b) {
        set(reversed, a, b);
        set(reversed, b, a);
    }

    /** Whether the direct order {@code from -> to} was seen at run time (WITNESS_LOCK_ORDER_KNOWN). O(1). */
    public boolean isOrderKnown(int from, int to) {
        return get(orderKnown, from, to);
    }

    /** Marks the direct order {@code from -> to} as seen at run time. */
    public void markOrderKnown(int from, int to) {
        set(orderKnown, from, to);
    }

    private static boolean get(long[][] m, int row, int col) {
        return (m[row][col >>> 6] & (1L << col)) != 0;
    }

    private static void set(long[][] m, int row, int col) {
        m[row][col >>> 6] |= 1L << col;
    }
}
