package course.localsearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The genetic algorithm on n-queens: fitness-proportional selection, single-point crossover, per-gene mutation. */
public final class Genetic {

    /** How far from 1 the probabilities given to {@link #select} may sum. */
    public static final double TOLERANCE = 1e-9;

    private Genetic() {
    }

    /** Each board's fitness divided by the population's total fitness; all equal if the total is 0. */
    public static double[] selectionProbabilities(List<Board> population) {
        if (population.isEmpty()) {
            throw new IllegalArgumentException("the population is empty");
        }
        double[] p = new double[population.size()];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Queens.fitness(population.get(i));
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = total == 0 ? 1.0 / p.length : p[i] / total;
        }
        return p;
    }

    /** The index of an entry drawn with the given probabilities (a roulette wheel spun with one random number). */
    public static int select(double[] probabilities, RandomGenerator rng) {
        double sum = 0;
        int last = -1;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!(p >= 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("probability " + i + " is " + p);
            }
            sum += p;
            if (p > 0) {
                last = i;
            }
        }
        if (last < 0 || Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("the probabilities sum to " + sum + ", not 1");
        }
        double u = rng.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < last; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return last;
    }

    /** The child with the first {@code point} columns of {@code x} and the rest of {@code y}. */
    public static Board crossover(Board x, Board y, int point) {
        if (x.size() != y.size() || point < 1 || point >= x.size()) {
            throw new IllegalArgumentException("need two boards of the same size n and a point in 1..n-1, got sizes "
                    + x.size() + " and " + y.size() + ", point " + point);
        }
        int[] rows = y.rows();
        System.arraycopy(x.rows(), 0, rows, 0, point);
        return Board.of(rows);
    }

    /**
     * Each column, independently with probability {@code rate}, gets a queen in a row drawn uniformly from all
     * {@code n} rows.
     */
    public static Board mutate(Board board, double rate, RandomGenerator rng) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("the mutation rate must be in [0, 1], got " + rate);
        }
        int[] rows = board.rows();
        for (int c = 0; c < rows.length; c++) {
            if (rng.nextDouble() < rate) {
                rows[c] = rng.nextInt(rows.length);
            }
        }
        return Board.of(rows);
    }

    /**
     * The genetic algorithm: each generation breeds as many children as the population has boards, each from two
     * parents drawn by {@link #select} with the {@link #selectionProbabilities}, crossed at a point
     * {@code 1 + rng.nextInt(n - 1)} and mutated; it stops at the first generation holding a solution or after
     * {@code maxGenerations}.
     */
    public static Evolution evolve(List<Board> population, double mutationRate, int maxGenerations,
                                   RandomGenerator rng) {
        if (population.isEmpty() || maxGenerations < 0 || !(mutationRate >= 0 && mutationRate <= 1)) {
            throw new IllegalArgumentException("need a population, maxGenerations >= 0 and a rate in [0, 1], got "
                    + population.size() + " boards, maxGenerations " + maxGenerations + ", rate " + mutationRate);
        }
        int n = population.get(0).size();
        if (n < 2 || population.stream().anyMatch(b -> b.size() != n)) {
            throw new IllegalArgumentException("the boards must all have the same size, at least 2: " + population);
        }
        List<List<Board>> populations = new ArrayList<>(List.of(List.copyOf(population)));
        Optional<Board> solution = firstSolution(population);
        for (int g = 0; g < maxGenerations && solution.isEmpty(); g++) {
            List<Board> parents = populations.get(populations.size() - 1);
            double[] p = selectionProbabilities(parents);
            List<Board> children = new ArrayList<>(parents.size());
            for (int i = 0; i < parents.size(); i++) {
                Board x = parents.get(select(p, rng));
                Board y = parents.get(select(p, rng));
                children.add(mutate(crossover(x, y, 1 + rng.nextInt(n - 1)), mutationRate, rng));
            }
            populations.add(children);
            solution = firstSolution(children);
        }
        Board best = solution.orElseGet(() -> populations.get(populations.size() - 1).stream()
                .max(Comparator.comparingInt(Queens::fitness)).orElseThrow());
        return new Evolution(populations, best);
    }

    private static Optional<Board> firstSolution(List<Board> boards) {
        return boards.stream().filter(b -> Queens.attackingPairs(b) == 0).findFirst();
    }
}
