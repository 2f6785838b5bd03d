package org.smpng.io.witness;

import java.util.List;

/**
 * A parsed WITNESS static lock order: FreeBSD's {@code order_lists[]} and {@code blessed_list[]} as they appear in
 * the data files of {@code shared/data/freebsd/witness_order_lists_*.txt}.
 *
 * @param headerComments the file's leading {@code #} comment lines, without the {@code # } prefix
 * @param chains         the chains in file order
 * @param blessedPairs   pairs WITNESS never reports, from a {@code # blessed_list[]} header line
 */
public record OrderList(List<String> headerComments, List<Chain> chains, List<BlessedPair> blessedPairs) {

    /** Makes the lists immutable. */
    public OrderList {
        headerComments = List.copyOf(headerComments);
        chains = List.copyOf(chains);
        blessedPairs = List.copyOf(blessedPairs);
    }

    /**
     * One chain: each entry must be acquired after the one before it.
     *
     * @param label the source comment before the chain ({@code ## ...}), or empty
     * @param entries the entries in order
     */
    public record Chain(String label, List<Entry> entries) {

        /** Makes the list immutable. */
        public Chain {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One line of a chain.
     *
     * @param name        the lock type name, e.g. {@code so_snd}
     * @param classSymbol the {@code struct lock_class} symbol, e.g. {@code lock_class_mtx_sleep}
     * @param condition   the preprocessor condition the entry is compiled under, or empty
     * @param line        the 1-based line it was read from
     */
    public record Entry(String name, String classSymbol, String condition, int line) {
    }

    /**
     * A blessed pair: WITNESS stays silent when these two are acquired in either order.
     *
     * @param first  one lock type name
     * @param second the other
     * @param line   the 1-based line of the {@code blessed_list[]} comment it was read from, or 0 if unknown
     */
    public record BlessedPair(String first, String second, int line) {

        /** Creates a pair that was not read from a particular line. */
        public BlessedPair(String first, String second) {
            this(first, second, 0);
        }
    }

    /**
     * Returns the value of the first header comment whose key starts with {@code key} (e.g. {@code source} or
     * {@code Dating}), joined with the indented lines that continue it, or empty if there is none.
     */
    public String header(String key) {
        for (int i = 0; i < headerComments.size(); i++) {
            String line = headerComments.get(i);
            int colon = line.indexOf(':');
            if (colon < 0 || !line.startsWith(key)) {
                continue;
            }
            StringBuilder value = new StringBuilder(line.substring(colon + 1).trim());
            for (int j = i + 1; j < headerComments.size() && headerComments.get(j).startsWith(" "); j++) {
                value.append(' ').append(headerComments.get(j).trim());
            }
            return value.toString();
        }
        return "";
    }
}
