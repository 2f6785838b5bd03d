package org.smpng.sim.kern;

/**
 * SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, allocation-free generator whose output is fixed by this code
 * rather than by a JDK version. One instance per modeled thread or arrival source, each seeded from the scenario
 * seed and a stream number, so adding a thread never changes the numbers another thread draws.
 *
 * <p>Locking key: owned by one stream; only the thread that holds the engine's baton draws from it.
 */
public final class Rng {

    private long state;
    private double spareGaussian = Double.NaN;

    public Rng(long seed, long stream) {
        this.state = mix(seed * 0x9E3779B97F4A7C15L + mix(stream + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        return mix(state += 0x9E3779B97F4A7C15L);
    }

    /** A double uniformly distributed in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A standard normal value (Marsaglia's polar method, keeping the spare). */
    public double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double s = spareGaussian;
            spareGaussian = Double.NaN;
            return s;
        }
        double u, v, s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        return u * m;
    }
}
