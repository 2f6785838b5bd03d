package org.smpng.io.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats every number the SVG export writes, JFreeSVG's coordinates included: at most two decimals, no exponent,
 * independent of the default locale, so that files are small and byte-for-byte reproducible.
 */
final class SvgNumbers {

    private SvgNumbers() {
    }

    /**
     * Formats a number with at most two decimals and no exponent, independent of the default locale.
     *
     * @param value a finite number
     * @return for example {@code "12"} or {@code "12.5"}
     */
    static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
