package org.smpng.sim.compile;

import org.smpng.sim.kern.Rng;

/**
 * A compiled {@code Distribution}: an immutable sampler of nanoseconds (or counts) that never touches EMF and never
 * allocates. Every draw takes exactly the random numbers its kind needs, so a thread's stream stays reproducible.
 */
public final class Dist {

    static final int FIXED = 0, UNIFORM = 1, EXPONENTIAL = 2, NORMAL = 3, EMPIRICAL = 4;

    final int kind;
    final double a, b;
    final double[] values, cumulative;

    Dist(int kind, double a, double b, double[] values, double[] cumulative) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.values = values;
        this.cumulative = cumulative;
    }

    public static Dist fixed(double value) {
        return new Dist(FIXED, value, 0, null, null);
    }

    public static Dist exponential(double mean) {
        return new Dist(EXPONENTIAL, mean, 0, null, null);
    }

    public static Dist uniform(double min, double max) {
        return new Dist(UNIFORM, min, max, null, null);
    }

    /** The mean of the distribution, for reports and for queueing checks. */
    public double mean() {
        switch (kind) {
        case FIXED, EXPONENTIAL: return a;
        case UNIFORM: return (a + b) / 2;
        case NORMAL: return a; // truncation at zero ignored
        default:
            double sum = 0, prev = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[i] * (cumulative[i] - prev);
                prev = cumulative[i];
            }
            return sum;
        }
    }

    /** Draws one value, rounded to whole nanoseconds and never negative. */
    public long sample(Rng rng) {
        double v;
        switch (kind) {
        case FIXED -> v = a;
        case UNIFORM -> v = a + (b - a) * rng.nextDouble();
        case EXPONENTIAL -> v = -a * StrictMath.log(1.0 - rng.nextDouble()); // StrictMath: the same bits on every host
        case NORMAL -> v = a + b * rng.nextGaussian();
        default -> {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int i = 0;
            while (i < cumulative.length - 1 && u >= cumulative[i]) {
                i++;
            }
            v = values[i];
        }
        }
        return v <= 0 ? 0 : Math.round(v);
    }

    @Override
    public String toString() {
        return switch (kind) {
        case FIXED -> "fixed " + a;
        case UNIFORM -> "uniform " + a + " " + b;
        case EXPONENTIAL -> "exponential " + a;
        case NORMAL -> "normal " + a + " " + b;
        default -> "empirical(" + values.length + ")";
        };
    }
}
