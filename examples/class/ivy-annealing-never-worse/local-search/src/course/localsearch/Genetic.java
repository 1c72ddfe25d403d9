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
            throw new IllegalArgumentException("population is empty");
        }
        double[] f = new double[population.size()];
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            f[i] = Queens.fitness(population.get(i));
            sum += f[i];
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = sum > 0 ? f[i] / sum : 1.0 / f.length;
        }
        return f;
    }

    public static int select(double[] probabilities, RandomGenerator rng) {
        double sum = 0;
        int lastPositive = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (!(probabilities[i] >= 0) || probabilities[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("invalid probability at " + i);
            }
            if (probabilities[i] > 0) {
                lastPositive = i;
            }
            sum += probabilities[i];
        }
        if (lastPositive == -1 || Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("probabilities do not sum to 1");
        }
        double u = rng.nextDouble();
        for (int i = 0; i < lastPositive; i++) {
            u -= probabilities[i];
            if (u < 0) {
                return i;
            }
        }
        return lastPositive;
    }

    public static Board crossover(Board x, Board y, int point) {
        if (x.size() != y.size() || point < 1 || point > x.size() - 1) {
            throw new IllegalArgumentException("invalid crossover");
        }
        Board child = y;
        for (int c = 0; c < point; c++) {
            child = child.withQueen(c, x.row(c));
        }
        return child;
    }

    public static Board mutate(Board board, double rate, RandomGenerator rng) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("invalid rate");
        }
        int[] genes = board.rows();
        for (int c = 0; c < genes.length; c++) {
            if (rng.nextDouble() < rate) {
                genes[c] = rng.nextInt(genes.length);
            }
        }
        return Board.of(genes);
    }

    public static Evolution evolve(List<Board> population, double mutationRate, int maxGenerations,
                                   RandomGenerator rng) {
        if (population.isEmpty() || maxGenerations < 0 || !(mutationRate >= 0 && mutationRate <= 1)) {
            throw new IllegalArgumentException("invalid arguments");
        }
        int n = population.get(0).size();
        if (n < 2 || population.stream().anyMatch(b -> b.size() != n)) {
            throw new IllegalArgumentException("invalid boards");
        }
        List<List<Board>> all = new ArrayList<>(List.of(population));
        for (int g = 0; g <= maxGenerations; g++) {
            List<Board> pop = all.get(all.size() - 1);
            for (Board b : pop) {
                if (Queens.attackingPairs(b) == 0) {
                    return new Evolution(all, b);
                }
            }
            if (g == maxGenerations) {
                break;
            }
            double[] p = selectionProbabilities(pop);
            List<Board> kids = new ArrayList<>();
            for (int i = 0; i < pop.size(); i++) {
                Board a = pop.get(select(p, rng));
                Board b = pop.get(select(p, rng));
                kids.add(mutate(crossover(a, b, 1 + rng.nextInt(n - 1)), mutationRate, rng));
            }
            all.add(kids);
        }
        List<Board> last = all.get(all.size() - 1);
        Board best = last.get(0);
        for (Board b : last) {
            if (Queens.fitness(b) > Queens.fitness(best)) {
                best = b;
            }
        }
        return new Evolution(all, best);
    }
}
