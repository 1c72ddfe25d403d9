package course.astar;

/**
 * Manhattan distance plus 2 for every tile that has to leave its goal row (or column) to let the others pass.
 * Lines have at most 4 tiles, so the fewest tiles to take out is found by trying every subset.
 */
public final class MyHeuristic implements PuzzleHeuristic {

    private static final PuzzleHeuristic MANHATTAN = PuzzleHeuristics.manhattan();

    public MyHeuristic() {
    }

    @Override
    public double estimate(Puzzle state) {
        int n = state.size();
        int h = (int) MANHATTAN.estimate(state);
        for (int i = 0; i < n; i++) {
            int[] row = new int[n];
            int[] col = new int[n];
            int r = 0;
            int c = 0;
            for (int j = 0; j < n; j++) {
                int t = state.tileAt(i, j);
                if (t != 0 && (t - 1) / n == i) {
                    row[r++] = (t - 1) % n;
                }
                int u = state.tileAt(j, i);
                if (u != 0 && (u - 1) % n == i) {
                    col[c++] = (u - 1) / n;
                }
            }
            h += 2 * fewestToRemove(row, r) + 2 * fewestToRemove(col, c);
        }
        return h;
    }

    private static int fewestToRemove(int[] goals, int count) {
        int best = count;
        for (int keep = 0; keep < (1 << count); keep++) {
            int last = -1;
            boolean ordered = true;
            for (int i = 0; i < count && ordered; i++) {
                if ((keep & (1 << i)) != 0) {
                    ordered = goals[i] > last;
                    last = goals[i];
                }
            }
            if (ordered) {
                best = Math.min(best, count - Integer.bitCount(keep));
            }
        }
        return best;
    }
}
