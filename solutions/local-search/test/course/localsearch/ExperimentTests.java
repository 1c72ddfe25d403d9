package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;
import org.junit.jupiter.api.Test;

/**
 * The seeded experiment of the statement: on the same 100 random 8-queens boards, how often simulated annealing,
 * steepest ascent, steepest ascent with sideways moves and random restarts find a solution within a budget of
 * moves. The student's code and the course's reference run it alike; the figure shows both.
 */
class ExperimentTests {

    private static final int RUNS = 100;
    private static final int[] BUDGETS = {25, 50, 100, 200, 400, 800};
    private static final double T0 = 0.5;
    private static final double T_END = 0.05;
    private static final long SEED = 1983;

    /** Success rates per budget of the four methods, in the order SA, HC, HC + sideways, restarts. */
    private record Rates(double[] annealing, double[] steepest, double[] sideways, double[] restarts) {
    }

    private static double alpha(int budget) {
        return Math.pow(T_END / T0, 1.0 / budget);
    }

    private static Rates student() {
        double[][] r = new double[4][BUDGETS.length];
        for (int run = 0; run < RUNS; run++) {
            Board start = Board.random(8, new SplittableRandom(SEED + run));
            for (int b = 0; b < BUDGETS.length; b++) {
                Trajectory sa = SimulatedAnnealing.anneal(start,
                        Schedule.exponential(T0, alpha(BUDGETS[b]), BUDGETS[b]), new SplittableRandom(SEED * 31 + run));
                r[0][b] += solved(sa) ? 1.0 / RUNS : 0;
            }
            Trajectory hc = HillClimbing.steepestAscent(start, 0, new SplittableRandom(SEED * 37 + run));
            Trajectory side = HillClimbing.steepestAscent(start, 100, new SplittableRandom(SEED * 41 + run));
            List<Trajectory> climbs = HillClimbing.randomRestart(8, 0, 500, new SplittableRandom(SEED * 43 + run));
            int restartMoves = climbs.stream().mapToInt(Trajectory::steps).sum();
            boolean restartSolved = solved(climbs.get(climbs.size() - 1));
            for (int b = 0; b < BUDGETS.length; b++) {
                r[1][b] += solved(hc) && hc.steps() <= BUDGETS[b] ? 1.0 / RUNS : 0;
                r[2][b] += solved(side) && side.steps() <= BUDGETS[b] ? 1.0 / RUNS : 0;
                r[3][b] += restartSolved && restartMoves <= BUDGETS[b] ? 1.0 / RUNS : 0;
            }
        }
        return new Rates(r[0], r[1], r[2], r[3]);
    }

    private static Rates reference() {
        double[][] r = new double[4][BUDGETS.length];
        for (int run = 0; run < RUNS; run++) {
            int[] start = Board.random(8, new SplittableRandom(SEED + run)).rows();
            for (int b = 0; b < BUDGETS.length; b++) {
                ReferenceLocalSearch.Run sa = ReferenceLocalSearch.anneal(start.clone(), T0, alpha(BUDGETS[b]),
                        BUDGETS[b], new SplittableRandom(SEED * 31 + run));
                r[0][b] += sa.solved() ? 1.0 / RUNS : 0;
            }
            ReferenceLocalSearch.Run hc = ReferenceLocalSearch.climb(start.clone(), 0,
                    new SplittableRandom(SEED * 37 + run));
            ReferenceLocalSearch.Run side = ReferenceLocalSearch.climb(start.clone(), 100,
                    new SplittableRandom(SEED * 41 + run));
            ReferenceLocalSearch.Run restarts = ReferenceLocalSearch.restarts(8, BUDGETS[BUDGETS.length - 1],
                    new SplittableRandom(SEED * 43 + run));
            for (int b = 0; b < BUDGETS.length; b++) {
                r[1][b] += hc.solved() && hc.moves() <= BUDGETS[b] ? 1.0 / RUNS : 0;
                r[2][b] += side.solved() && side.moves() <= BUDGETS[b] ? 1.0 / RUNS : 0;
                r[3][b] += restarts.solved() && restarts.moves() <= BUDGETS[b] ? 1.0 / RUNS : 0;
            }
        }
        return new Rates(r[0], r[1], r[2], r[3]);
    }

