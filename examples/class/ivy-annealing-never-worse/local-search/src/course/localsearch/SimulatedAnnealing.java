package course.localsearch;

import java.util.ArrayList;
import java.util.random.RandomGenerator;

public final class SimulatedAnnealing {

    private SimulatedAnnealing() {
    }

    public static double acceptanceProbability(double delta, double t) {
        if (!(t > 0) || delta != delta) {
            throw new IllegalArgumentException("invalid temperature or delta");
        }
        if (delta >= 0) {
            return 1;
        }
        return Math.exp(delta / t);
    }

    public static Trajectory anneal(Board start, Schedule schedule, RandomGenerator rng) {
        ArrayList<Board> trace = new ArrayList<>();
        trace.add(start);
        Board now = start;
        for (int t = 1; Queens.attackingPairs(now) != 0; t++) {
            if (schedule.temperature(t) <= 0) {
                break;
            }
            Board candidate = now.randomNeighbor(rng);
            int delta = Queens.attackingPairs(now) - Queens.attackingPairs(candidate);
            // a worse board can only make things worse, so keep the current one
            if (delta >= 0) {
                now = candidate;
            }
            trace.add(now);
        }
        return new Trajectory(trace);
    }
}
