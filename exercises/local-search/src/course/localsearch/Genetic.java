package course.localsearch;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The genetic algorithm on n-queens: fitness-proportional selection, single-point crossover, per-gene mutation.
 *
 * <p>YOUR TASK: implement the five methods. The rules are in README.md.
 */
public final class Genetic {

    /** How far from 1 the probabilities given to {@link #select} may sum. */
    public static final double TOLERANCE = 1e-9;

    private Genetic() {
    }

    /**
     * Each board's {@link Queens#fitness} divided by the total fitness of the population; all {@code 1 / size} if
     * the total is 0.
     *
     * @throws IllegalArgumentException if the population is empty
     */
    public static double[] selectionProbabilities(List<Board> population) {
        throw new UnsupportedOperationException("TODO implement fitness-proportional selection probabilities");
    }

    /**
     * An index drawn with the given probabilities, with one {@code rng.nextDouble()} (a roulette wheel); an index
     * of probability 0 is never returned.
     *
     * @throws IllegalArgumentException if the array is empty, an entry is negative, infinite or NaN, or the sum is
     *                                  not within {@link #TOLERANCE} of 1
     */
    public static int select(double[] probabilities, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement roulette-wheel selection");
    }

    /**
     * The child of single-point crossover: the first {@code point} columns of {@code x}, the rest of {@code y}.
     *
     * @throws IllegalArgumentException if the sizes differ or {@code point} is not in {@code 1 .. n-1}
     */
    public static Board crossover(Board x, Board y, int point) {
        throw new UnsupportedOperationException("TODO implement single-point crossover");
    }

    /**
     * Per-gene mutation: for each column in order, with probability {@code rate} ({@code rng.nextDouble() <
     * rate}) its queen goes to a row drawn uniformly from all n rows ({@code rng.nextInt(n)}; it may be the same).
     *
     * @throws IllegalArgumentException if {@code rate} is not in {@code [0, 1]}
     */
    public static Board mutate(Board board, double rate, RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement per-gene mutation");
    }

    /**
     * The genetic algorithm. A population holding a solution ends the run (best = its first solution). Otherwise
     * each generation breeds as many children as there are boards: two parents drawn with {@link #select} and the
     * {@link #selectionProbabilities} of the current population, crossed at {@code 1 + rng.nextInt(n - 1)}, then
     * mutated. After {@code maxGenerations} generations without a solution, best = the fittest board of the last
     * population (the first among equals).
     *
     * @throws IllegalArgumentException if the population is empty, its boards differ in size or have size 1,
     *                                  {@code maxGenerations < 0}, or the rate is not in {@code [0, 1]}
     */
    public static Evolution evolve(List<Board> population, double mutationRate, int maxGenerations,
                                   RandomGenerator rng) {
        throw new UnsupportedOperationException("TODO implement the genetic algorithm");
    }
}
