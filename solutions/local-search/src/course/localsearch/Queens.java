package course.localsearch;

/** The n-queens objective: attacking pairs (to minimise) and fitness (to maximise). */
public final class Queens {

    private Queens() {
    }

    /**
     * The number of pairs of queens that attack each other: on the same row or on the same diagonal, whether or
     * not another queen stands between them.
     */
    public static int attackingPairs(Board board) {
        int n = board.size();
        int[] row = new int[n];
        int[] down = new int[2 * n - 1];
        int[] up = new int[2 * n - 1];
        for (int c = 0; c < n; c++) {
            int r = board.row(c);
            row[r]++;
            down[r - c + n - 1]++;
            up[r + c]++;
        }
        return pairsIn(row) + pairsIn(down) + pairsIn(up);
    }

    /** How many pairs the counts make: C(k, 2) for a line holding k queens. */
    private static int pairsIn(int[] counts) {
        int pairs = 0;
        for (int k : counts) {
            pairs += k * (k - 1) / 2;
        }
        return pairs;
    }

    /** The number of pairs that do not attack each other: {@code C(n, 2) - attackingPairs}, 28 at best on 8 x 8. */
    public static int fitness(Board board) {
        return board.pairs() - attackingPairs(board);
    }
}
