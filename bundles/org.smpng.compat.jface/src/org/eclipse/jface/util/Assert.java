package org.eclipse.jface.util;

/**
 * Compatibility shim: the assertion helper JFace shipped until 3.x, which GEF 3.2 still calls.
 * <p>
 * Today's JFace no longer has this class, and GEF 3.2 (the only GEF Classic on Maven Central) fails with
 * {@code NoClassDefFoundError: org/eclipse/jface/util/Assert} as soon as a palette tool entry is created. This
 * fragment of {@code org.eclipse.jface} puts the class back into JFace's own package with the exact signatures GEF
 * links against: {@code isLegal} and {@code isTrue} return {@code boolean}, {@code isNotNull} returns nothing,
 * and a failed {@code isTrue} or {@code isNotNull} throws the nested {@link AssertionFailedException}.
 */
public final class Assert {

    /** Thrown when an {@code isTrue} or {@code isNotNull} assertion fails. */
    public static class AssertionFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** Creates an exception without a detail message. */
        public AssertionFailedException() {
        }

        /** Creates an exception with the given detail message. */
        public AssertionFailedException(String detail) {
            super(detail);
        }
    }

    private Assert() {
    }

    /** Asserts that an argument is legal; throws {@link IllegalArgumentException} otherwise. */
    public static boolean isLegal(boolean expression) {
        return isLegal(expression, "");
    }

    /** Asserts that an argument is legal; throws {@link IllegalArgumentException} with {@code message} otherwise. */
    public static boolean isLegal(boolean expression, String message) {
        if (!expression) {
            throw new IllegalArgumentException(message);
        }
        return expression;
    }

    /** Asserts that {@code object} is not null. */
    public static void isNotNull(Object object) {
        isNotNull(object, "");
    }

    /** Asserts that {@code object} is not null; the failure carries {@code message}. */
    public static void isNotNull(Object object, String message) {
        if (object == null) {
            throw new AssertionFailedException("null argument: " + message);
        }
    }

    /** Asserts that {@code expression} holds. */
    public static boolean isTrue(boolean expression) {
        return isTrue(expression, "");
    }

    /** Asserts that {@code expression} holds; the failure carries {@code message}. */
    public static boolean isTrue(boolean expression, String message) {
        if (!expression) {
            throw new AssertionFailedException("assertion failed: " + message);
        }
        return expression;
    }
}
