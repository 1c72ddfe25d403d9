package course.localsearch;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hill climbing on n-queens: steepest ascent (with sideways moves), stochastic, first-choice, random restart.
 * Every method returns the boards it went through, from its start; it stops at once on a solution (0 attacking
 * pairs).
 *
 * <p>YOUR TASK: implement the four methods. The rules are in README.md.
 */
public final class HillClimbing {

    private HillClimbing() {
    }

    /**
     * Steepest-ascent hill climbing. At each step look at all neighbours ({@link Board#neighbors()}) and let
     * {@code best} be the fewest attacking pairs among them:
     * <ul>
     *   <li>{@code best < h(current)}: move to one of the neighbours with {@code best}, chosen uniformly at random
     *       with {@code rng}; the count of sideways moves starts again at 0;</li>
     *   <li>{@code best == h(current)} and fewer than {@code maxSideways} sideways moves in a row so far: move the
     *       same way (a sideways move) and count it;</li>
     *   <li>otherwise stop.</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code maxSideways < 0}
     */
    public static Trajectory steepestAscent(Board start, int maxSideways, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement steepest-ascent hill climbing");
    }

    /**
     * Stochastic hill climbing: move to a neighbour chosen uniformly at random among all neighbours with fewer
     * attacking pairs; stop when there is none.
     */
    public static Trajectory stochastic(Board start, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement stochastic hill climbing");
    }

    /**
     * First-choice hill climbing: draw neighbours with {@link Board#randomNeighbor} and move to the first one with
     * fewer attacking pairs; stop after {@code maxTries} draws in a row that are not better.
     *
     * @throws IllegalArgumentException if {@code maxTries < 1}
     */
    public static Trajectory firstChoice(Board start, int maxTries, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement first-choice hill climbing");
    }

    /**
     * Random-restart hill climbing: {@link #steepestAscent} from {@code Board.random(n, rng)}, again and again,
     * until a climb ends in a solution or {@code maxClimbs} climbs are done. Returns every climb, in order.
     *
     * @throws IllegalArgumentException if {@code n < 1}, {@code maxSideways < 0} or {@code maxClimbs < 1}
     */
    public static List<Trajectory> randomRestart(int n, int maxSideways, int maxClimbs, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement random-restart hill climbing");
    }
}
