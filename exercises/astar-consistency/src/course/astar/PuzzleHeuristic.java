package course.astar;

/**
 * A heuristic for the sliding-tile puzzle: an estimate of the number of moves from a state to the goal of its
 * size ({@link Puzzle#goal(int)}).
 */
@FunctionalInterface
public interface PuzzleHeuristic {
    /** The estimated number of moves from {@code state} to the goal. */
    double estimate(Puzzle state);
}
