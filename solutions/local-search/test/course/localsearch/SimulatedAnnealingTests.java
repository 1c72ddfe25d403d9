package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class SimulatedAnnealingTests {

    /** h = 7: 20 neighbours are better, 16 equal, 20 worse (6 by one pair, 9 by two, 5 by three). */
    private static final Board START = Board.of(2, 4, 7, 1, 5, 7, 4, 4);

    @Test
    @Points(1)
    @Hint(value = "acceptanceProbability(delta, T): exp(-1 / 1) = 0.368 for a move one pair worse at T = 1, "
            + "exp(-2 / 0.5) = 0.0183 for two pairs worse at T = 0.5, 1 for a better or an equal move; T <= 0 or a "
            + "NaN is rejected with IllegalArgumentException.",
            zh = "acceptanceProbability(delta, T)：T = 1 时差一对的移动为 exp(-1 / 1) = 0.368，T = 0.5 时差两对为 "
                    + "exp(-2 / 0.5) = 0.0183，更好或同样好的移动为 1；T <= 0 或 NaN 要抛出 IllegalArgumentException。")
    void acceptanceOnKnownValues() {
        Approx.assertClose("acceptanceProbability(-1, 1)", SimulatedAnnealing.acceptanceProbability(-1, 1),
                Math.exp(-1), Tolerance.DEFAULT);
        Approx.assertClose("acceptanceProbability(-2, 0.5)", SimulatedAnnealing.acceptanceProbability(-2, 0.5),
                Math.exp(-4), Tolerance.DEFAULT);
        Approx.assertClose("acceptanceProbability(3, 0.1)", SimulatedAnnealing.acceptanceProbability(3, 0.1), 1,
                Tolerance.DEFAULT);
        Approx.assertClose("acceptanceProbability(0, 2)", SimulatedAnnealing.acceptanceProbability(0, 2), 1,
                Tolerance.DEFAULT);
        assertThatThrownBy(() -> SimulatedAnnealing.acceptanceProbability(-1, 0)).as("T = 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedAnnealing.acceptanceProbability(-1, -2)).as("T = -2")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedAnnealing.acceptanceProbability(-1, Double.NaN)).as("T = NaN")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedAnnealing.acceptanceProbability(Double.NaN, 1)).as("delta = NaN")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Points(2)
    @DependsOn({"SimulatedAnnealingProperties.annealingStepsAreMovesOrStaysUntilTheScheduleEnds",
        "QueensProperties.attackingPairsCountsEveryPairOnALine"})
    @Hint(value = "One step of annealing at T = 1 from a board with 20 better, 16 equal and 20 worse neighbours: "
            + "the proposal is a uniformly random neighbour (Board.randomNeighbor), better and equal ones are always "
            + "accepted, a worse one with probability exp(delta / T). So the board improves with probability 20/56, "
            + "moves sideways with 16/56, and gets worse with (sum of exp(delta)) / 56, about 0.066.",
            zh = "从一个有 20 个更好、16 个同样好、20 个更差邻居的棋盘出发，在 T = 1 时退火一步：提议是均匀随机的邻居"
                    + "（Board.randomNeighbor），更好和同样好的总被接受，更差的以概率 exp(delta / T) 被接受。所以棋盘变好的"
                    + "概率为 20/56，平移为 16/56，变差为 (exp(delta) 之和) / 56，约 0.066。")
    void oneStepMovesWithTheAcceptanceProbability() {
        int h = Oracle.h(START);
        int n = START.neighbors().size();
        double better = 0;
        double equal = 0;
        double worse = 0;
        for (Board nb : START.neighbors()) {
            int delta = h - Oracle.h(nb);
            better += delta > 0 ? 1.0 / n : 0;
            equal += delta == 0 ? 1.0 / n : 0;
            worse += delta < 0 ? Math.exp(delta) / n : 0;
        }
        Counts<String> moves = new Counts<>();
        SplittableRandom rng = new SplittableRandom(56);
        for (int i = 0; i < 3000; i++) {
            Trajectory t = SimulatedAnnealing.anneal(START, step -> step == 1 ? 1 : 0, rng);
            assertThat(t.steps()).as("steps with a schedule that is 1 at t = 1 and 0 afterwards").isEqualTo(1);
            int after = Oracle.h(t.end());
            moves.add(t.end().equals(START) ? "stay" : after < h ? "better" : after == h ? "sideways" : "worse");
        }
        String problem = Counts.offBy4Sigma("a step to a better board", moves.of("better"), moves.total(), better);
        if (problem == null) {
            problem = Counts.offBy4Sigma("a sideways step", moves.of("sideways"), moves.total(), equal);
        }
        if (problem == null) {
            problem = Counts.offBy4Sigma("a step to a worse board", moves.of("worse"), moves.total(), worse);
        }
        assertThat(problem).withFailMessage("one step of annealing at T = 1 from %s (h = %d): %s", START, h, problem)
                .isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "The schedule is read at t = 1, 2, ...: a schedule that is 0 from t = 1 on allows no step at all, "
            + "Schedule.exponential(2, 0.9, 25) exactly 25 steps on a 3 x 3 board (which has no solution); a start "
            + "that is already a solution is returned at once.",
            zh = "调度在 t = 1, 2, ... 时读取：从 t = 1 起就为 0 的调度一步也不允许，Schedule.exponential(2, 0.9, 25) 在"
                    + " 3 x 3 棋盘（无解）上恰好允许 25 步；起点已是解时立即返回。")
    void scheduleStartsAtStepOneAndSolutionsStop() {
        SplittableRandom rng = new SplittableRandom(3);
        Board noSolution = Board.of(0, 1, 2);
        assertThat(SimulatedAnnealing.anneal(noSolution, step -> 0, rng).steps()).as("steps with T = 0 throughout")
                .isZero();
        assertThat(SimulatedAnnealing.anneal(noSolution, Schedule.exponential(2, 0.9, 25), rng).steps())
                .as("steps on a 3 x 3 board with exponential(2, 0.9, 25)").isEqualTo(25);
        Board solution = Board.of(1, 3, 0, 2);
        assertThat(SimulatedAnnealing.anneal(solution, Schedule.exponential(2, 0.9, 25), rng).boards())
                .as("annealing from the solution %s", solution).containsExactly(solution);
    }
}
