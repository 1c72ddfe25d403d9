package course.astar;

/**
 * Manhattan distance with linear conflicts (rows and columns).
 */
public final class MyHeuristic implements PuzzleHeuristic {

    public MyHeuristic() {
    }

    @Override
    public double estimate(Puzzle state) {
        int n = state.size();
        int[] tiles = state.tiles();
        int sum = 0;
        for (int cell = 0; cell < tiles.length; cell++) {
            int t = tiles[cell];
            if (t == 0) {
                continue;
            }
            sum += Math.abs(cell / n - (t - 1) / n) + Math.abs(cell % n - (t - 1) % n);
        }
        for (int line = 0; line < n; line++) {
            sum += 2 * outOfOrder(tiles, n, line, true) + 2 * outOfOrder(tiles, n, line, false);
        }
        return sum;
    }

    /**
     * Tiles of one row (or column) that are in their goal row (column) but cannot stay: the line's length minus the
     * longest run of them already in increasing goal order (patience sorting).
     */
    private static int outOfOrder(int[] tiles, int n, int line, boolean row) {
        int[] tails = new int[n];
        int size = 0;
        int members = 0;
        for (int k = 0; k < n; k++) {
            int cell = row ? line * n + k : k * n + line;
            int t = tiles[cell];
            if (t == 0 || (row ? (t - 1) / n : (t - 1) % n) != line) {
                continue;
            }
            members++;
            int key = row ? (t - 1) % n : (t - 1) / n;
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = key;
            if (lo == size) {
                size++;
            }
        }
        return members - size;
    }
}
