package org.smpng.model.builtin;

/** A kernel model could not be loaded; the message says which model and why, in words a user can act on. */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public ModelLoadException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and the underlying cause. */
    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
