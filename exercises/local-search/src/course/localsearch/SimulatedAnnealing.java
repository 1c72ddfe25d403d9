package course.localsearch;

import java.util.random.RandomGenerator;

/**
 * Simulated annealing on n-queens.
 *
 * <p>YOUR TASK: implement both methods. The rules are in README.md.
 */
public final class SimulatedAnnealing {

    private SimulatedAnnealing() {
    }

    /**
     * The probability of accepting a move that changes the value by {@code delta = h(current) - h(next)}
     * (positive: the move removes attacking pairs) at temperature {@code t}: 1 if {@code delta >= 0}, else
     * {@code exp(delta / t)}.
     *
     * @throws IllegalArgumentException if {@code delta} is NaN or {@code t} is not {@code > 0}
     */
    public static double acceptanceProbability(double delta, double t) {
        throw new UnsupportedOperationException("TODO implement the acceptance probability");
    }

    /**
     * Simulated annealing from {@code start}. For t = 1, 2, 3, ...: stop if the current board is a solution; let
     * {@code T = schedule.temperature(t)} and stop if {@code T <= 0}; draw {@code next =
     * current.randomNeighbor(rng)}; move there if {@code delta > 0}, else with probability
     * {@link #acceptanceProbability}{@code (delta, T)} (draw {@code rng.nextDouble()}); record the current board.
     */
    public static Trajectory anneal(Board start, Schedule schedule, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement simulated annealing");
    }
}
