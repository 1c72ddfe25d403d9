package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

public final class HillClimbing {

    private HillClimbing() {
    }

    public static Trajectory steepestAscent(Board start, int maxSideways, RandomGenerator rng) {
        if (maxSideways < 0) {
            throw new IllegalArgumentException("negative maxSideways");
        }
        ArrayList<Board> visited = new ArrayList<>(List.of(start));
        int flatMoves = 0;
        while (true) {
            Board now = visited.get(visited.size() - 1);
            int value = Queens.attackingPairs(now);
            if (value == 0) {
                break;
            }
            ArrayList<Board> ties = new ArrayList<>();
            int min = Integer.MAX_VALUE;
            for (Board b : now.neighbors()) {
                int v = Queens.attackingPairs(b);
                if (v < min) {
                    ties = new ArrayList<>();
                    min = v;
                }
                if (v == min) {
                    ties.add(b);
                }
            }
            if (min < value) {
                flatMoves = 0;
            } else if (min == value && flatMoves < maxSideways) {
                flatMoves++;
            } else {
                break;
            }
            visited.add(ties.get(rng.nextInt(ties.size())));
        }
        return new Trajectory(visited);
    }

    public static Trajectory stochastic(Board start, RandomGenerator rng) {
        ArrayList<Board> visited = new ArrayList<>(List.of(start));
        while (true) {
            Board now = visited.get(visited.size() - 1);
            int value = Queens.attackingPairs(now);
            ArrayList<Board> better = new ArrayList<>();
            for (Board b : now.neighbors()) {
                if (Queens.attackingPairs(b) < value) {
                    better.add(b);
                }
            }
            if (value == 0 || better.isEmpty()) {
                break;
            }
            visited.add(better.get(rng.nextInt(better.size())));
        }
        return new Trajectory(visited);
    }

    public static Trajectory firstChoice(Board start, int maxTries, RandomGenerator rng) {
        if (maxTries <= 0) {
            throw new IllegalArgumentException("maxTries must be positive");
        }
        ArrayList<Board> visited = new ArrayList<>(List.of(start));
        outer:
        while (Queens.attackingPairs(visited.get(visited.size() - 1)) > 0) {
            Board now = visited.get(visited.size() - 1);
            for (int attempt = 0; attempt < maxTries; attempt++) {
                Board b = now.randomNeighbor(rng);
                if (Queens.attackingPairs(b) < Queens.attackingPairs(now)) {
                    visited.add(b);
                    continue outer;
                }
            }
            break;
        }
        return new Trajectory(visited);
    }

    public static List<Trajectory> randomRestart(int n, int maxSideways, int maxClimbs, RandomGenerator rng) {
        if (n <= 0 || maxSideways < 0 || maxClimbs <= 0) {
            throw new IllegalArgumentException("invalid arguments");
        }
        ArrayList<Trajectory> climbs = new ArrayList<>();
        while (climbs.size() < maxClimbs) {
            Trajectory t = steepestAscent(Board.random(n, rng), maxSideways, rng);
            climbs.add(t);
            if (Queens.attackingPairs(t.end()) == 0) {
                return climbs;
            }
        }
        return climbs;
    }
}
