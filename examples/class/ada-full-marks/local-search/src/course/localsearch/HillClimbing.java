package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

public final class HillClimbing {

    private HillClimbing() {
    }

    private static Board pick(List<Board> boards, RandomGenerator rng) {
        return boards.get(rng.nextInt(boards.size()));
    }

    public static Trajectory steepestAscent(Board start, int maxSideways, RandomGenerator rng) {
        if (maxSideways < 0) {
            throw new IllegalArgumentException("maxSideways < 0");
        }
        List<Board> seen = new ArrayList<>();
        seen.add(start);
        int plateau = 0;
        Board here = start;
        while (Queens.attackingPairs(here) != 0) {
            int now = Queens.attackingPairs(here);
            int lowest = here.neighbors().stream().mapToInt(Queens::attackingPairs).min().orElse(Integer.MAX_VALUE);
            boolean uphill = lowest < now;
            boolean sideways = lowest == now && plateau < maxSideways;
            if (!uphill && !sideways) {
                break;
            }
            plateau = uphill ? 0 : plateau + 1;
            here = pick(here.neighbors().stream().filter(b -> Queens.attackingPairs(b) == lowest).toList(), rng);
            seen.add(here);
        }
        return new Trajectory(seen);
    }

    public static Trajectory stochastic(Board start, RandomGenerator rng) {
        List<Board> seen = new ArrayList<>();
        seen.add(start);
        Board here = start;
        while (Queens.attackingPairs(here) != 0) {
            int now = Queens.attackingPairs(here);
            List<Board> better = here.neighbors().stream().filter(b -> Queens.attackingPairs(b) < now).toList();
            if (better.isEmpty()) {
                break;
            }
            here = pick(better, rng);
            seen.add(here);
        }
        return new Trajectory(seen);
    }

    public static Trajectory firstChoice(Board start, int maxTries, RandomGenerator rng) {
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries < 1");
        }
        List<Board> seen = new ArrayList<>();
        seen.add(start);
        Board here = start;
        int failures = 0;
        while (Queens.attackingPairs(here) != 0 && failures < maxTries) {
            Board candidate = here.randomNeighbor(rng);
            if (Queens.attackingPairs(candidate) < Queens.attackingPairs(here)) {
                here = candidate;
                seen.add(here);
                failures = 0;
            } else {
                failures++;
            }
        }
        return new Trajectory(seen);
    }

    public static List<Trajectory> randomRestart(int n, int maxSideways, int maxClimbs, RandomGenerator rng) {
        if (n < 1 || maxClimbs < 1 || maxSideways < 0) {
            throw new IllegalArgumentException("bad arguments");
        }
        List<Trajectory> all = new ArrayList<>();
        for (int i = 0; i < maxClimbs; i++) {
            Trajectory t = steepestAscent(Board.random(n, rng), maxSideways, rng);
            all.add(t);
            if (Queens.attackingPairs(t.end()) == 0) {
                break;
            }
        }
        return all;
    }
}
