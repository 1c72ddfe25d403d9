package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Simulated annealing on n-queens. */
public final class SimulatedAnnealing {

    private SimulatedAnnealing() {
    }

    /**
     * The probability of accepting a move that changes the value by {@code delta} (positive: fewer attacking
     * pairs) at temperature {@code t}: 1 if {@code delta >= 0}, else {@code exp(delta / t)}.
     */
    public static double acceptanceProbability(double delta, double t) {
        if (Double.isNaN(delta) || !(t > 0)) {
            throw new IllegalArgumentException("need a number delta and a temperature > 0, got delta = " + delta
                    + ", t = " + t);
        }
        return delta >= 0 ? 1 : Math.exp(delta / t);
    }

    /**
     * Simulated annealing from {@code start}: at step t = 1, 2, ... a random neighbour is accepted with
     * {@link #acceptanceProbability}; stops at a solution or when the schedule's temperature is not positive.
     */
    public static Trajectory anneal(Board start, Schedule schedule, RandomGenerator rng) {
        List<Board> boards = new ArrayList<>(List.of(start));
        Board current = start;
        int h = Queens.attackingPairs(current);
        for (int t = 1; h > 0; t++) {
            double temperature = schedule.temperature(t);
            if (temperature <= 0) {
                break;
            }
            Board next = current.randomNeighbor(rng);
            int hNext = Queens.attackingPairs(next);
            int delta = h - hNext;
            if (delta > 0 || rng.nextDouble() < acceptanceProbability(delta, temperature)) {
                current = next;
                h = hNext;
            }
            boards.add(current);
        }
        return new Trajectory(boards);
    }
}
