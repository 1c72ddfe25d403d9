package course.astar;

/** Ready-made puzzle heuristics to compare yours with. All are admissible and consistent. */
public final class PuzzleHeuristics {

    private PuzzleHeuristics() {
    }

    /** 0 everywhere: A* becomes uniform-cost search (breadth-first here, as every move costs 1). */
    public static PuzzleHeuristic zero() {
        return state -> 0;
    }

    /** The number of tiles (not the blank) that are not on their goal cell. */
    public static PuzzleHeuristic misplacedTiles() {
        return state -> {
            int count = 0;
            for (int i = 0; i < state.cells(); i++) {
                int t = state.tileAt(i);
                if (t != 0 && t != i + 1) {
                    count++;
                }
            }
            return count;
        };
    }

    /** The sum over the tiles of the row distance plus the column distance to their goal cell. */
    public static PuzzleHeuristic manhattan() {
        return state -> {
            int n = state.size();
            int sum = 0;
            for (int i = 0; i < state.cells(); i++) {
                int t = state.tileAt(i);
                if (t != 0) {
                    sum += Math.abs(i / n - (t - 1) / n) + Math.abs(i % n - (t - 1) % n);
                }
            }
            return sum;
        };
    }
}
