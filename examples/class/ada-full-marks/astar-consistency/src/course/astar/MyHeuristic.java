package course.astar;

/**
 * Manhattan distance + linear conflicts, counted the classic way: in each line, keep removing the tile involved in
 * the most conflicts until none is left; every removed tile costs 2 extra moves.
 */
public final class MyHeuristic implements PuzzleHeuristic {

    public MyHeuristic() {
    }

    @Override
    public double estimate(Puzzle state) {
        int n = state.size();
        int total = 0;
        int[] rowTiles = new int[n];
        int[] colTiles = new int[n];
        for (int line = 0; line < n; line++) {
            int inRow = 0;
            int inCol = 0;
            for (int k = 0; k < n; k++) {
                int t = state.tileAt(line, k);
                if (t != 0) {
                    int goalRow = (t - 1) / n;
                    int goalCol = (t - 1) % n;
                    total += Math.abs(goalRow - line) + Math.abs(goalCol - k);
                    if (goalRow == line) {
                        rowTiles[inRow++] = goalCol;
                    }
                }
                int c = state.tileAt(k, line);
                if (c != 0 && (c - 1) % n == line) {
                    colTiles[inCol++] = (c - 1) / n;
                }
            }
            total += 2 * removals(rowTiles, inRow) + 2 * removals(colTiles, inCol);
        }
        return total;
    }

    /** goal[i] is the goal position of the i-th tile of a line, in board order. */
    private static int removals(int[] goal, int count) {
        boolean[] gone = new boolean[count];
        int removed = 0;
        while (true) {
            int worst = -1;
            int worstConflicts = 0;
            for (int i = 0; i < count; i++) {
                if (gone[i]) {
                    continue;
                }
                int conflicts = 0;
                for (int j = 0; j < count; j++) {
                    if (!gone[j] && j != i && (j < i) != (goal[j] < goal[i])) {
                        conflicts++;
                    }
                }
                if (conflicts > worstConflicts) {
                    worst = i;
                    worstConflicts = conflicts;
                }
            }
            if (worst < 0) {
                return removed;
            }
            gone[worst] = true;
            removed++;
        }
    }
}
