package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Hill climbing on n-queens: steepest ascent (with sideways moves), stochastic, first-choice, random restart. */
public final class HillClimbing {

    private HillClimbing() {
    }

    /**
     * Steepest-ascent hill climbing: move to a best neighbour (uniformly at random among the best) while it has
     * fewer attacking pairs, or as many for at most {@code maxSideways} consecutive sideways moves.
     */
    public static Trajectory steepestAscent(Board start, int maxSideways, RandomGenerator rng) {
        if (maxSideways < 0) {
            throw new IllegalArgumentException("maxSideways must be >= 0, got " + maxSideways);
        }
        List<Board> path = new ArrayList<>(List.of(start));
        Board current = start;
        int h = Queens.attackingPairs(current);
        int sideways = 0;
        while (h > 0) {
            List<Board> best = new ArrayList<>();
            int bestH = Integer.MAX_VALUE;
            for (Board next : current.neighbors()) {
                int v = Queens.attackingPairs(next);
                if (v < bestH) {
                    bestH = v;
                    best.clear();
                }
                if (v == bestH) {
                    best.add(next);
                }
            }
            if (bestH > h || (bestH == h && sideways >= maxSideways)) {
                break;
            }
            sideways = bestH == h ? sideways + 1 : 0;
            current = best.get(rng.nextInt(best.size()));
            h = bestH;
            path.add(current);
        }
        return new Trajectory(path);
    }

    /** Stochastic hill climbing: move to a neighbour chosen uniformly at random among the better ones. */
    public static Trajectory stochastic(Board start, RandomGenerator rng) {
        List<Board> path = new ArrayList<>(List.of(start));
        Board current = start;
        int h = Queens.attackingPairs(current);
        while (h > 0) {
            List<Board> uphill = new ArrayList<>();
            for (Board next : current.neighbors()) {
                if (Queens.attackingPairs(next) < h) {
                    uphill.add(next);
                }
            }
            if (uphill.isEmpty()) {
                break;
            }
            current = uphill.get(rng.nextInt(uphill.size()));
            h = Queens.attackingPairs(current);
            path.add(current);
        }
        return new Trajectory(path);
    }

    /**
     * First-choice hill climbing: draw random neighbours until one is better and move there; stop after
     * {@code maxTries} draws in a row that are not better.
     */
    public static Trajectory firstChoice(Board start, int maxTries, RandomGenerator rng) {
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be >= 1, got " + maxTries);
        }
        List<Board> path = new ArrayList<>(List.of(start));
        Board current = start;
        int h = Queens.attackingPairs(current);
        boolean moved = true;
        while (h > 0 && moved) {
            moved = false;
            for (int i = 0; i < maxTries && !moved; i++) {
                Board next = current.randomNeighbor(rng);
                int v = Queens.attackingPairs(next);
                if (v < h) {
                    current = next;
                    h = v;
                    path.add(current);
                    moved = true;
                }
            }
        }
        return new Trajectory(path);
    }

    /**
     * Random-restart hill climbing: steepest ascent from {@code Board.random(n, rng)}, again and again, until a
     * climb ends in a solution or {@code maxClimbs} climbs are done.
     */
    public static List<Trajectory> randomRestart(int n, int maxSideways, int maxClimbs, RandomGenerator rng) {
        if (n < 1 || maxSideways < 0 || maxClimbs < 1) {
            throw new IllegalArgumentException("need n >= 1, maxSideways >= 0 and maxClimbs >= 1, got n = " + n
                    + ", maxSideways = " + maxSideways + ", maxClimbs = " + maxClimbs);
        }
        List<Trajectory> climbs = new ArrayList<>();
        Trajectory climb;
        do {
            climb = steepestAscent(Board.random(n, rng), maxSideways, rng);
            climbs.add(climb);
        } while (Queens.attackingPairs(climb.end()) > 0 && climbs.size() < maxClimbs);
        return climbs;
    }
}
