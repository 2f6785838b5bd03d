package org.smpng.io.witness;

/** A text holds no WITNESS lock order reversal report; the message names the source and what was missing. */
public final class LorReportFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception for the input named {@code source}. */
    public LorReportFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
