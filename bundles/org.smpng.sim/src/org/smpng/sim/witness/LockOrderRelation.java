package org.smpng.sim.witness;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.support.LockOrderGraph;

/**
 * The "must be acquired before" relation of a kernel model's static lock order, compiled so that the question
 * WITNESS asks on every acquisition, "is there a path from A to B?", costs one bit test.
 * <p>
 * Overview. Lock types are numbered densely in the order they first appear. Row {@code i} of the matrix is the
 * set of types reachable from type {@code i} through one or more order edges (the transitive closure), computed
 * once from the static graph by propagating rows in reverse topological order, so each row is the union of its
 * successors' rows: O(V·E/64) time, V² bits of memory (1,536 types take 288 KiB). FreeBSD's modern WITNESS keeps
 * the same kind of matrix ({@code w_rmatrix}); the 5.x kernel walked child lists instead.
 * <p>
 * A relation exists only for an acyclic order; a cyclic one (which the model's validator reports) is refused at
 * construction, because "before" would then hold in both directions. Instances are immutable and safe to share
 * between simulation threads without locking.
 */
public final class LockOrderRelation {

    /** The largest number of lock types a relation accepts, as FreeBSD's WITNESS_COUNT of recent kernels. */
    public static final int MAX_LOCK_TYPES = 1536;

    private final List<String> names;
    private final Map<String, Integer> indexByName;
    private final BitSet[] reachable;

    private LockOrderRelation(List<String> names, Map<String, Integer> indexByName, BitSet[] reachable) {
        this.names = names;
        this.indexByName = indexByName;
        this.reachable = reachable;
    }

    /**
     * Compiles the static order of {@code model}.
     *
     * @throws IllegalArgumentException if the order has a cycle (the message shows it) or has more than
     *                                  {@link #MAX_LOCK_TYPES} lock types
     */
    public static LockOrderRelation of(KernelModel model) {
        LockOrderGraph graph = LockOrderGraph.of(model);
        List<List<LockType>> cycles = graph.cycles();
        if (!cycles.isEmpty()) {
            throw new IllegalArgumentException("the static lock order has a cycle: " + describe(cycles.get(0)));
        }
        List<LockType> types = new ArrayList<>(graph.lockTypes());
        if (types.size() > MAX_LOCK_TYPES) {
            throw new IllegalArgumentException("the static lock order has " + types.size()
                    + " lock types; at most " + MAX_LOCK_TYPES + " are supported");
        }
        Map<LockType, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>(types.size());
        Map<String, Integer> indexByName = new HashMap<>();
        for (LockType type : types) {
            index.put(type, index.size());
            names.add(type.getName());
            indexByName.put(type.getName(), index.get(type));
        }
        BitSet[] reachable = new BitSet[types.size()];
        for (LockType type : graph.topologicalOrder().reversed()) {
            int from = index.get(type);
            BitSet row = new BitSet(types.size());
            for (LockType successor : graph.successors(type)) {
                int to = index.get(successor);
                row.set(to);
                row.or(reachable[to]);
            }
            reachable[from] = row;
        }
        return new LockOrderRelation(Collections.unmodifiableList(names), Map.copyOf(indexByName), reachable);
    }

    /** Returns the number of lock types the relation knows. */
    public int size() {
        return names.size();
    }

    /** Returns the dense index of a lock type name, if the static order mentions it. */
    public Optional<Integer> indexOf(String name) {
        return Optional.ofNullable(indexByName.get(name));
    }

    /** Returns the name of the lock type with the given dense index. */
    public String nameOf(int index) {
        return names.get(index);
    }

    /**
     * Returns whether the static order requires lock type {@code first} to be acquired before {@code second},
     * directly or through other lock types. O(1).
     */
    public boolean mustPrecede(int first, int second) {
        return reachable[first].get(second);
    }

    /**
     * Returns whether acquiring {@code acquired} while holding {@code held} reverses the static order, i.e. the
     * order requires {@code acquired} before {@code held}. O(1).
     */
    public boolean isReversal(int held, int acquired) {
        return reachable[acquired].get(held);
    }

    private static String describe(List<LockType> cycle) {
        StringBuilder text = new StringBuilder();
        for (LockType type : cycle) {
            text.append(type.getName()).append(" -> ");
        }
        return text.append(cycle.get(0).getName()).toString();
    }
}
