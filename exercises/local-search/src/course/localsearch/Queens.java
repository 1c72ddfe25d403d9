package course.localsearch;

/**
 * The n-queens objective: attacking pairs (to minimise) and fitness (to maximise).
 *
 * <p>YOUR TASK: implement both methods. The rules are in README.md.
 */
public final class Queens {

    private Queens() {
    }

    /**
     * The number of pairs of queens that attack each other: on the same row or on the same diagonal (either
     * direction), whether or not another queen stands between them. Columns never hold two queens.
     */
    public static int attackingPairs(Board board) {
        throw new UnsupportedOperationException("TODO count the attacking pairs");
    }

    /** The number of pairs that do not attack each other: {@code C(n, 2) - attackingPairs}, 28 at best on 8 x 8. */
    public static int fitness(Board board) {
        throw new UnsupportedOperationException("TODO fitness = non-attacking pairs");
    }
}
