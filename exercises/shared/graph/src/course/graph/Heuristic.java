package course.graph;

import java.util.Arrays;

/**
 * A heuristic for one fixed goal: {@code h(n)} estimates the cost of a cheapest path from node {@code n} to the
 * goal. A heuristic may return {@code +infinity} for a node that cannot reach the goal.
 */
@FunctionalInterface
public interface Heuristic {

    /**
     * Slack allowed when comparing costs: a value counts as larger than another only if it exceeds it by more than
     * this much, so that rounding in sums of doubles is never taken for a violation.
     */
    double TOLERANCE = 1e-9;

    /** The estimated cost from {@code node} to the goal. */
    double h(int node);

    /** The heuristic that is 0 everywhere (A* with it is uniform-cost search). */
    static Heuristic zero() {
        return node -> 0.0;
    }

    /**
     * A heuristic given as a table: {@code h(n) = values[n]}.
     *
     * @throws IllegalArgumentException if a value is NaN
     */
    static Heuristic of(double... values) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (Double.isNaN(copy[i])) {
                throw new IllegalArgumentException("h(" + i + ") is NaN");
            }
        }
        return new Heuristic() {
            @Override
            public double h(int node) {
                if (node < 0 || node >= copy.length) {
                    throw new IllegalArgumentException("the table has no value for node " + node
                            + " (it covers 0.." + (copy.length - 1) + ")");
                }
                return copy[node];
            }

            @Override
            public String toString() {
                return "h = " + Arrays.toString(copy);
            }
        };
    }
}
