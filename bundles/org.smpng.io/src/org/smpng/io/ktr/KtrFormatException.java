package org.smpng.io.ktr;

/** A text is not a {@code ktrdump -ct} trace this parser can read; the message names the source and the line. */
public final class KtrFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /** A problem at {@code line} (1-based; 0 for the input as a whole) of the input named {@code source}. */
    public KtrFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + problem);
        this.line = line;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the whole input. */
    public int line() {
        return line;
    }
}
