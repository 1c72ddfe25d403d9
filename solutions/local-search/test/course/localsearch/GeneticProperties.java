package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GeneticProperties {

    @Provide
    Arbitrary<List<Board>> populations() {
        return Generators.sameSize(2, 8, 1, 6);
    }

    @Provide
    Arbitrary<List<Board>> smallPopulations() {
        return Generators.sameSize(4, 6, 2, 6);
    }

    @Provide
    Arbitrary<List<Board>> parents() {
        return Generators.sameSize(2, 8, 2, 2);
    }

    @Provide
    Arbitrary<Double> rates() {
        return CourseArbitraries.tenths(0, 0.3);
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("QueensProperties.fitnessPlusAttackingPairsIsAllPairs")
    @Hint(value = "Fitness-proportional selection: p_i = fitness_i / sum_j fitness_j, so the probabilities are "
            + ">= 0, sum to 1 and keep the ratios of the fitness values (all equal when every fitness is 0). Using "
            + "the attacking pairs, which are to be minimised, favours the worst boards.",
            zh = "按适应度比例选择：p_i = fitness_i / sum_j fitness_j，所以概率 >= 0、和为 1，且保持适应度之间的比例（所有适应度"
                    + "都为 0 时概率相等）。用要最小化的攻击对数会偏向最差的棋盘。")
    void selectionProbabilitiesAreProportionalToFitness(@ForAll("populations") List<Board> population) {
        double[] p = Genetic.selectionProbabilities(population);
        double[] expected = Oracle.proportional(population, false);
        String problem = Approx.difference("selection probabilities", p, expected, Tolerance.DEFAULT).orElse(null);
        if (problem != null) {
            problem += "\n  fitness: " + population.stream().map(Oracle::fitness).toList()
                    + Diagnosis.of(p, expected, Tolerance.DEFAULT).called("probabilities")
                            .mistake("proportional to the attacking pairs instead of the fitness",
                                    () -> Oracle.proportional(population, true))
                            .explain();
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "Single-point crossover at point c: the child has the first c columns (0..c-1) of the first "
            + "parent and the columns c..n-1 of the second, for every c from 1 to n - 1.",
            zh = "在点 c 处的单点交叉：子代有第一个父代的前 c 列（0..c-1）和第二个父代的第 c..n-1 列，c 取 1 到 n - 1 的"
                    + "每个值。")
    void crossoverTakesTheHeadOfOneParentAndTheTailOfTheOther(@ForAll("parents") List<Board> xy) {
        Board x = xy.get(0);
        Board y = xy.get(1);
        String problem = null;
        for (int c = 1; c < x.size() && problem == null; c++) {
            Board child = Genetic.crossover(x, y, c);
            Board expected = Oracle.crossover(x, y, c);
            problem = child.equals(expected) ? null
                    : "crossover(" + x + ", " + y + ", " + c + ") is " + child + " but should be " + expected;
        }
        if (problem != null) {
            problem += Diagnosis.of(children(x, y, 0, false), children(x, y, 0, true), Tolerance.DEFAULT)
                    .called("children (at every point)")
                    .mistake("the first c + 1 columns are taken from the first parent", () -> children(x, y, 1, true))
                    .mistake("the first c - 1 columns are taken from the first parent", () -> children(x, y, -1, true))
                    .mistake("the parents are swapped", () -> children(y, x, 0, true))
                    .explain();
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /**
     * The rows of the children at every point 1..n-1, one after the other: the student's ({@code oracle} false)
     * or the oracle's with the point shifted by {@code shift}.
     */
    private static double[] children(Board x, Board y, int shift, boolean oracle) {
        int n = x.size();
        double[] all = new double[n * (n - 1)];
        for (int c = 1; c < n; c++) {
            Board child = oracle ? Oracle.crossover(x, y, c + shift) : Genetic.crossover(x, y, c);
            for (int col = 0; col < n; col++) {
                all[(c - 1) * n + col] = child.row(col);
            }
        }
        return all;
    }

    @Property(tries = 30)
    @Points(2)
    @DependsOn("selectionProbabilitiesAreProportionalToFitness")
    @Hint(value = "Every generation has as many boards as the first, all of the same size; the algorithm stops "
            + "at the first generation that holds a solution (best = its first solution) and otherwise after exactly "
            + "maxGenerations, with best = the fittest board of the last generation (the first among equals).",
            zh = "每一代的棋盘数与第一代相同，大小也相同；算法在第一个含有解的世代停止（best 为其中第一个解），否则恰好繁殖 "
                    + "maxGenerations 代，best 为最后一代中适应度最高的棋盘（相同时取第一个）。")
    void evolutionKeepsThePopulationSizeAndStopsAtASolution(@ForAll("smallPopulations") List<Board> population,
                                                             @ForAll("rates") double rate,
                                                             @ForAll @IntRange(min = 0, max = 5) int maxGenerations,
                                                             @ForAll long seed) {
        Evolution e = Genetic.evolve(population, rate, maxGenerations, new SplittableRandom(seed));
        String problem = e.populations().get(0).equals(population) ? null
                : "the first population is " + e.populations().get(0) + " instead of the given " + population;
        if (problem == null && e.generations() > maxGenerations) {
            problem = e.generations() + " generations were bred, but maxGenerations is " + maxGenerations;
        }
        Board solution = null;
        for (int g = 0; g < e.populations().size() && problem == null; g++) {
            List<Board> pop = e.populations().get(g);
            if (pop.size() != population.size() || pop.stream().anyMatch(b -> b.size() != population.get(0).size())) {
                problem = "generation " + g + " is " + pop + ": it must hold " + population.size() + " boards of size "
                        + population.get(0).size();
            } else {
                solution = pop.stream().filter(b -> Oracle.h(b) == 0).findFirst().orElse(null);
                if (solution != null && g < e.generations()) {
                    problem = "generation " + g + " holds the solution " + solution + ", but the algorithm went on";
                }
            }
        }
        if (problem == null && solution == null && e.generations() < maxGenerations) {
            problem = "the algorithm stopped after " + e.generations() + " of " + maxGenerations
                    + " generations without a solution";
        }
        if (problem == null) {
            List<Board> last = e.populations().get(e.populations().size() - 1);
            Board best = solution != null ? solution
                    : last.stream().max(Comparator.comparingInt(Oracle::fitness)).orElseThrow();
            problem = e.best().equals(best) ? null : "best is " + e.best() + " but should be " + best;
        }
        assertThat(problem).withFailMessage("evolve(%s, rate %s, maxGenerations %d): %s", population, rate,
                maxGenerations, problem).isNull();
    }
}
