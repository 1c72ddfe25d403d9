package course.localsearch;

import java.util.random.RandomGenerator;

/**
 * A random source whose {@code nextDouble()} always returns the same number, to put the roulette wheel's pointer
 * exactly where a test needs it (for example just below 1, beyond an inexact running sum).
 */
record FixedDraw(double u) implements RandomGenerator {

    @Override
    public double nextDouble() {
        return u;
    }

    /** Only {@code nextDouble()} is part of the statement's contract for {@code select}. */
    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("select draws one number with rng.nextDouble()");
    }
}
