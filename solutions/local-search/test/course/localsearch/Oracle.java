package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The tests' own n-queens arithmetic and the definitions the searches must satisfy, written apart from the
 * reference solution: attacking pairs by looking at every pair, and checkers that say what is wrong with a
 * trajectory.
 */
final class Oracle {

    private Oracle() {
    }

    /** Attacking pairs by the definition: every pair of columns, same row or same diagonal. */
    static int h(Board b) {
        return pairs(b, false, false);
    }

    /**
     * Pairs counted with two known mistakes: {@code ordered} counts (i, j) and (j, i); {@code blocked} lets a
     * queen in between shield the pair (only the nearest queen in each direction counts).
     */
    static int pairs(Board b, boolean ordered, boolean blocked) {
        int n = b.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (attack(b, i, j) && !(blocked && shielded(b, i, j))) {
                    count += ordered ? 2 : 1;
                }
            }
        }
        return count;
    }

    private static boolean attack(Board b, int i, int j) {
        int dr = b.row(j) - b.row(i);
        return dr == 0 || Math.abs(dr) == j - i;
    }

    /** Whether a queen stands on the line between columns i and j (which attack each other). */
    private static boolean shielded(Board b, int i, int j) {
        int step = Integer.signum(b.row(j) - b.row(i));
        for (int k = i + 1; k < j; k++) {
            if (b.row(k) == b.row(i) + step * (k - i)) {
                return true;
            }
        }
        return false;
    }

    static int fitness(Board b) {
        return b.size() * (b.size() - 1) / 2 - h(b);
    }

    static int lowestNeighbour(Board b) {
        int best = Integer.MAX_VALUE;
        for (Board nb : b.neighbors()) {
            best = Math.min(best, h(nb));
        }
        return best;
    }

    /** The neighbours of {@code b} with exactly {@code value} attacking pairs, in neighbour order. */
    static List<Board> neighboursWith(Board b, int value) {
        List<Board> out = new ArrayList<>();
        for (Board nb : b.neighbors()) {
            if (h(nb) == value) {
                out.add(nb);
            }
        }
        return out;
    }

    /** The neighbours of {@code b} with fewer attacking pairs, in neighbour order. */
    static List<Board> betterNeighbours(Board b) {
        List<Board> out = new ArrayList<>();
        for (Board nb : b.neighbors()) {
            if (h(nb) < h(b)) {
                out.add(nb);
            }
        }
        return out;
    }

    /**
     * First-choice hill climbing replayed with the same random numbers: the statement fixes that every draw is one
     * {@code randomNeighbor(rng)} call, so a correct climb with an equally seeded generator is exactly this one.
     */
    static List<Board> firstChoice(Board start, int maxTries, RandomGenerator rng) {
        List<Board> path = new ArrayList<>(List.of(start));
        int failedInARow = 0;
        while (h(path.getLast()) > 0 && failedInARow < maxTries) {
            Board next = path.getLast().randomNeighbor(rng);
            if (h(next) < h(path.getLast())) {
                path.add(next);
                failedInARow = 0;
            } else {
                failedInARow++;
            }
        }
        return path;
    }

    /** What makes {@code t} not a steepest-ascent climb from {@code start} with that many sideways moves, or null. */
    static String steepestProblem(Trajectory t, Board start, int maxSideways) {
        String common = startAndSize(t, start);
        if (common != null) {
            return common;
        }
        int sideways = 0;
        List<Board> boards = t.boards();
        for (int i = 1; i < boards.size(); i++) {
            Board from = boards.get(i - 1);
            Board to = boards.get(i);
            String move = moveProblem(i, from, to);
            if (move != null) {
                return move;
            }
            int best = lowestNeighbour(from);
            if (h(to) != best) {
                return "step " + i + " goes from " + from + " (h = " + h(from) + ") to " + to + " (h = " + h(to)
                        + "), but the best neighbour has h = " + best + ": steepest ascent moves to a best neighbour";
            }
            if (best > h(from)) {
                return "step " + i + " goes downhill from h = " + h(from) + " to h = " + best;
            }
            sideways = best == h(from) ? sideways + 1 : 0;
            if (sideways > maxSideways) {
                return "step " + i + " is sideways move number " + sideways + " in a row, but at most "
                        + maxSideways + " are allowed";
            }
        }
        Board end = t.end();
        int best = end.size() > 1 ? lowestNeighbour(end) : Integer.MAX_VALUE;
        if (h(end) > 0 && (best < h(end) || (best == h(end) && sideways < maxSideways))) {
            return "the climb stops at " + end + " (h = " + h(end) + ") although "
                    + (best < h(end) ? "a neighbour has h = " + best
                    : "a sideways move is still allowed (" + sideways + " in a row so far, " + maxSideways
                            + " allowed; the count starts again after every uphill move)");
        }
        return null;
    }

    /** What makes {@code t} not a climb of strictly better random moves from {@code start}, or null. */
    static String uphillProblem(Trajectory t, Board start, boolean mustEndAtLocalMinimum) {
        String common = startAndSize(t, start);
        if (common != null) {
            return common;
        }
        List<Board> boards = t.boards();
        for (int i = 1; i < boards.size(); i++) {
            Board from = boards.get(i - 1);
            Board to = boards.get(i);
            String move = moveProblem(i, from, to);
            if (move != null) {
                return move;
            }
            if (h(to) >= h(from)) {
                return "step " + i + " goes from h = " + h(from) + " to h = " + h(to) + ": every move must have "
                        + "fewer attacking pairs";
            }
        }
        Board end = t.end();
        if (mustEndAtLocalMinimum && h(end) > 0 && !betterNeighbours(end).isEmpty()) {
            return "the climb stops at " + end + " (h = " + h(end) + ") although " + betterNeighbours(end).size()
                    + " neighbours are better";
        }
        return null;
    }

    /** What is wrong with an annealing trajectory from {@code start} that may take {@code maxSteps} steps, or null. */
    static String annealingProblem(Trajectory t, Board start, int maxSteps) {
        String common = startAndSize(t, start);
        if (common != null) {
            return common;
        }
        List<Board> boards = t.boards();
        for (int i = 1; i < boards.size(); i++) {
            Board from = boards.get(i - 1);
            Board to = boards.get(i);
            if (!to.equals(from) && !to.isNeighborOf(from)) {
                return "step " + i + " goes from " + from + " to " + to + ": a step either stays or moves one queen";
            }
        }
        if (t.steps() > maxSteps) {
            return "the search took " + t.steps() + " steps, but the schedule's temperature is 0 after step "
                    + maxSteps;
        }
        if (h(t.end()) > 0 && t.steps() < maxSteps) {
            return "the search stopped after " + t.steps() + " steps at " + t.end() + " (h = " + h(t.end())
                    + "), but it goes on until a solution or a temperature of 0 (after step " + maxSteps + ")";
        }
        return null;
    }

    /** Checks shared by every trajectory: it starts at the start, keeps the size and stops at the first solution. */
    private static String startAndSize(Trajectory t, Board start) {
        if (!t.start().equals(start)) {
            return "the trajectory starts at " + t.start() + " instead of " + start;
        }
        for (int i = 0; i < t.boards().size(); i++) {
            Board b = t.boards().get(i);
            if (b.size() != start.size()) {
                return "board " + i + " of the trajectory has " + b.size() + " columns instead of " + start.size();
            }
            if (i < t.steps() && h(b) == 0) {
                return "board " + i + " " + b + " is a solution, but the search went on";
            }
        }
        return null;
    }

    private static String moveProblem(int i, Board from, Board to) {
        return to.isNeighborOf(from) ? null
                : "step " + i + " goes from " + from + " to " + to + ", which is not a single move of one queen";
    }

    /** Local beam search as the statement defines it, written with explicit loops. */
    static BeamResult localBeam(List<Board> beam, int maxSteps) {
        List<List<Board>> beams = new ArrayList<>();
        beams.add(beam);
        for (Board b : beam) {
            if (h(b) == 0) {
                return new BeamResult(beams, b);
            }
        }
        for (int step = 0; step < maxSteps; step++) {
            List<Board> pool = new ArrayList<>();
            for (Board b : beams.get(beams.size() - 1)) {
                pool.addAll(b.neighbors());
            }
            for (Board b : pool) {
                if (h(b) == 0) {
                    return new BeamResult(beams, b);
                }
            }
            List<Board> next = new ArrayList<>();
            for (int value = 0; value <= beam.get(0).pairs() && next.size() < beam.size(); value++) {
                for (Board b : pool) {
                    if (h(b) == value && !next.contains(b) && next.size() < beam.size()) {
                        next.add(b);
                    }
                }
            }
            beams.add(next);
        }
        List<Board> last = beams.get(beams.size() - 1);
        Board best = last.get(0);
        for (Board b : last) {
            if (h(b) < h(best)) {
                best = b;
            }
        }
        return new BeamResult(beams, best);
    }

    /** exp(-h / temperature), normalised, computed with logarithms so that it survives tiny temperatures. */
    static double[] softmax(List<Board> boards, double temperature) {
        double[] logits = new double[boards.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = -h(boards.get(i)) / temperature;
            max = Math.max(max, logits[i]);
        }
        double logSum = 0;
        for (double l : logits) {
            logSum += Math.exp(l - max);
        }
        logSum = max + Math.log(logSum);
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - logSum);
        }
        return p;
    }

    /** Fitness-proportional probabilities (uniform when every fitness is 0). */
    static double[] proportional(List<Board> population, boolean useAttackingPairs) {
        double[] w = new double[population.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = useAttackingPairs ? h(population.get(i)) : fitness(population.get(i));
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = total == 0 ? 1.0 / w.length : w[i] / total;
        }
        return w;
    }

    /** The child of single-point crossover: columns 0..point-1 from x, the rest from y. */
    static Board crossover(Board x, Board y, int point) {
        int[] rows = new int[x.size()];
        for (int c = 0; c < rows.length; c++) {
            rows[c] = c < point ? x.row(c) : y.row(c);
        }
        return Board.of(rows);
    }
}
