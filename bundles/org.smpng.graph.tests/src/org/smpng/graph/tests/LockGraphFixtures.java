package org.smpng.graph.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.TextMeasurer;
import org.smpng.graph.TextSize;

/**
 * The lock graphs the graph tests use, built in one place. Graphs are written the way FreeBSD writes
 * {@code order_lists[]}: as chains, where each lock is acquired after the one before it and a lock may appear in
 * several chains.
 */
public final class LockGraphFixtures {

    private LockGraphFixtures() {
    }

    /**
     * Starts a graph.
     *
     * @param title the graph title
     * @return a builder
     */
    public static Builder graph(String title) {
        return new Builder(title);
    }

    /** Collects chains into a {@link LockGraph}; repeated locks and repeated pairs are kept once. */
    public static final class Builder {

        private final String title;
        private final Map<String, LockNode> nodes = new LinkedHashMap<>();
        private final Set<LockEdge> edges = new LinkedHashSet<>();

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Adds a chain of locks of one category (a lock seen before keeps its first category).
         *
         * @param category the category of new locks
         * @param ids      the locks, first acquired first
         * @return this builder
         */
        public Builder chain(NodeCategory category, String... ids) {
            String previous = null;
            for (String id : ids) {
                nodes.putIfAbsent(id, LockNode.of(id, category));
                if (previous != null) {
                    edges.add(LockEdge.declared(previous, id));
                }
                previous = id;
            }
            return this;
        }

        /**
         * Adds a single lock node.
         *
         * @param node the node; replaces an earlier node of the same id
         * @return this builder
         */
        public Builder node(LockNode node) {
            nodes.put(node.id(), node);
            return this;
        }

        /** {@return the graph} */
        public LockGraph build() {
            return new LockGraph(title, new ArrayList<>(nodes.values()), new ArrayList<>(edges));
        }
    }

    /**
     * A graph shaped like FreeBSD 5.x's {@code order_lists[]}: 82 lock types in 13 chains, one of which is a chain
     * of 36 spin mutexes, with Giant near the top of the first chain and label lengths like the real names. The
     * chains are disjoint, so the graph has 13 connected components.
     *
     * @return the graph
     */
    public static LockGraph witnessShaped() {
        Builder b = graph("witness-shaped order lists");
        b.chain(NodeCategory.SX, "proctree", "allproc");
        b.chain(NodeCategory.GIANT, "allproc", "Giant");
        b.chain(NodeCategory.SLEEP_MUTEX, "Giant", "filedesc structure", "pipe mutex", "sigio lock",
                "process group", "process lock", "session", "uidinfo hash", "uidinfo struct", "allprison");
        int[] lengths = {5, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2};
        for (int chain = 0; chain < lengths.length; chain++) {
            String[] ids = new String[lengths[chain]];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = (i % 2 == 0 ? "subsystem " : "ss ") + (chain + 1) + " lock " + (i + 1);
            }
            b.chain(NodeCategory.SLEEP_MUTEX, ids);
        }
        String[] spin = new String[36];
        for (int i = 0; i < spin.length; i++) {
            spin[i] = (i % 3 == 0 ? "spin mutex number " : "spin ") + (i + 1);
        }
        b.chain(NodeCategory.SPIN_MUTEX, spin);
        return b.build();
    }

    /**
     * A small acyclic graph with a fork and a join, too small to be wrapped.
     *
     * @return the graph
     */
    public static LockGraph diamond() {
        return graph("diamond")
                .chain(NodeCategory.SLEEP_MUTEX, "filedesc structure", "accept", "so_snd")
                .chain(NodeCategory.SLEEP_MUTEX, "filedesc structure", "pipe mutex", "so_snd")
                .build();
    }

    /**
     * A graph of three components of different shapes: a chain, a single lock and a fork.
     *
     * @return the graph
     */
    public static LockGraph disconnected() {
        return graph("disconnected")
                .chain(NodeCategory.SLEEP_MUTEX, "slip_mtx", "slip sc_mtx", "ifaddr")
                .chain(NodeCategory.SPIN_MUTEX, "sched lock")
                .chain(NodeCategory.SX, "proctree", "allproc")
                .chain(NodeCategory.SX, "proctree", "process group")
                .build();
    }

    /**
     * A measurer that needs no fonts: 7 pixels per character and a 15 pixel line, so sizes are exact numbers.
     *
     * @return the measurer
     */
    public static TextMeasurer fixedWidthMeasurer() {
        return text -> new TextSize(7.0 * text.length(), 15);
    }
}
