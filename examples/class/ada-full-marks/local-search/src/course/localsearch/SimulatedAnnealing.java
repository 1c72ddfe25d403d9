package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

public final class SimulatedAnnealing {

    private SimulatedAnnealing() {
    }

    public static double acceptanceProbability(double delta, double t) {
        if (Double.isNaN(delta) || Double.isNaN(t) || t <= 0) {
            throw new IllegalArgumentException("bad delta or temperature");
        }
        return Math.min(1.0, Math.exp(delta / t));
    }

    public static Trajectory anneal(Board start, Schedule schedule, RandomGenerator rng) {
        List<Board> path = new ArrayList<>();
        path.add(start);
        Board current = start;
        int t = 1;
        while (Queens.attackingPairs(current) > 0) {
            double temperature = schedule.temperature(t++);
            if (temperature <= 0) {
                break;
            }
            Board next = current.randomNeighbor(rng);
            int delta = Queens.attackingPairs(current) - Queens.attackingPairs(next);
            boolean accept = delta > 0 || rng.nextDouble() < acceptanceProbability(delta, temperature);
            if (accept) {
                current = next;
            }
            path.add(current);
        }
        return new Trajectory(path);
    }
}
