package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;
import org.junit.jupiter.api.Test;

class HillClimbingTests {

    /** h = 8 with ten best neighbours (h = 6). */
    private static final Board TEN_BEST = Board.of(6, 1, 6, 7, 1, 6, 1, 0);
    /** h = 8 with 23 better neighbours: 7 with h = 6 and 16 with h = 7. */
    private static final Board MANY_UPHILL = Board.of(1, 2, 5, 0, 3, 5, 3, 4);

    private static double successRate(int runs, Function<SplittableRandom, Trajectory> climb, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int solved = 0;
        for (int i = 0; i < runs; i++) {
            if (Oracle.h(climb.apply(rng).end()) == 0) {
                solved++;
            }
        }
        return solved / (double) runs;
    }

    @Test
    @Points(2)
    @DependsOn("HillClimbingProperties.steepestAscentMovesToABestNeighbour")
    @Hint(value = "AIMA's numbers for 8-queens from random boards: steepest ascent solves about 14% (it gets stuck "
            + "in a local minimum 86% of the time); allowing up to 100 sideways moves in a row raises that to about "
            + "94%. Sideways moves only help when the best neighbour is chosen at random: always taking the first "
            + "one walks back and forth between two boards.",
            zh = "AIMA 给出的 8 皇后数据（从随机棋盘开始）：最陡爬山约能解决 14%（86% 的情况卡在局部极小）；允许连续最多 "
                    + "100 次平移后提高到约 94%。只有在最好的邻居中随机选择时平移才有用：总选第一个会在两个棋盘之间来回走。")
    void steepestAscentSolvesAbout14PercentAndWithSidewaysAbout94() {
        double plain = successRate(100, rng -> HillClimbing.steepestAscent(Board.random(8, rng), 0, rng), 14);
        double sideways = successRate(100, rng -> HillClimbing.steepestAscent(Board.random(8, rng), 100, rng), 94);
        assertThat(plain).withFailMessage("steepest ascent solved %s of 100 random 8-queens boards; about 0.14 is "
                + "expected (0.04 to 0.28 allowed)", NumberText.show(plain)).isBetween(0.04, 0.28);
        assertThat(sideways).withFailMessage("with up to 100 sideways moves steepest ascent solved %s of 100 random "
                + "8-queens boards; about 0.94 is expected (at least 0.84)", NumberText.show(sideways))
                .isGreaterThanOrEqualTo(0.84);
    }