    private static boolean solved(Trajectory t) {
        return Oracle.h(t.end()) == 0;
    }

    /**
     * Where another correct implementation's rate may fall: three standard deviations of the difference of two
     * independent success rates over {@link #RUNS} runs, plus 0.05.
     */
    private static double halfWidth(double p) {
        return 3 * Math.sqrt(2 * p * (1 - p) / RUNS) + 0.05;
    }

    private static double[] edge(double[] p, int sign) {
        return Arrays.stream(p).map(x -> Math.max(0, Math.min(1, x + sign * halfWidth(x)))).toArray();
    }

    @Test
    @Points(3)
    @DependsOn({"SimulatedAnnealingTests.oneStepMovesWithTheAcceptanceProbability",
        "SimulatedAnnealingProperties.acceptanceIsOneForImprovingMovesAndBetweenZeroAndOneForWorse"})
    @Hint(value = "The experiment of the statement: 100 random 8-queens boards; annealing cools exponentially from "
            + "T = 0.5 to 0.05 over a budget of 25 to 800 moves and its success rate climbs from almost 0 to about "
            + "0.7. Your annealing curve must stay in the band around the reference's. (Steepest ascent, sideways "
            + "moves and random restarts are shown for comparison: on 8-queens restarts are hard to beat.)",
            zh = "题目中的实验：100 个随机 8 皇后棋盘；退火在 25 到 800 步的预算内从 T = 0.5 指数降温到 0.05，成功率从几乎"
                    + " 0 升到约 0.7。你的退火曲线必须落在参考曲线周围的区间内。（最陡爬山、平移和随机重启用于对比：在 8 皇后"
                    + "问题上随机重启很难被超越。）")
    void annealingVersusHillClimbingOnEightQueens() {
        Rates mine = student();
        Rates ref = reference();
        List<Double> x = Arrays.stream(BUDGETS).mapToObj(b -> (double) b).toList();
        Figures.publish(new Figure("eight-queens-success", "Success rate on 8-queens within a budget of moves",
                "8 皇后问题在步数预算内的成功率", "moves allowed", "success rate", x, List.of(
                        Figure.Series.student("simulated annealing", mine.annealing()),
                        Figure.Series.reference("simulated annealing", ref.annealing())
                                .withBand(edge(ref.annealing(), -1), edge(ref.annealing(), 1)),
                        Figure.Series.student("steepest ascent", mine.steepest()),
                        Figure.Series.reference("steepest ascent", ref.steepest()),
                        Figure.Series.student("steepest ascent, 100 sideways", mine.sideways()),
                        Figure.Series.reference("steepest ascent, 100 sideways", ref.sideways()),
                        Figure.Series.student("random restart", mine.restarts()),
                        Figure.Series.reference("random restart", ref.restarts()))));
        String problem = null;
        for (int b = 0; b < BUDGETS.length && problem == null; b++) {
            double p = ref.annealing()[b];
            if (Math.abs(mine.annealing()[b] - p) > halfWidth(p)) {
                problem = "with a budget of " + BUDGETS[b] + " moves your annealing solved "
                        + NumberText.show(mine.annealing()[b]) + " of the boards; the reference solves "
                        + NumberText.show(p) + " (band " + NumberText.show(Math.max(0, p - halfWidth(p))) + " to "
                        + NumberText.show(Math.min(1, p + halfWidth(p))) + ")\n  yours:     "
                        + NumberText.show(mine.annealing()) + "\n  reference: " + NumberText.show(ref.annealing());
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
