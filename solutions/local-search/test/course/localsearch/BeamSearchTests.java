package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class BeamSearchTests {

    @Test
    @Points(1)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "softmax at T = 1 of boards with 0, 1 and 2 attacking pairs is (1, e^-1, e^-2) / (1 + e^-1 + "
            + "e^-2) = (0.665, 0.245, 0.090). At T = 0.005 boards with 5 and 8 pairs give exp(-1000) and exp(-1600), "
            + "both 0 in double precision: subtract the smallest h before exp (the result is (1, e^-600)), or the "
            + "division is 0 / 0. T <= 0, an infinite or NaN T and an empty list are rejected with "
            + "IllegalArgumentException.",
            zh = "T = 1 时，攻击对数为 0、1、2 的棋盘的 softmax 为 (1, e^-1, e^-2) / (1 + e^-1 + e^-2) = (0.665, 0.245, "
                    + "0.090)。T = 0.005 时，5 对和 8 对的棋盘给出 exp(-1000) 和 exp(-1600)，在双精度下都是 0：先减去最小的 h "
                    + "再取 exp（结果为 (1, e^-600)），否则会出现 0 / 0。T <= 0、无穷或 NaN 的 T 和空列表要抛出 "
                    + "IllegalArgumentException。")
    void softmaxOnKnownBoardsAndAtATinyTemperature() {
        List<Board> boards = List.of(Board.of(1, 3, 0, 2), Board.of(1, 3, 0, 3), Board.of(1, 3, 1, 3));
        double z = 1 + Math.exp(-1) + Math.exp(-2);
        Approx.assertClose("softmax of h = (0, 1, 2) at T = 1", BeamSearch.softmax(boards, 1),
                new double[] {1 / z, Math.exp(-1) / z, Math.exp(-2) / z}, Tolerance.DEFAULT);
        List<Board> far = List.of(Board.fromDigits("32752411"), Board.fromDigits("24415124"));
        Approx.assertClose("softmax of h = (5, 8) at T = 0.005", BeamSearch.softmax(far, 0.005),
                new double[] {1 / (1 + Math.exp(-600)), Math.exp(-600) / (1 + Math.exp(-600))}, Tolerance.DEFAULT);
        assertThatThrownBy(() -> BeamSearch.softmax(boards, 0)).as("T = 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.softmax(boards, -1)).as("T = -1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.softmax(List.of(), 1)).as("no boards")
                .isInstanceOf(IllegalArgumentException.class);
        for (double t : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
            assertThatThrownBy(() -> BeamSearch.softmax(boards, t)).as("T = %s", t)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @Points(2)
    @DependsOn("BeamSearchProperties.softmaxFavoursFewerAttackingPairs")
    @Hint(value = "Stochastic beam search draws each board of the next beam from the pool with the softmax "
            + "probabilities: from a board whose 56 neighbours have 4 to 10 attacking pairs, one step with k = 1 at "
            + "T = 1 picks a neighbour with h = 5 about 42% of the time and the single best one (h = 4) about 16%. "
            + "Always taking the best, or drawing uniformly, gives other frequencies.",
            zh = "随机束搜索按 softmax 概率从池中抽取下一束的每个棋盘：从一个 56 个邻居的攻击对数在 4 到 10 之间的棋盘"
                    + "出发，k = 1、T = 1 时走一步，约 42% 的情况选中 h = 5 的邻居，约 16% 选中唯一最好的（h = 4）。总选最好"
                    + "的或均匀抽取都会得到别的频率。")
    void stochasticBeamDrawsBySoftmax() {
        Board start = Board.of(2, 4, 7, 1, 5, 7, 4, 4);
        double[] p = Oracle.softmax(start.neighbors(), 1);
        double[] byH = new double[start.pairs() + 1];
        for (int i = 0; i < p.length; i++) {
            byH[Oracle.h(start.neighbors().get(i))] += p[i];
        }
        Counts<Integer> chosen = new Counts<>();
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 1000; i++) {
            BeamResult r = BeamSearch.stochasticBeam(List.of(start), 1, 1, rng);
            chosen.add(Oracle.h(r.beams().get(r.beams().size() - 1).get(0)));
        }
        String problem = null;
        for (int h = 0; h < byH.length && problem == null; h++) {
            problem = Counts.offBy4Sigma("a next board with h = " + h, chosen.of(h), chosen.total(), byH[h]);
        }
        assertThat(problem).withFailMessage("one step of stochastic beam search (k = 1, T = 1) from %s: %s", start,
                problem).isNull();
    }

    @Test
    @Points(1)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "Edge cases of both beam searches: a first beam that holds a solution returns it at once (one "
            + "beam); maxSteps 0 returns the best board of the first beam (the first of the fewest attacking pairs); "
            + "an empty beam, boards of different sizes and maxSteps < 0 are rejected with IllegalArgumentException.",
            zh = "两种束搜索的边界情况：第一束中已有解时立即返回它（只有一束）；maxSteps 为 0 时返回第一束中最好的棋盘"
                    + "（攻击对数最少者中的第一个）；空束、大小不同的棋盘和 maxSteps < 0 都要抛出 IllegalArgumentException。")
    void beamEdgeCases() {
        SplittableRandom rng = new SplittableRandom(5);
        Board solution = Board.of(2, 0, 3, 1);
        List<Board> withSolution = List.of(Board.of(0, 0, 0, 0), solution);
        for (BeamResult r : List.of(BeamSearch.localBeam(withSolution, 3),
                BeamSearch.stochasticBeam(withSolution, 1, 3, rng))) {
            assertThat(r.beams()).as("beams when the first beam holds a solution").containsExactly(withSolution);
            assertThat(r.best()).as("best when the first beam holds a solution").isEqualTo(solution);
        }
        List<Board> plain = List.of(Board.of(0, 0, 0, 0), Board.of(1, 3, 0, 3), Board.of(1, 3, 1, 3));
        assertThat(BeamSearch.localBeam(plain, 0).best()).as("localBeam with maxSteps 0: best of %s", plain)
                .isEqualTo(plain.get(1));
        assertThat(BeamSearch.stochasticBeam(plain, 1, 0, rng).best()).as("stochasticBeam with maxSteps 0")
                .isEqualTo(plain.get(1));
        assertThatThrownBy(() -> BeamSearch.localBeam(List.of(), 2)).as("localBeam of an empty beam")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.localBeam(plain, -1)).as("localBeam with maxSteps -1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.localBeam(List.of(Board.of(0, 0, 0, 0), Board.of(0, 0, 0)), 2))
                .as("localBeam of boards of sizes 4 and 3").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.stochasticBeam(List.of(), 1, 2, rng)).as("stochasticBeam of an empty beam")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.stochasticBeam(plain, 1, -1, rng)).as("stochasticBeam with maxSteps -1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeamSearch.stochasticBeam(List.of(Board.of(0, 0, 0), Board.of(0, 0, 0, 0)), 1, 2, rng))
                .as("stochasticBeam of boards of sizes 3 and 4").isInstanceOf(IllegalArgumentException.class);
    }
}
