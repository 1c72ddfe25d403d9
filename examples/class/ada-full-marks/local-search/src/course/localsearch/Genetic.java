package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

public final class Genetic {

    public static final double TOLERANCE = 1e-9;

    private Genetic() {
    }

    public static double[] selectionProbabilities(List<Board> population) {
        if (population.isEmpty()) {
            throw new IllegalArgumentException("empty population");
        }
        int total = population.stream().mapToInt(Queens::fitness).sum();
        return population.stream()
                .mapToDouble(b -> total == 0 ? 1.0 / population.size() : Queens.fitness(b) / (double) total)
                .toArray();
    }

    public static int select(double[] probabilities, RandomGenerator rng) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("nothing to select from");
        }
        double sum = 0;
        for (double p : probabilities) {
            if (Double.isNaN(p) || Double.isInfinite(p) || p < 0) {
                throw new IllegalArgumentException("bad probability " + p);
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("probabilities sum to " + sum);
        }
        double spin = rng.nextDouble();
        int chosen = -1;
        double running = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] == 0) {
                continue;
            }
            chosen = i;
            running += probabilities[i];
            if (spin < running) {
                return i;
            }
        }
        return chosen;
    }

    public static Board crossover(Board x, Board y, int point) {
        int n = x.size();
        if (y.size() != n || point <= 0 || point >= n) {
            throw new IllegalArgumentException("bad crossover");
        }
        int[] child = new int[n];
        for (int c = 0; c < n; c++) {
            child[c] = (c < point ? x : y).row(c);
        }
        return Board.of(child);
    }

    public static Board mutate(Board board, double rate, RandomGenerator rng) {
        if (Double.isNaN(rate) || rate < 0 || rate > 1) {
            throw new IllegalArgumentException("bad rate " + rate);
        }
        Board result = board;
        for (int c = 0; c < board.size(); c++) {
            if (rng.nextDouble() < rate) {
                result = result.withQueen(c, rng.nextInt(board.size()));
            }
        }
        return result;
    }

    private static Board firstSolution(List<Board> population) {
        return population.stream().filter(b -> Queens.attackingPairs(b) == 0).findFirst().orElse(null);
    }

    public static Evolution evolve(List<Board> population, double mutationRate, int maxGenerations,
                                   RandomGenerator rng) {
        if (population.isEmpty() || maxGenerations < 0 || Double.isNaN(mutationRate) || mutationRate < 0
                || mutationRate > 1) {
            throw new IllegalArgumentException("bad arguments");
        }
        int n = population.get(0).size();
        for (Board b : population) {
            if (b.size() != n || n < 2) {
                throw new IllegalArgumentException("boards must share one size >= 2");
            }
        }
        List<List<Board>> generations = new ArrayList<>();
        generations.add(population);
        List<Board> current = population;
        Board found = firstSolution(current);
        for (int g = 0; g < maxGenerations && found == null; g++) {
            double[] p = selectionProbabilities(current);
            List<Board> children = new ArrayList<>();
            while (children.size() < current.size()) {
                Board mother = current.get(select(p, rng));
                Board father = current.get(select(p, rng));
                children.add(mutate(crossover(mother, father, 1 + rng.nextInt(n - 1)), mutationRate, rng));
            }
            current = children;
            generations.add(current);
            found = firstSolution(current);
        }
        if (found == null) {
            found = current.get(0);
            for (Board b : current) {
                if (Queens.fitness(b) > Queens.fitness(found)) {
                    found = b;
                }
            }
        }
        return new Evolution(generations, found);
    }
}
