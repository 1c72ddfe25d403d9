package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HillClimbingProperties {

    @Provide
    Arbitrary<Board> boards() {
        return Generators.boards(4, 8);
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "Steepest ascent: every step goes to a neighbour with the fewest attacking pairs; a step to an "
            + "equally good neighbour is a sideways move, allowed at most maxSideways times in a row (the count "
            + "starts again after every uphill step); the climb stops at a solution, or when no neighbour is better "
            + "and no sideways move is left.",
            zh = "最陡爬山：每一步都走到攻击对数最少的邻居；走到同样好的邻居是平移，连续最多 maxSideways 次（每次上坡后"
                    + "重新计数）；到达解，或者没有更好的邻居且不能再平移时停止。",
            timeout = "Count the sideways moves: without the bound a plateau is walked forever.",
            timeoutZh = "要数平移的次数：没有上限时会在平台上无限走下去。")
    void steepestAscentMovesToABestNeighbour(@ForAll("boards") Board start,
                                             @ForAll @IntRange(min = 0, max = 4) int maxSideways,
                                             @ForAll long seed) {
        Trajectory t = HillClimbing.steepestAscent(start, maxSideways, new SplittableRandom(seed));
        String problem = Oracle.steepestProblem(t, start, maxSideways);
        assertThat(problem).withFailMessage("steepestAscent(%s, maxSideways %d): %s", start, maxSideways, problem)
                .isNull();
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "Stochastic hill climbing moves to a random better neighbour (any neighbour with fewer "
            + "attacking pairs, not only a best one) and stops at a solution or when no neighbour is better.",
            zh = "随机爬山走到一个随机的更好邻居（任何攻击对数更少的邻居，不只是最好的），在到达解或没有更好的邻居时"
                    + "停止。")
    void stochasticMovesUphillToALocalMinimum(@ForAll("boards") Board start, @ForAll long seed) {
        Trajectory t = HillClimbing.stochastic(start, new SplittableRandom(seed));
        String problem = Oracle.uphillProblem(t, start, true);
        assertThat(problem).withFailMessage("stochastic(%s): %s", start, problem).isNull();
    }

    @Property(tries = 40)
    @Points(1)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "First-choice hill climbing draws random neighbours (Board.randomNeighbor) and moves to the first "
            + "one that is better; every step has fewer attacking pairs, and the climb stops at a solution or after "
            + "maxTries draws in a row without a better one.",
            zh = "首选爬山随机抽取邻居（Board.randomNeighbor），走到第一个更好的邻居；每一步攻击对数都更少，在到达解或"
                    + "连续 maxTries 次抽不到更好的邻居时停止。",
            timeout = "Stop after maxTries draws without a better neighbour; at a local minimum none ever comes.",
            timeoutZh = "连续 maxTries 次抽不到更好的邻居就要停止；在局部极小处永远抽不到。")
    void firstChoiceMovesUphill(@ForAll("boards") Board start, @ForAll @IntRange(min = 1, max = 30) int maxTries,
                                @ForAll long seed) {
        Trajectory t = HillClimbing.firstChoice(start, maxTries, new SplittableRandom(seed));
        String problem = Oracle.uphillProblem(t, start, false);
        assertThat(problem).withFailMessage("firstChoice(%s, maxTries %d): %s", start, maxTries, problem).isNull();
    }

    @Property(tries = 40)
    @Points(1)
    @Hint(value = "Hill climbing never ends worse than it started: every variant (steepest with sideways moves, "
            + "stochastic, first-choice) ends on a board of the same size with at most as many attacking pairs as "
            + "its start.",
            zh = "爬山法结束时绝不会比开始时更差：每种变体（带平移的最陡爬山、随机爬山、首选爬山）结束时的棋盘大小不变，"
                    + "攻击对数不多于起点。")
    void hillClimbingNeverEndsWorseThanItStarted(@ForAll("boards") Board start, @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Trajectory> runs = List.of(HillClimbing.steepestAscent(start, 3, rng), HillClimbing.stochastic(start, rng),
                HillClimbing.firstChoice(start, 20, rng));
        List<String> names = List.of("steepestAscent(maxSideways 3)", "stochastic", "firstChoice(maxTries 20)");
        String problem = null;
        for (int i = 0; i < runs.size() && problem == null; i++) {
            Board end = runs.get(i).end();
            if (end.size() != start.size()) {
                problem = names.get(i) + " ends on " + end + ", a board of another size";
            } else if (Oracle.h(end) > Oracle.h(start)) {
                problem = names.get(i) + " ends on " + end + " with h = " + Oracle.h(end) + ", worse than its start "
                        + start + " with h = " + Oracle.h(start);
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 30)
    @Points(2)
    @DependsOn("steepestAscentMovesToABestNeighbour")
    @Hint(value = "Random restart runs steepest ascent from Board.random(n, rng) again and again: every climb is a "
            + "steepest-ascent climb from its own random start, it stops after the first climb that ends in a "
            + "solution, and otherwise after exactly maxClimbs climbs.",
            zh = "随机重启反复从 Board.random(n, rng) 开始做最陡爬山：每次爬山都是从各自随机起点开始的最陡爬山，第一次"
                    + "以解结束时停止，否则恰好爬 maxClimbs 次。")
    void randomRestartStopsAtTheFirstSolution(@ForAll @IntRange(min = 4, max = 7) int n,
                                              @ForAll @IntRange(min = 0, max = 2) int maxSideways,
                                              @ForAll @IntRange(min = 1, max = 4) int maxClimbs,
                                              @ForAll long seed) {
        List<Trajectory> climbs = HillClimbing.randomRestart(n, maxSideways, maxClimbs, new SplittableRandom(seed));
        String problem = climbs.isEmpty() || climbs.size() > maxClimbs
                ? climbs.size() + " climbs, but there must be 1.." + maxClimbs : null;
        for (int i = 0; i < climbs.size() && problem == null; i++) {
            Trajectory t = climbs.get(i);
            boolean solved = Oracle.h(t.end()) == 0;
            problem = Oracle.steepestProblem(t, t.start(), maxSideways);
            if (problem != null) {
                problem = "climb " + (i + 1) + ": " + problem;
            } else if (t.start().size() != n) {
                problem = "climb " + (i + 1) + " starts on " + t.start() + ", not a board of size " + n;
            } else if (solved && i < climbs.size() - 1) {
                problem = "climb " + (i + 1) + " ends in the solution " + t.end() + ", but the search went on";
            } else if (!solved && i == climbs.size() - 1 && climbs.size() < maxClimbs) {
                problem = "the search stops after " + climbs.size() + " climbs without a solution, but "
                        + maxClimbs + " are allowed";
            }
        }
        assertThat(problem).withFailMessage("randomRestart(n %d, maxSideways %d, maxClimbs %d): %s", n, maxSideways,
                maxClimbs, problem).isNull();
    }
}
