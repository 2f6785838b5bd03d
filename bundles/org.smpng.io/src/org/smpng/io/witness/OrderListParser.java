package org.smpng.io.witness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text form of FreeBSD's WITNESS static lock order.
 * <p>
 * The format (documented in each data file's header): leading {@code #} lines are comments; a {@code ## text}
 * line labels the chain that follows; chains are separated by blank lines; each entry line is
 * {@code name TAB class_symbol [TAB # condition]}. A header line {@code # blessed_list[] ...} lists blessed pairs
 * as {@code {"a","b"}}. Every malformed line is an error with its line number; nothing is skipped silently.
 * Stateless and thread-safe.
 */
public final class OrderListParser {

    private static final Pattern BLESSED_PAIR = Pattern.compile("\\{\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"\\s*}");

    /**
     * Parses an order list.
     *
     * @param source a name for the input used in error messages, e.g. its file name
     * @param reader the text; not closed
     * @throws OrderListFormatException if a line does not follow the format, or the list has no chain
     */
    public OrderList parse(String source, Reader reader) throws IOException, OrderListFormatException {
        BufferedReader in = new BufferedReader(reader);
        List<String> header = new ArrayList<>();
        List<OrderList.Chain> chains = new ArrayList<>();
        List<OrderList.BlessedPair> blessed = new ArrayList<>();
        List<OrderList.Entry> entries = new ArrayList<>();
        String label = "";
        boolean inHeader = true;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                inHeader = false;
                closeChain(chains, label, entries);
                label = "";
                continue;
            }
            if (line.startsWith("## ") || line.equals("##")) {
                inHeader = false;
                if (!entries.isEmpty()) {
                    throw new OrderListFormatException(source, number,
                            "a chain label (## ...) must follow a blank line, not an entry");
                }
                label = line.length() > 3 ? line.substring(3).trim() : "";
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.replaceFirst("^#\\s?", "");
                if (inHeader) {
                    header.add(comment);
                }
                if (comment.startsWith("blessed_list[]")) {
                    readBlessed(source, number, comment, blessed);
                }
                continue;
            }
            inHeader = false;
            entries.add(entry(source, number, line));
        }
        closeChain(chains, label, entries);
        if (chains.isEmpty()) {
            throw new OrderListFormatException(source, 0, "no lock order chain found; expected lines of the form "
                    + "'name<TAB>lock_class_symbol' in blank-line separated paragraphs");
        }
        return new OrderList(header, chains, blessed);
    }

    private static void closeChain(List<OrderList.Chain> chains, String label, List<OrderList.Entry> entries) {
        if (!entries.isEmpty()) {
            chains.add(new OrderList.Chain(label, entries));
            entries.clear();
        }
    }

    private static OrderList.Entry entry(String source, int number, String line) throws OrderListFormatException {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields.length > 3) {
            throw new OrderListFormatException(source, number, "expected 'name<TAB>lock_class_symbol' optionally "
                    + "followed by '<TAB># condition', found " + fields.length + " tab-separated field(s): '"
                    + line + "'");
        }
        String name = fields[0].trim();
        String symbol = fields[1].trim();
        if (name.isEmpty()) {
            throw new OrderListFormatException(source, number, "the lock type name is empty");
        }
        if (!symbol.matches("lock_class_[a-z_]+")) {
            throw new OrderListFormatException(source, number, "'" + symbol
                    + "' is not a struct lock_class symbol (expected e.g. lock_class_mtx_sleep)");
        }
        String condition = "";
        if (fields.length == 3) {
            String third = fields[2].trim();
            if (!third.startsWith("#")) {
                throw new OrderListFormatException(source, number, "the third field must be a comment '# ...' "
                        + "holding the preprocessor condition, found '" + third + "'");
            }
            condition = third.substring(1).trim();
        }
        return new OrderList.Entry(name, symbol, condition, number);
    }

    private static void readBlessed(String source, int number, String comment, List<OrderList.BlessedPair> blessed)
            throws OrderListFormatException {
        Matcher matcher = BLESSED_PAIR.matcher(comment);
        int found = 0;
        while (matcher.find()) {
            blessed.add(new OrderList.BlessedPair(matcher.group(1), matcher.group(2), number));
            found++;
        }
        if (found == 0) {
            throw new OrderListFormatException(source, number, "blessed_list[] line lists no {\"a\",\"b\"} pair");
        }
    }
}
