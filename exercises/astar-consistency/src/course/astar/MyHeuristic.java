package course.astar;

/**
 * Your own heuristic for the sliding-tile puzzle.
 *
 * <p>YOUR TASK: implement {@link #estimate(Puzzle)} so that it is admissible and consistent and makes A* expand as
 * few states as you can on {@link PuzzleInstances#GRADED} (see the README for the grading).
 */
public final class MyHeuristic implements PuzzleHeuristic {

    /** Creates the heuristic. It is created once and then called for many states; it may precompute things. */
    public MyHeuristic() {
    }

    /**
     * An estimate of the number of moves from {@code state} to the goal of its size.
     *
     * <p>It must work for 3x3 and 4x4 boards and be admissible ({@code h(s) <= } the true number of moves),
     * consistent ({@code |h(s) - h(t)| <= 1} for states one move apart), {@code >= 0} and 0 at the goal.
     *
     * @param state a puzzle state of size 3 or 4
     * @return the estimate
     */
    @Override
    public double estimate(Puzzle state) {
        throw new UnsupportedOperationException("TODO design an admissible, consistent heuristic");
    }
}
