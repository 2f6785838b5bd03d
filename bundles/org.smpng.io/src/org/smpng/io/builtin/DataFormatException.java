package org.smpng.io.builtin;

/**
 * A data file of the built-in models could not be read; the message names the file, the line and what is wrong,
 * in the style of {@link org.smpng.io.witness.OrderListFormatException}.
 */
public final class DataFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /** Creates an exception for {@code line} (1-based; 0 if the problem is not on one line) of {@code source}. */
    public DataFormatException(String source, int line, String problem) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
        this.line = line;
    }

    /** Returns the 1-based line the problem is on, or 0 if it concerns the whole file. */
    public int line() {
        return line;
    }
}
