package course.astar;

import java.util.List;

/**
 * The fixed 15-puzzle instances on which {@link MyHeuristic} is graded, and the expansion thresholds.
 *
 * <p>They were made by random walks from the goal and kept when A* with Manhattan distance needs between about
 * 5,000 and 20,000 expansions each (45,242 in total): hard enough that a better heuristic shows, small enough
 * to run well within the time limit.
 */
public final class PuzzleInstances {

    /**
     * One graded instance.
     *
     * @param start       the start state
     * @param optimalCost the number of moves of a shortest solution
     */
    public record Instance(Puzzle start, int optimalCost) {
    }

    /** The graded instances. */
    public static final List<Instance> GRADED = List.of(
            new Instance(Puzzle.of(9, 1, 7, 5, 13, 10, 3, 8, 0, 14, 12, 4, 11, 2, 6, 15), 38),
            new Instance(Puzzle.of(6, 3, 4, 8, 1, 13, 12, 0, 5, 9, 2, 14, 10, 11, 7, 15), 34),
            new Instance(Puzzle.of(12, 15, 7, 4, 3, 2, 5, 9, 1, 6, 0, 8, 13, 10, 14, 11), 38),
            new Instance(Puzzle.of(1, 14, 11, 7, 9, 5, 6, 2, 13, 8, 0, 3, 10, 15, 12, 4), 36));

    /**
     * The thresholds on the total number of expansions over {@link #GRADED}, one point each:
     * the total must be at most {@code THRESHOLDS.get(i)} for point i.
     */
    public static final List<Integer> THRESHOLDS = List.of(60_000, 50_000, 30_000, 12_500);

    private PuzzleInstances() {
    }
}
