package org.aibasis.grader.testkit;

/**
 * How far a computed number may be from the expected one: {@code |actual - expected| <= absolute + relative *
 * |expected|}. Equal infinities and two NaNs count as equal; NaN is never close to a number.
 *
 * @param absolute the error allowed near zero, {@code >= 0}
 * @param relative the error allowed per unit of {@code |expected|}, {@code >= 0}
 */
public record Tolerance(double absolute, double relative) {
    /** Round-off of a few dozen floating-point operations on values of order 1. */
    public static final Tolerance DEFAULT = new Tolerance(1e-9, 1e-9);

    public Tolerance {
        if (!(absolute >= 0) || !(relative >= 0) || Double.isInfinite(absolute) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("tolerances must be finite and >= 0, got absolute " + absolute
                    + ", relative " + relative);
        }
    }

    /** An absolute tolerance only. */
    public static Tolerance absolute(double absolute) {
        return new Tolerance(absolute, 0);
    }

    /** Whether {@code actual} is within this tolerance of {@code expected}. */
    public boolean allows(double actual, double expected) {
        if (Double.compare(actual, expected) == 0) {
            return true;
        }
        if (!Double.isFinite(actual) || !Double.isFinite(expected)) {
            return false;
        }
        return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
    }

    /** How far past the tolerance {@code actual} is: 0 when allowed, infinite for NaN or infinite mismatches. */
    double excess(double actual, double expected) {
        if (allows(actual, expected)) {
            return 0;
        }
        if (!Double.isFinite(actual) || !Double.isFinite(expected)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(actual - expected) - (absolute + relative * Math.abs(expected));
    }
}
