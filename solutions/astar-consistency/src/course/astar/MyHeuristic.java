package course.astar;

/**
 * Manhattan distance plus linear conflicts (Hansson, Mayer and Yung, 1992).
 *
 * <p>Manhattan distance pretends every tile can slide straight home through the others. Two tiles that are both
 * in their goal row but in the wrong order cannot: one of them must step out of the row and back, two moves
 * Manhattan never counts. In a row, the tiles that can stay are those forming the longest increasing sequence of
 * goal columns; every other one has to step out. The same holds for columns. Stepping out of a row is a vertical
 * detour and stepping out of a column a horizontal one, so the two kinds of extra moves never overlap with each
 * other or with the Manhattan moves: the sum stays a lower bound (admissible). One move takes one tile into or out
 * of one line, so the estimate changes by exactly 1 per move: it is consistent too.
 */
public final class MyHeuristic implements PuzzleHeuristic {

    /** Creates the heuristic (it keeps no state). */
    public MyHeuristic() {
    }

    @Override
    public double estimate(Puzzle state) {
        int n = state.size();
        int manhattan = 0;
        for (int i = 0; i < state.cells(); i++) {
            int t = state.tileAt(i);
            if (t != 0) {
                manhattan += Math.abs(i / n - (t - 1) / n) + Math.abs(i % n - (t - 1) % n);
            }
        }
        int mustLeave = 0;
        int[] line = new int[n];
        for (int row = 0; row < n; row++) {
            int len = 0;
            for (int col = 0; col < n; col++) {
                int t = state.tileAt(row, col);
                if (t != 0 && (t - 1) / n == row) {
                    line[len++] = (t - 1) % n;   // the tile's goal column
                }
            }
            mustLeave += len - longestIncreasing(line, len);
        }
        for (int col = 0; col < n; col++) {
            int len = 0;
            for (int row = 0; row < n; row++) {
                int t = state.tileAt(row, col);
                if (t != 0 && (t - 1) % n == col) {
                    line[len++] = (t - 1) / n;   // the tile's goal row
                }
            }
            mustLeave += len - longestIncreasing(line, len);
        }
        return manhattan + 2 * mustLeave;
    }

    /** Length of a longest strictly increasing subsequence of {@code a[0..len)}; lines are short, so O(len^2). */
    private static int longestIncreasing(int[] a, int len) {
        int[] best = new int[len];
        int result = 0;
        for (int i = 0; i < len; i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (a[j] < a[i] && best[j] + 1 > best[i]) {
                    best[i] = best[j] + 1;
                }
            }
            result = Math.max(result, best[i]);
        }
        return result;
    }
}
