package org.smpng.sim.compile;

/**
 * A scenario uses a model feature this version of the engine cannot simulate. The message names the feature and
 * the model element that uses it, so the user knows what to change.
 */
public final class UnsupportedFeatureException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
