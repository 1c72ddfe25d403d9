package course.localsearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Local beam search and stochastic beam search on n-queens. */
public final class BeamSearch {

    private BeamSearch() {
    }

    /**
     * Local beam search: from k boards, pool all their neighbours and keep the k best distinct ones (fewest
     * attacking pairs, earlier in the pool first among equals), until a solution appears or after
     * {@code maxSteps} steps.
     */
    public static BeamResult localBeam(List<Board> beam, int maxSteps) {
        return run(beam, maxSteps, (pool, k) -> {
            List<Board> distinct = new ArrayList<>(new LinkedHashSet<>(pool));
            distinct.sort(Comparator.comparingInt(Queens::attackingPairs));
            return distinct.subList(0, Math.min(k, distinct.size()));
        });
    }

    /**
     * The probability of choosing each board: {@code exp(-h_i / temperature)} normalised to sum to 1, where
     * {@code h_i} is its number of attacking pairs.
     */
    public static double[] softmax(List<Board> boards, double temperature) {
        if (boards.isEmpty() || !(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("need at least one board and a finite temperature > 0, got "
                    + boards.size() + " boards, temperature " + temperature);
        }
        int lowest = boards.stream().mapToInt(Queens::attackingPairs).min().orElseThrow();
        double[] p = new double[boards.size()];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(-(Queens.attackingPairs(boards.get(i)) - lowest) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Stochastic beam search: like local beam search, but the next beam is k independent draws from the pool
     * with the {@link #softmax} probabilities.
     */
    public static BeamResult stochasticBeam(List<Board> beam, double temperature, int maxSteps,
                                            RandomGenerator rng) {
        return run(beam, maxSteps, (pool, k) -> {
            double[] p = softmax(pool, temperature);
            List<Board> next = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                next.add(pool.get(Genetic.select(p, rng)));
            }
            return next;
        });
    }

    /** How a beam search picks its next beam of (at most) k boards from the pool of successors. */
    private interface Selection {
        List<Board> choose(List<Board> pool, int k);
    }

    private static BeamResult run(List<Board> beam, int maxSteps, Selection selection) {
        if (beam.isEmpty() || maxSteps < 0) {
            throw new IllegalArgumentException("need a beam of at least one board and maxSteps >= 0, got "
                    + beam.size() + " boards, maxSteps " + maxSteps);
        }
        int n = beam.get(0).size();
        if (beam.stream().anyMatch(b -> b.size() != n)) {
            throw new IllegalArgumentException("all boards of a beam must have the same size: " + beam);
        }
        List<List<Board>> beams = new ArrayList<>(List.of(List.copyOf(beam)));
        Optional<Board> solution = firstSolution(beam);
        for (int step = 0; step < maxSteps && solution.isEmpty(); step++) {
            List<Board> pool = new ArrayList<>();
            for (Board b : beams.get(beams.size() - 1)) {
                pool.addAll(b.neighbors());
            }
            solution = firstSolution(pool);
            if (solution.isEmpty()) {
                beams.add(List.copyOf(selection.choose(pool, beam.size())));
            }
        }
        Board best = solution.orElseGet(() -> beams.get(beams.size() - 1).stream()
                .min(Comparator.comparingInt(Queens::attackingPairs)).orElseThrow());
        return new BeamResult(beams, best);
    }

    private static Optional<Board> firstSolution(List<Board> boards) {
        return boards.stream().filter(b -> Queens.attackingPairs(b) == 0).findFirst();
    }
}
