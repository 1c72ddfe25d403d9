package org.aibasis.grader.testkit;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the shapes many exercises share, built so that a failing property shrinks to an input a
 * person can check by hand: whole numbers or one decimal, small sizes, and shrinking toward 1 rather than 0, so
 * that a mistake does not vanish into round-off on an all-zero input.
 *
 * <p>Numbers are generated as integers and scaled: jqwik shrinks integers quickly and exactly, where shrinking
 * doubles can end on values like {@code 1.0000000000000002} and take long.
 */
public final class CourseArbitraries {
    private CourseArbitraries() {
    }

    /** Whole numbers in {@code [min, max]}, shrinking toward the one nearest 1. */
    public static Arbitrary<Integer> smallInts(int min, int max) {
        return Arbitraries.integers().between(min, max).shrinkTowards(clamp(1, min, max));
    }

    /** Numbers with one decimal in {@code [min, max]}, shrinking toward the one nearest 1. */
    public static Arbitrary<Double> tenths(double min, double max) {
        int lo = (int) Math.ceil(min * 10 - 1e-9);
        int hi = (int) Math.floor(max * 10 + 1e-9);
        return Arbitraries.integers().between(lo, hi).shrinkTowards(clamp(10, lo, hi)).map(i -> i / 10.0);
    }

    /**
     * Probability vectors of {@code size} entries, each a small positive whole weight (1 to 9) divided by their
     * sum, so that entries are readable fractions such as 2/7 and their sum is 1 up to round-off (as real
     * inputs are). With {@code distinct}, no two entries are equal, so a mistake that ignores the weights shows.
     */
    public static Arbitrary<double[]> probabilityVector(int size, boolean distinct) {
        if (size < 1 || (distinct && size > 9)) {
            throw new IllegalArgumentException("size must be in 1.." + (distinct ? 9 : "any") + ", got " + size);
        }
        Arbitrary<List<Integer>> weights = distinct
                ? Arbitraries.integers().between(1, 9).list().ofSize(size).uniqueElements()
                : Arbitraries.integers().between(1, 9).list().ofSize(size);
        return weights.map(CourseArbitraries::normalize);
    }

    /** Probability vectors of {@code minSize..maxSize} entries, as {@link #probabilityVector(int, boolean)}. */
    public static Arbitrary<double[]> probabilityVectors(int minSize, int maxSize, boolean distinct) {
        return Arbitraries.integers().between(minSize, maxSize).flatMap(n -> probabilityVector(n, distinct));
    }

    /** {@code rows x cols} matrices of whole numbers in {@code [-bound, bound]}, shrinking toward 1. */
    public static Arbitrary<double[][]> intMatrix(int rows, int cols, int bound) {
        return smallInts(-bound, bound).list().ofSize(rows * cols).map(values -> {
            double[][] m = new double[rows][cols];
            for (int i = 0; i < rows * cols; i++) {
                m[i / cols][i % cols] = values.get(i);
            }
            return m;
        });
    }

    /**
     * Directed graphs of {@code minNodes..maxNodes} nodes, with any set of edges between different nodes (at
     * most one per ordered pair) and costs in {@code 1..maxCost}; they shrink toward fewer nodes, fewer edges
     * and cost 1.
     */
    public static Arbitrary<SmallGraph> digraphs(int minNodes, int maxNodes, int maxCost) {
        if (minNodes < 1 || maxNodes < minNodes || maxCost < 1) {
            throw new IllegalArgumentException("need 1 <= minNodes <= maxNodes and maxCost >= 1");
        }
        return Arbitraries.integers().between(minNodes, maxNodes).flatMap(n -> {
            int pairs = n * (n - 1);
            if (pairs == 0) {
                return Arbitraries.just(new SmallGraph(n, List.of()));
            }
            return Combinators.combine(
                            Arbitraries.integers().between(0, pairs - 1).list().uniqueElements().ofMaxSize(pairs),
                            Arbitraries.integers().between(1, maxCost).list().ofSize(pairs))
                    .as((chosen, costs) -> new SmallGraph(n, chosen.stream().map(p -> {
                        int from = p / (n - 1);
                        int slot = p % (n - 1);
                        int to = slot >= from ? slot + 1 : slot;
                        return new SmallGraph.Edge(from, to, costs.get(p));
                    }).toList()));
        });
    }

    /**
     * Boards of the {@code n}-queens problem with one queen per column: entry {@code c} is the row of the queen
     * in column {@code c}, in {@code 0..n-1}.
     */
    public static Arbitrary<int[]> queens(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        return Arbitraries.integers().between(0, n - 1).list().ofSize(n)
                .map(rows -> rows.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double[] normalize(List<Integer> weights) {
        double sum = weights.stream().mapToInt(Integer::intValue).sum();
        return weights.stream().mapToDouble(w -> w / sum).toArray();
    }

    private static int clamp(int x, int min, int max) {
        return Math.max(min, Math.min(max, x));
    }
}
