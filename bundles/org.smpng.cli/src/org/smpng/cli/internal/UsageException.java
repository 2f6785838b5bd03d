package org.smpng.cli.internal;

/** The command line is wrong: unknown verb or option, missing value. Exit code 2, with the verb's usage. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
