package course.localsearch;

import java.util.SplittableRandom;

/**
 * The course's answer for the published experiment, kept apart from the reference solution so that the figure
 * compares the student's code with it: steepest ascent with random tie-breaks, random restarts and simulated
 * annealing on int arrays.
 */
final class ReferenceLocalSearch {

    private ReferenceLocalSearch() {
    }

    /** A run's outcome: whether it found a solution and after how many moves. */
    record Run(boolean solved, int moves) {
    }

    static int h(int[] q) {
        int count = 0;
        for (int i = 0; i < q.length; i++) {
            for (int j = i + 1; j < q.length; j++) {
                if (q[i] == q[j] || Math.abs(q[i] - q[j]) == j - i) {
                    count++;
                }
            }
        }
        return count;
    }

    static int[] randomBoard(int n, SplittableRandom rng) {
        int[] q = new int[n];
        for (int c = 0; c < n; c++) {
            q[c] = rng.nextInt(n);
        }
        return q;
    }

    /** Steepest ascent with at most {@code maxSideways} sideways moves in a row, from {@code q} (changed in place). */
    static Run climb(int[] q, int maxSideways, SplittableRandom rng) {
        int n = q.length;
        int value = h(q);
        int moves = 0;
        int sideways = 0;
        int[] bestCol = new int[n * n];
        int[] bestRow = new int[n * n];
        while (value > 0) {
            int best = Integer.MAX_VALUE;
            int count = 0;
            for (int c = 0; c < n; c++) {
                int keep = q[c];
                for (int r = 0; r < n; r++) {
                    if (r == keep) {
                        continue;
                    }
                    q[c] = r;
                    int v = h(q);
                    if (v < best) {
                        best = v;
                        count = 0;
                    }
                    if (v == best) {
                        bestCol[count] = c;
                        bestRow[count] = r;
                        count++;
                    }
                }
                q[c] = keep;
            }
            if (best > value || (best == value && sideways == maxSideways)) {
                break;
            }
            sideways = best == value ? sideways + 1 : 0;
            int pick = rng.nextInt(count);
            q[bestCol[pick]] = bestRow[pick];
            value = best;
            moves++;
        }
        return new Run(value == 0, moves);
    }

    /** Random-restart steepest ascent (no sideways moves) until solved or past {@code maxMoves} moves in total. */
    static Run restarts(int n, int maxMoves, SplittableRandom rng) {
        int moves = 0;
        while (moves <= maxMoves) {
            Run r = climb(randomBoard(n, rng), 0, rng);
            moves += r.moves();
            if (r.solved()) {
                return new Run(moves <= maxMoves, moves);
            }
        }
        return new Run(false, moves);
    }

    /** Simulated annealing from {@code q} (changed in place) with the exponential schedule. */
    static Run anneal(int[] q, double t0, double alpha, int steps, SplittableRandom rng) {
        int n = q.length;
        int value = h(q);
        int t = 0;
        while (value > 0 && t < steps) {
            double temperature = t0 * Math.pow(alpha, t);
            t++;
            int c = rng.nextInt(n);
            int r = rng.nextInt(n - 1);
            int old = q[c];
            q[c] = r < old ? r : r + 1;
            int next = h(q);
            int delta = value - next;
            if (delta > 0 || rng.nextDouble() < Math.exp(delta / temperature)) {
                value = next;
            } else {
                q[c] = old;
            }
        }
        return new Run(value == 0, t);
    }
}
