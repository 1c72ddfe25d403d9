package course.localsearch;

/** A cooling schedule for simulated annealing: the temperature at step {@code t = 1, 2, 3, ...}. */
@FunctionalInterface
public interface Schedule {

    /** The temperature at step {@code t >= 1}; 0 (or less) ends the search. */
    double temperature(int t);

    /**
     * Exponential cooling: {@code T(t) = t0 * alpha^(t - 1)} for {@code t = 1 .. steps}, then 0.
     *
     * @throws IllegalArgumentException unless {@code t0 > 0}, {@code 0 < alpha <= 1} and {@code steps >= 0}
     */
    static Schedule exponential(double t0, double alpha, int steps) {
        if (!(t0 > 0) || Double.isInfinite(t0) || !(alpha > 0 && alpha <= 1) || steps < 0) {
            throw new IllegalArgumentException("need t0 > 0, 0 < alpha <= 1 and steps >= 0, got t0 = " + t0
                    + ", alpha = " + alpha + ", steps = " + steps);
        }
        return t -> t >= 1 && t <= steps ? t0 * Math.pow(alpha, t - 1) : 0;
    }
}
