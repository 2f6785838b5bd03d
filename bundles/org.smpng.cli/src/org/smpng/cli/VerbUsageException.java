package org.smpng.cli;

/**
 * The command line of a contributed {@link Verb} is wrong: an unknown or missing option, or a value it cannot read.
 * The command line prints the message and the verb's usage and exits with code 2.
 */
public final class VerbUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public VerbUsageException(String message) {
        super(message);
    }
}
