package org.aibasis.quiz.bank;

/**
 * How far a numeric response may be from the key: accepted when |x - key| &lt;= abs + rel * |key|.
 *
 * @param abs absolute part, &gt;= 0
 * @param rel relative part, &gt;= 0
 */
public record Tolerance(double abs, double rel) {
    /** Used when a numeric question gives no tolerance: absorbs floating-point rounding only. */
    public static final Tolerance DEFAULT = new Tolerance(1e-9, 1e-9);

    public Tolerance {
        if (!(abs >= 0) || !(rel >= 0) || Double.isInfinite(abs) || Double.isInfinite(rel)) {
            throw new IllegalArgumentException("tolerances must be finite and >= 0");
        }
    }

    /** The accepted distance from {@code key}. */
    public double around(double key) {
        return abs + rel * Math.abs(key);
    }

    /** Whether {@code response} is accepted for {@code key}. */
    public boolean accepts(double key, double response) {
        return Double.isFinite(response) && Math.abs(response - key) <= around(key);
    }
}