    @Test
    @Points(2)
    @DependsOn("HillClimbingProperties.steepestAscentMovesToABestNeighbour")
    @Hint(value = "Ties among the best neighbours are broken uniformly at random: from a board with ten best "
            + "neighbours each must be the first step about a tenth of the time. Always taking the first (or last) "
            + "best neighbour is a different algorithm.",
            zh = "最好的邻居并列时要均匀随机地选择：在有十个最好邻居的棋盘上，每个邻居作为第一步的概率都应约为十分之一。"
                    + "总选第一个（或最后一个）最好的邻居是另一种算法。")
    void steepestAscentBreaksTiesUniformly() {
        List<Board> best = Oracle.neighboursWith(TEN_BEST, 6);
        Counts<Board> first = new Counts<>();
        SplittableRandom rng = new SplittableRandom(10);
        for (int i = 0; i < 400; i++) {
            first.add(HillClimbing.steepestAscent(TEN_BEST, 0, rng).boards().get(1));
        }
        String problem = null;
        for (int i = 0; i < best.size() && problem == null; i++) {
            problem = Counts.offBy4Sigma("from " + TEN_BEST + " the first step to the best neighbour " + best.get(i),
                    first.of(best.get(i)), first.total(), 1.0 / best.size());
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(2)
    @DependsOn("HillClimbingProperties.stochasticMovesUphillToALocalMinimum")
    @Hint(value = "Stochastic hill climbing chooses uniformly among ALL better neighbours, not only the best: from "
            + "a board with 7 neighbours two pairs better and 16 one pair better, about 7/23 of the first steps "
            + "gain two pairs. Steepest ascent would always gain two.",
            zh = "随机爬山在所有更好的邻居中均匀选择，而不只是最好的：在有 7 个好两对、16 个好一对的邻居的棋盘上，"
                    + "约 7/23 的第一步会减少两对。最陡爬山则总是减少两对。")
    void stochasticChoosesUniformlyAmongBetterNeighbours() {
        String problem = uphillSpreadProblem(rng -> HillClimbing.stochastic(MANY_UPHILL, rng), "stochastic");
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @DependsOn("HillClimbingProperties.firstChoiceMovesUphill")
    @Hint(value = "First-choice hill climbing draws neighbours uniformly until one is better, so its step is also "
            + "uniform among the better neighbours: about 7/23 of the first steps from this board gain two pairs.",
            zh = "首选爬山均匀地抽取邻居直到遇到更好的，所以它的一步在更好的邻居中也是均匀的：从这个棋盘出发，约 7/23 "
                    + "的第一步会减少两对。")
    void firstChoiceChoosesUniformlyAmongBetterNeighbours() {
        String problem = uphillSpreadProblem(rng -> HillClimbing.firstChoice(MANY_UPHILL, 200, rng), "firstChoice");
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    private static String uphillSpreadProblem(Function<SplittableRandom, Trajectory> climb, String name) {
        SplittableRandom rng = new SplittableRandom(23);
        Counts<Integer> gain = new Counts<>();
        for (int i = 0; i < 300; i++) {
            Board step = climb.apply(rng).boards().get(1);
            gain.add(Oracle.h(MANY_UPHILL) - Oracle.h(step));
        }
        if (gain.of(1) + gain.of(2) != gain.total()) {
            return name + " from " + MANY_UPHILL + ": first steps gained " + gain.seen() + " pairs; every better "
                    + "neighbour gains 1 or 2";
        }
        return Counts.offBy4Sigma(name + " from " + MANY_UPHILL + ": a first step gaining two pairs", gain.of(2),
                gain.total(), 7 / 23.0);
    }

    @Test
    @Points(1)
    @DependsOn("HillClimbingProperties.firstChoiceMovesUphill")
    @Hint(value = "First-choice hill climbing gives up after exactly maxTries draws in a row that are not better "
            + "(the count starts again after every move; each draw is one randomNeighbor(rng) call, so the climb is "
            + "replayed with the same random numbers): with 1000 tries it practically always ends at a solution or a "
            + "local minimum, with 1 try it often stops while a better neighbour exists.",
            zh = "首选爬山在恰好连续 maxTries 次抽到的邻居都不更好时放弃（每次移动后重新计数；每次抽取是一次 "
                    + "randomNeighbor(rng) 调用，所以用相同的随机数可以重放这次爬山）：尝试 1000 次时几乎总是停在解或局部"
                    + "极小处，只尝试 1 次时常常在还有更好邻居时就停下。")
    void firstChoiceGivesUpAfterMaxTries() {
        String replay = null;
        for (int maxTries = 1; maxTries <= 4 && replay == null; maxTries++) {
            for (long seed = 0; seed < 10 && replay == null; seed++) {
                Board start = Board.random(8, new SplittableRandom(seed));
                List<Board> mine = HillClimbing.firstChoice(start, maxTries, new SplittableRandom(seed + 100)).boards();
                List<Board> want = Oracle.firstChoice(start, maxTries, new SplittableRandom(seed + 100));
                if (!mine.equals(want)) {
                    replay = "firstChoice(" + start + ", maxTries " + maxTries + ") with the same random numbers "
                            + "(one randomNeighbor(rng) per draw) must climb through\n  " + want
                            + "\nbut went through\n  " + mine
                            + "\n(it stops after exactly maxTries draws in a row that are not better)";
                }
            }
        }
        assertThat(replay).withFailMessage("%s", replay).isNull();
        SplittableRandom rng = new SplittableRandom(1000);
        int earlyStops = 0;
        for (int i = 0; i < 30; i++) {
            Trajectory patient = HillClimbing.firstChoice(Board.random(8, rng), 1000, rng);
            assertThat(Oracle.betterNeighbours(patient.end())).as("better neighbours where firstChoice with 1000 "
                    + "tries stopped, at %s", patient.end()).isEmpty();
            Trajectory hasty = HillClimbing.firstChoice(Board.random(8, rng), 1, rng);
            if (Oracle.h(hasty.end()) > 0 && !Oracle.betterNeighbours(hasty.end()).isEmpty()) {
                earlyStops++;
            }
        }
        assertThat(earlyStops).as("runs of firstChoice with maxTries 1 (out of 30) that stopped next to a better "
                + "neighbour").isGreaterThanOrEqualTo(10);
    }

    @Test
    @Points(1)
    @DependsOn("HillClimbingProperties.randomRestartStopsAtTheFirstSolution")
    @Hint(value = "Random restart with up to 40 climbs solves 8-queens nearly always (each climb succeeds with "
            + "p = 0.14, so about 1/p = 7 climbs are needed); every climb starts from a new random board.",
            zh = "最多爬 40 次的随机重启几乎总能解决 8 皇后（每次爬山成功的概率 p = 0.14，平均约需 1/p = 7 次）；每次"
                    + "爬山都从一个新的随机棋盘开始。")
    void randomRestartRestartsFromFreshRandomBoards() {
        SplittableRandom rng = new SplittableRandom(7);
        int solved = 0;
        for (int i = 0; i < 30; i++) {
            List<Trajectory> climbs = HillClimbing.randomRestart(8, 0, 40, rng);
            Set<Board> starts = new HashSet<>();
            climbs.forEach(t -> starts.add(t.start()));
            assertThat(starts).as("distinct starts of the %d climbs of run %d", climbs.size(), i + 1)
                    .hasSize(climbs.size());
            if (Oracle.h(climbs.get(climbs.size() - 1).end()) == 0) {
                solved++;
            }
        }
        assertThat(solved).as("runs out of 30 that found a solution within 40 climbs").isGreaterThanOrEqualTo(27);
    }

    @Test
    @Points(1)
    @Hint(value = "A start that is already a solution is returned at once (a trajectory of one board) by every "
            + "variant (randomRestart with n = 1 climbs once, on the 1 x 1 board); maxSideways < 0, maxTries < 1, "
            + "n < 1 and maxClimbs < 1 are rejected with IllegalArgumentException.",
            zh = "起点已经是解时，每种变体都立即返回它（只含一个棋盘的轨迹；n = 1 的随机重启只在 1 x 1 棋盘上爬一次）；maxSideways < 0、maxTries < 1、n < 1 和 "
                    + "maxClimbs < 1 都要抛出 IllegalArgumentException。")
    void solvedStartAndInvalidArguments() {
        Board solution = Board.of(1, 3, 0, 2);
        SplittableRandom rng = new SplittableRandom(1);
        assertThat(HillClimbing.steepestAscent(solution, 5, rng).boards()).as("steepestAscent from a solution")
                .containsExactly(solution);
        assertThat(HillClimbing.stochastic(solution, rng).boards()).as("stochastic from a solution")
                .containsExactly(solution);
        assertThat(HillClimbing.firstChoice(solution, 5, rng).boards()).as("firstChoice from a solution")
                .containsExactly(solution);
        List<Trajectory> single = HillClimbing.randomRestart(1, 0, 3, rng);
        assertThat(single).as("randomRestart(n 1): one climb on the 1 x 1 board, already a solution").hasSize(1);
        assertThat(single.get(0).boards()).as("randomRestart(n 1)'s climb").containsExactly(Board.of(0));
        assertThatThrownBy(() -> HillClimbing.steepestAscent(solution, -1, rng)).as("maxSideways -1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HillClimbing.firstChoice(solution, 0, rng)).as("maxTries 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HillClimbing.randomRestart(0, 0, 5, rng)).as("randomRestart with n 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HillClimbing.randomRestart(8, 0, 0, rng)).as("randomRestart with maxClimbs 0")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HillClimbing.randomRestart(8, -1, 5, rng)).as("randomRestart with maxSideways -1")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
