package course.localsearch;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Local beam search and stochastic beam search on n-queens.
 *
 * <p>Both start from the given beam of k boards. At each step the <em>pool</em> is all neighbours of all boards of
 * the beam (beam order, then {@link Board#neighbors()} order). If the pool holds a solution, the search stops and
 * returns the first one; otherwise the next beam of k boards is chosen from the pool. A first beam holding a
 * solution is returned at once; after {@code maxSteps} steps the best board of the last beam (fewest attacking
 * pairs, the first among equals) is returned.
 *
 * <p>YOUR TASK: implement the three methods. The rules are in README.md.
 */
public final class BeamSearch {

    private BeamSearch() {
    }

    /**
     * Local beam search: the next beam is the k best DISTINCT boards of the pool (fewest attacking pairs; among
     * equals, the one that comes first in the pool); fewer if the pool has fewer distinct boards.
     *
     * @throws IllegalArgumentException if the beam is empty, its boards differ in size or {@code maxSteps < 0}
     */
    public static BeamResult localBeam(List<Board> beam, int maxSteps) {
        throw new UnsupportedOperationException("TODO implement local beam search");
    }

    /**
     * The probability of each board: {@code exp(-h_i / temperature) / sum_j exp(-h_j / temperature)}, where
     * {@code h_i} is the number of attacking pairs of board i. Subtract the smallest {@code h} first, so that a
     * small temperature does not turn every term into 0.
     *
     * @throws IllegalArgumentException if there are no boards or the temperature is not finite and {@code > 0}
     */
    public static double[] softmax(List<Board> boards, double temperature) {
        throw new UnsupportedOperationException("TODO implement the softmax over boards");
    }

    /**
     * Stochastic beam search: the next beam is k independent draws from the pool (with replacement) with the
     * {@link #softmax} probabilities.
     *
     * @throws IllegalArgumentException if the beam is empty, its boards differ in size or {@code maxSteps < 0}
     */
    public static BeamResult stochasticBeam(List<Board> beam, double temperature, int maxSteps,
                                            RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement stochastic beam search");
    }
}
