package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SimulatedAnnealingProperties {

    @Provide
    Arbitrary<Integer> deltas() {
        return CourseArbitraries.smallInts(-12, 12);
    }

    @Provide
    Arbitrary<Double> temperatures() {
        return CourseArbitraries.tenths(0.1, 5);
    }

    @Provide
    Arbitrary<Board> boards() {
        return Generators.boards(4, 8);
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "The acceptance probability is 1 for a move that is not worse (delta = h(current) - h(next) >= "
            + "0) and exp(delta / T) for a worse one (delta < 0): strictly between 0 and 1. The sign matters: "
            + "exp(-delta / T) would be above 1 for worse moves.",
            zh = "不变差的移动（delta = h(current) - h(next) >= 0）的接受概率为 1，变差的移动（delta < 0）为 "
                    + "exp(delta / T)：严格介于 0 和 1 之间。符号很重要：exp(-delta / T) 对变差的移动会大于 1。")
    void acceptanceIsOneForImprovingMovesAndBetweenZeroAndOneForWorse(@ForAll("deltas") int delta,
                                                                     @ForAll("temperatures") double t) {
        double p = SimulatedAnnealing.acceptanceProbability(delta, t);
        double expected = delta >= 0 ? 1 : Math.exp(delta / t);
        String problem = null;
        if (delta < 0 && !(p > 0 && p < 1)) {
            problem = "acceptanceProbability(" + delta + ", " + NumberText.show(t) + ") is " + NumberText.show(p)
                    + ", but a worse move is accepted with a probability strictly between 0 and 1";
        }
        if (problem == null) {
            problem = Approx.difference("acceptanceProbability(" + delta + ", " + NumberText.show(t) + ")", p, expected,
                    Tolerance.DEFAULT).orElse(null);
        }
        if (problem != null) {
            problem += Diagnosis.of(p, expected, Tolerance.DEFAULT).called("probabilities")
                    .mistakeNumber("exp(-delta / T): the sign of delta is turned round", () -> Math.exp(-delta / t))
                    .mistakeNumber("exp(delta / T) for every move, without the 1 for improving ones",
                            () -> Math.exp(delta / t))
                    .mistakeNumber("exp(delta * T): multiplied by the temperature", () -> Math.exp(delta * t))
                    .explain();
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "As the temperature falls, a worse move becomes less likely to be accepted: for delta < 0 and "
            + "T1 < T2, exp(delta / T1) < exp(delta / T2). At a high temperature simulated annealing is nearly a "
            + "random walk, at a low one nearly hill climbing.",
            zh = "温度降低时，变差的移动被接受的可能性变小：对 delta < 0 和 T1 < T2，有 exp(delta / T1) < exp(delta / T2)。"
                    + "高温时模拟退火近似随机游走，低温时近似爬山。")
    void acceptanceFallsAsTheTemperatureFalls(@ForAll @IntRange(min = -6, max = -1) int delta,
                                              @ForAll("temperatures") double t1, @ForAll("temperatures") double t2) {
        double low = Math.min(t1, t2);
        double high = Math.max(t1, t2);
        double pLow = SimulatedAnnealing.acceptanceProbability(delta, low);
        double pHigh = SimulatedAnnealing.acceptanceProbability(delta, high);
        boolean ok = low == high ? pLow == pHigh : pLow < pHigh;
        assertThat(ok).withFailMessage("delta %d: acceptance %s at T = %s but %s at T = %s; it must fall as T falls",
                delta, NumberText.show(pLow), NumberText.show(low), NumberText.show(pHigh), NumberText.show(high))
                .isTrue();
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "Annealing records the current board after every step t = 1, 2, ...: each step either keeps the "
            + "board or moves one queen; the search stops at a solution or at the first t with T(t) <= 0, so "
            + "Schedule.exponential(t0, alpha, steps) allows exactly `steps` steps.",
            zh = "退火在每一步 t = 1, 2, ... 之后记录当前棋盘：每一步要么保持棋盘不变，要么移动一个皇后；搜索在到达解或"
                    + "第一次 T(t) <= 0 时停止，所以 Schedule.exponential(t0, alpha, steps) 恰好允许 steps 步。",
            timeout = "The loop must end when the schedule's temperature is 0.",
            timeoutZh = "当调度给出的温度为 0 时循环必须结束。")
    void annealingStepsAreMovesOrStaysUntilTheScheduleEnds(@ForAll("boards") Board start,
                                                           @ForAll @IntRange(min = 0, max = 60) int steps,
                                                           @ForAll("temperatures") double t0, @ForAll long seed) {
        Trajectory t = SimulatedAnnealing.anneal(start, Schedule.exponential(t0, 0.95, steps),
                new SplittableRandom(seed));
        String problem = Oracle.annealingProblem(t, start, steps);
        assertThat(problem).withFailMessage("anneal(%s, exponential(%s, 0.95, %d)): %s", start, NumberText.show(t0),
                steps, problem).isNull();
    }

    @Property(tries = 40)
    @Points(1)
    @DependsOn("annealingStepsAreMovesOrStaysUntilTheScheduleEnds")
    @Hint(value = "Near T = 0 a worse move is accepted with probability exp(delta / T), practically 0: cold "
            + "annealing never goes to a board with more attacking pairs (sideways moves, delta = 0, are still "
            + "accepted).",
            zh = "T 接近 0 时，变差移动的接受概率 exp(delta / T) 实际上为 0：冷的退火绝不会走到攻击对数更多的棋盘"
                    + "（平移，即 delta = 0，仍会被接受）。")
    void coldAnnealingNeverGoesDownhill(@ForAll("boards") Board start, @ForAll long seed) {
        Trajectory t = SimulatedAnnealing.anneal(start, step -> step <= 100 ? 1e-3 : 0, new SplittableRandom(seed));
        String problem = null;
        for (int i = 1; i < t.boards().size() && problem == null; i++) {
            int before = Oracle.h(t.boards().get(i - 1));
            int after = Oracle.h(t.boards().get(i));
            if (after > before) {
                problem = "at T = 0.001, step " + i + " went from h = " + before + " to h = " + after + " ("
                        + t.boards().get(i - 1) + " to " + t.boards().get(i) + "); exp(" + (before - after)
                        + " / 0.001) is 0 for all practical purposes";
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 40)
    @Points(1)
    @DependsOn("annealingStepsAreMovesOrStaysUntilTheScheduleEnds")
    @Hint(value = "At a huge temperature every move is accepted (exp(delta / T) is about 1), so every step of "
            + "annealing moves a queen: it is a random walk until it happens to hit a solution.",
            zh = "温度极高时每个移动都会被接受（exp(delta / T) 约为 1），所以退火的每一步都会移动一个皇后：它是随机游走，"
                    + "直到碰巧遇到解。")
    void hotAnnealingMovesAtEveryStep(@ForAll("boards") Board start, @ForAll long seed) {
        Trajectory t = SimulatedAnnealing.anneal(start, step -> step <= 50 ? 1e9 : 0, new SplittableRandom(seed));
        String problem = null;
        for (int i = 1; i < t.boards().size() && problem == null; i++) {
            if (t.boards().get(i).equals(t.boards().get(i - 1))) {
                problem = "at T = 1e9 step " + i + " stayed at " + t.boards().get(i) + " (h = "
                        + Oracle.h(t.boards().get(i)) + "); every move is accepted with probability about 1";
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
