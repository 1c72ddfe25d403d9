package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class GeneticTests {

    /** AIMA Figure 4.6: the initial population, fitness 24, 23, 20, 11. */
    private static final List<Board> AIMA = List.of(Board.fromDigits("24748552"), Board.fromDigits("32752411"),
            Board.fromDigits("24415124"), Board.fromDigits("32543213"));

    @Test
    @Points(2)
    @DependsOn("QueensTests.aimaPopulationHasFitness24_23_20_11")
    @Hint(value = "AIMA's example: fitness 24, 23, 20, 11 sum to 78, so the selection probabilities are 24/78 = "
            + "31%, 23/78 = 29%, 20/78 = 26% and 11/78 = 14%. (The course notes write 24 + 23 + 21 + 11 in the "
            + "denominator; the third fitness is 20.) If every fitness is 0 the probabilities are equal.",
            zh = "AIMA 的例子：适应度 24、23、20、11 之和为 78，所以选择概率为 24/78 = 31%、23/78 = 29%、20/78 = 26% 和 "
                    + "11/78 = 14%。（课程笔记的分母写成 24 + 23 + 21 + 11；第三个适应度是 20。）所有适应度都为 0 时概率相等。")
    void aimaSelectionProbabilitiesAre24Over78AndSoOn() {
        Approx.assertClose("selectionProbabilities of AIMA's population", Genetic.selectionProbabilities(AIMA),
                new double[] {24 / 78.0, 23 / 78.0, 20 / 78.0, 11 / 78.0}, Tolerance.DEFAULT);
        List<Board> hopeless = List.of(Board.of(0, 0), Board.of(0, 1), Board.of(1, 1));
        Approx.assertClose("selectionProbabilities of three 2 x 2 boards, all of fitness 0",
                Genetic.selectionProbabilities(hopeless), new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, Tolerance.DEFAULT);
        assertThatThrownBy(() -> Genetic.selectionProbabilities(List.of())).as("an empty population")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Points(2)
    @Hint(value = "AIMA's crossovers: 32752411 x 24748552 at point 3 gives 32748552 (the first 3 columns of the "
            + "first parent, the rest of the second), 24748552 x 32752411 at 3 gives 24752411, 32752411 x 24415124 "
            + "at 5 gives 32752124 and 24415124 x 32752411 at 5 gives 24415411. The point must be in 1..n-1 and "
            + "the parents of the same size, or IllegalArgumentException.",
            zh = "AIMA 的交叉：32752411 x 24748552 在点 3 处得到 32748552（第一个父代的前 3 列，其余来自第二个父代），"
                    + "24748552 x 32752411 在 3 处得到 24752411，32752411 x 24415124 在 5 处得到 32752124，24415124 x "
                    + "32752411 在 5 处得到 24415411。交叉点必须在 1..n-1 内，且父代大小相同，否则抛出 "
                    + "IllegalArgumentException。")
    void aimaCrossovers() {
        String[][] cases = {
            {"32752411", "24748552", "3", "32748552"},
            {"24748552", "32752411", "3", "24752411"},
            {"32752411", "24415124", "5", "32752124"},
            {"24415124", "32752411", "5", "24415411"},
        };
        for (String[] c : cases) {
            Board child = Genetic.crossover(Board.fromDigits(c[0]), Board.fromDigits(c[1]), Integer.parseInt(c[2]));
            assertThat(child).as("crossover(%s, %s, %s)", c[0], c[1], c[2]).isEqualTo(Board.fromDigits(c[3]));
        }
        Board x = Board.fromDigits("24748552");
        assertThatThrownBy(() -> Genetic.crossover(x, x, 0)).as("point 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.crossover(x, x, 8)).as("point 8 of 8")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.crossover(x, Board.of(0, 1, 2), 2)).as("parents of sizes 8 and 3")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Points(2)
    @Hint(value = "select spins a roulette wheel: index i comes up with probability p_i (about 31% for AIMA's first "
            + "board), an entry of probability 0 never. Probabilities that are negative, NaN, or do not sum to 1 "
            + "(within Genetic.TOLERANCE), or an empty array, are rejected with IllegalArgumentException.",
            zh = "select 转一次轮盘：下标 i 出现的概率为 p_i（AIMA 的第一个棋盘约 31%），概率为 0 的项永远不会出现。概率为负、"
                    + "NaN、和不为 1（在 Genetic.TOLERANCE 以内）或数组为空时要抛出 IllegalArgumentException。")
    void selectDrawsWithTheGivenProbabilities() {
        double[] p = {24 / 78.0, 23 / 78.0, 20 / 78.0, 11 / 78.0};
        Counts<Integer> drawn = new Counts<>();
        SplittableRandom rng = new SplittableRandom(78);
        for (int i = 0; i < 4000; i++) {
            drawn.add(Genetic.select(p, rng));
        }
        String problem = null;
        for (int i = 0; i < p.length && problem == null; i++) {
            problem = Counts.offBy4Sigma("index " + i, drawn.of(i), drawn.total(), p[i]);
        }
        assertThat(problem).withFailMessage("select(24/78, 23/78, 20/78, 11/78): %s", problem).isNull();
        for (int i = 0; i < 200; i++) {
            assertThat(Genetic.select(new double[] {0, 0.5, 0, 0.5, 0}, rng)).as("select(0, 0.5, 0, 0.5, 0)")
                    .isIn(1, 3);
        }
        for (double[] bad : List.of(new double[] {0.5, 0.4}, new double[] {1.5, -0.5}, new double[] {Double.NaN, 1},
                new double[] {})) {
            assertThatThrownBy(() -> Genetic.select(bad, rng)).as("select(%s)", NumberText.show(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @Points(1)
    @Hint(value = "select's sum check has a tolerance: probabilities whose sum is 1 only up to round-off (0.7 + 0.2 + "
            + "0.1, or 1 + 5e-10) are accepted, a sum 2e-9 away from 1 or an infinite entry is not. When the "
            + "running sum stays just below 1 and u = rng.nextDouble() is above it, return the last entry of "
            + "probability > 0, never a trailing entry of probability 0; the index returned is the first whose running sum "
            + "exceeds u (is strictly greater).",
            zh = "select 的求和检查有容差：和只在舍入误差范围内为 1 的概率（0.7 + 0.2 + 0.1，或 1 + 5e-10）要接受，与 1 相差 "
                    + "2e-9 或含无穷的项则不接受。当累加和略小于 1 而 u = rng.nextDouble() 比它大时，要返回最后一个概率 > 0 "
                    + "的项，绝不返回末尾概率为 0 的项；返回的是累加和第一次超过（严格大于）u 的下标。")
    void selectToleratesRoundOffButNotMore() {
        double[] inexact = {0.7, 0.2, 0.1, 0};
        assertThat(Genetic.select(inexact, new FixedDraw(0.8))).as("select(0.7, 0.2, 0.1, 0) with u = 0.8").isOne();
        assertThat(Genetic.select(inexact, new FixedDraw(Math.nextDown(1.0))))
                .as("select(0.7, 0.2, 0.1, 0) with the largest u below 1 (the running sum is 0.9999999999999999)")
                .isEqualTo(2);
        double[] short1 = {0.5, 0.5 - 5e-10, 0, 0};
        assertThat(Genetic.select(short1, new FixedDraw(1 - 1e-12)))
                .as("select(0.5, 0.5 - 5e-10, 0, 0) with u = 1 - 1e-12 (beyond the running sum)").isOne();
        assertThat(Genetic.select(new double[] {0.5, 0.5 + 5e-10}, new FixedDraw(0.75)))
                .as("select(0.5, 0.5 + 5e-10) with u = 0.75").isOne();
        assertThat(Genetic.select(new double[] {0.5, 0.5}, new FixedDraw(0.5)))
                .as("select(0.5, 0.5) with u = 0.5 (the first running sum that EXCEEDS u)").isOne();
        assertThat(Genetic.select(new double[] {1, 0, 0}, new FixedDraw(0.5))).as("select(1, 0, 0)").isZero();
        for (double[] bad : List.of(new double[] {0.5, 0.5 - 2e-9}, new double[] {0.5, 0.5 + 2e-9},
                new double[] {Double.POSITIVE_INFINITY, 1})) {
            assertThatThrownBy(() -> Genetic.select(bad, new FixedDraw(0.5))).as("select(%s)", Arrays.toString(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @Points(2)
    @Hint(value = "mutate changes each column independently with probability rate, to a row drawn uniformly from "
            + "all n rows (it may draw the row it had): at rate 0 nothing changes, at rate 1 a column keeps its row "
            + "with probability 1/n, at rate 0.25 a column changes with probability 0.25 (n - 1)/n. A rate outside "
            + "[0, 1] is rejected with IllegalArgumentException.",
            zh = "mutate 以概率 rate 独立地改变每一列，新行从全部 n 行中均匀抽取（可能抽到原来的行）：rate 为 0 时不变，"
                    + "rate 为 1 时每列以 1/n 的概率保持原行，rate 为 0.25 时每列以 0.25 (n - 1)/n 的概率改变。rate 不在 "
                    + "[0, 1] 内时要抛出 IllegalArgumentException。")
    void mutateChangesEachColumnIndependently() {
        SplittableRandom rng = new SplittableRandom(25);
        Board b = Board.fromDigits("24748552");
        assertThat(Genetic.mutate(b, 0, rng)).as("mutate(%s, rate 0)", b).isEqualTo(b);
        String problem = null;
        for (double rate : new double[] {1, 0.25}) {
            int changed = 0;
            for (int i = 0; i < 400; i++) {
                Board m = Genetic.mutate(b, rate, rng);
                for (int c = 0; c < 8; c++) {
                    changed += m.row(c) != b.row(c) ? 1 : 0;
                }
            }
            if (problem == null) {
                problem = Counts.offBy4Sigma("at rate " + NumberText.show(rate) + " a changed column", changed,
                        400 * 8, rate * 7 / 8);
            }
        }
        assertThat(problem).withFailMessage("mutate(%s): %s", b, problem).isNull();
        for (double bad : new double[] {-0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> Genetic.mutate(b, bad, rng)).as("rate %s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @Points(1)
    @DependsOn({"aimaCrossovers", "mutateChangesEachColumnIndependently"})
    @Hint(value = "With mutation rate 0, parents that are all the same board can only breed that board: every "
            + "generation of four copies of 24748552 is four copies again, for all maxGenerations, and best is that "
            + "board.",
            zh = "变异率为 0 时，全是同一个棋盘的父代只能繁殖出这个棋盘：四个 24748552 的每一代仍是四个相同的副本，持续"
                    + " maxGenerations 代，best 就是这个棋盘。")
    void identicalParentsBreedIdenticalChildren() {
        Board b = Board.fromDigits("24748552");
        List<Board> clones = Collections.nCopies(4, b);
        Evolution e = Genetic.evolve(clones, 0, 3, new SplittableRandom(4));
        assertThat(e.populations()).as("populations").containsExactly(clones, clones, clones, clones);
        assertThat(e.best()).as("best").isEqualTo(b);
    }

    @Test
    @Points(2)
    @DependsOn({"GeneticProperties.evolutionKeepsThePopulationSizeAndStopsAtASolution",
        "selectDrawsWithTheGivenProbabilities"})
    @Hint(value = "Selection pressure works: from populations of 20 random 8-queens boards (mean fitness about 23), "
            + "30 generations with mutation rate 0.05 raise the mean fitness of the population by about 1.2 on "
            + "average (more than 0.6 is required). Choosing parents uniformly (about 0) or by attacking pairs "
            + "instead of fitness (it falls) does not.",
            zh = "选择压力有效：从 20 个随机 8 皇后棋盘的种群（平均适应度约 23）开始，变异率 0.05 下繁殖 30 代后，种群的"
                    + "平均适应度平均提高约 1.2（要求大于 0.6）。均匀地选择父代（约为 0）或按攻击对数而不是适应度选择"
                    + "（反而下降）都做不到。")
    void evolutionRaisesTheMeanFitness() {
        SplittableRandom rng = new SplittableRandom(2024);
        double gain = 0;
        int runs = 40;
        for (int r = 0; r < runs; r++) {
            List<Board> start = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                start.add(Board.random(8, rng));
            }
            Evolution e = Genetic.evolve(start, 0.05, 30, rng);
            List<Board> last = e.populations().get(e.populations().size() - 1);
            gain += (mean(last) - mean(start)) / runs;
        }
        assertThat(gain).withFailMessage("over 30 generations the mean fitness of the population rose by %s on "
                + "average (40 runs); fitness-proportional selection raises it by about 1.2 (more than 0.6 is "
                + "required)", NumberText.show(gain)).isGreaterThan(0.6);
    }

    private static double mean(List<Board> population) {
        return population.stream().mapToInt(Oracle::fitness).average().orElseThrow();
    }

    @Test
    @Points(1)
    @Hint(value = "evolve returns at once when the population already holds a solution (one population, best = the "
            + "first solution); an empty population, boards of different sizes or of size 1 (no crossover point), "
            + "maxGenerations < 0 and a rate outside [0, 1] are rejected with IllegalArgumentException (size 2 and "
            + "rate 1 are allowed).",
            zh = "种群中已有解时 evolve 立即返回（只有一个种群，best 为第一个解）；空种群、大小不同或大小为 1 的棋盘（没有"
                    + "交叉点）、maxGenerations < 0 以及不在 [0, 1] 内的变异率都要抛出 IllegalArgumentException（大小 2 和"
                    + "变异率 1 是允许的）。")
    void evolveEdgeCases() {
        SplittableRandom rng = new SplittableRandom(9);
        Board solution = Board.of(0, 4, 7, 5, 2, 6, 1, 3);
        List<Board> start = List.of(Board.fromDigits("24748552"), solution);
        Evolution e = Genetic.evolve(start, 0.1, 5, rng);
        assertThat(e.populations()).as("populations when the first holds a solution").containsExactly(start);
        assertThat(e.best()).as("best").isEqualTo(solution);
        List<Board> twoByTwo = List.of(Board.of(0, 0), Board.of(0, 1));
        assertThat(Genetic.evolve(twoByTwo, 1, 2, rng).populations()).as("evolve of 2 x 2 boards (no solution "
                + "exists) at rate 1 for 2 generations: the populations").hasSize(3);
        assertThatThrownBy(() -> Genetic.evolve(AIMA, -0.1, 5, rng)).as("rate -0.1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.evolve(List.of(), 0.1, 5, rng)).as("an empty population")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.evolve(List.of(Board.of(0, 1, 2), Board.of(0, 1, 2, 3)), 0.1, 5, rng))
                .as("boards of sizes 3 and 4").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.evolve(List.of(Board.of(0)), 0.1, 5, rng)).as("boards of size 1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.evolve(AIMA, 0.1, -1, rng)).as("maxGenerations -1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Genetic.evolve(AIMA, 1.5, 5, rng)).as("rate 1.5")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
