package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

class BeamSearchProperties {

    private static final Tolerance PROBABILITY = new Tolerance(1e-12, 1e-9);

    @Provide
    Arbitrary<List<Board>> beams() {
        return Generators.sameSize(4, 6, 1, 3);
    }

    @Provide
    Arbitrary<List<Board>> pools() {
        return Generators.sameSize(4, 8, 1, 6);
    }

    @Provide
    Arbitrary<Double> temperatures() {
        return CourseArbitraries.tenths(0.1, 3);
    }

    @Property(tries = 30)
    @Points(2)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "Local beam search pools the neighbours of all k boards (beam order, then neighbour order), stops "
            + "at the first solution in the pool, and otherwise keeps the k best DISTINCT boards of the pool (fewest "
            + "attacking pairs; among equals, the one earlier in the pool). Choosing the best successor of each board "
            + "separately is k independent hill climbs, not a beam search.",
            zh = "局部束搜索把 k 个棋盘的所有邻居合成一个池（按束中顺序，再按邻居顺序），池中出现解就停止，否则保留池中最好"
                    + "的 k 个互不相同的棋盘（攻击对数最少；相同时取池中靠前者）。每个棋盘各取最好的后继，只是 k 次独立爬山，"
                    + "不是束搜索。")
    void localBeamKeepsTheKBestDistinctSuccessors(@ForAll("beams") List<Board> beam,
                                                  @ForAll @IntRange(min = 0, max = 3) int maxSteps) {
        BeamResult r = BeamSearch.localBeam(beam, maxSteps);
        BeamResult expected = Oracle.localBeam(beam, maxSteps);
        String problem = null;
        for (int i = 0; i < Math.max(r.beams().size(), expected.beams().size()) && problem == null; i++) {
            if (i >= r.beams().size() || i >= expected.beams().size()) {
                problem = "the search took " + r.steps() + " steps but should take " + expected.steps();
            } else if (!r.beams().get(i).equals(expected.beams().get(i))) {
                problem = "beam " + i + " is " + r.beams().get(i) + " but should be " + expected.beams().get(i);
            }
        }
        if (problem == null && !r.best().equals(expected.best())) {
            problem = "best is " + r.best() + " (h = " + Oracle.h(r.best()) + ") but should be " + expected.best()
                    + " (h = " + Oracle.h(expected.best()) + ")";
        }
        assertThat(problem).withFailMessage("localBeam(%s, maxSteps %d): %s", beam, maxSteps, problem).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("QueensProperties.attackingPairsCountsEveryPairOnALine")
    @Hint(value = "softmax gives board i the probability exp(-h_i / T) / sum_j exp(-h_j / T): positive, summing "
            + "to 1, and fewer attacking pairs means a larger probability; the ratio of two boards' probabilities is "
            + "exp((h_j - h_i) / T).",
            zh = "softmax 给棋盘 i 的概率为 exp(-h_i / T) / sum_j exp(-h_j / T)：为正，和为 1，攻击对数越少概率越大；"
                    + "两个棋盘概率之比为 exp((h_j - h_i) / T)。")
    void softmaxFavoursFewerAttackingPairs(@ForAll("pools") List<Board> boards, @ForAll("temperatures") double t) {
        double[] p = BeamSearch.softmax(boards, t);
        double[] expected = Oracle.softmax(boards, t);
        String problem = Approx.difference("softmax(T = " + NumberText.show(t) + ")", p, expected, PROBABILITY)
                .orElse(null);
        if (problem != null) {
            problem += "\n  attacking pairs: " + boards.stream().map(Oracle::h).toList()
                    + Diagnosis.of(p, expected, PROBABILITY)
                            .mistake("exp(+h / T): more attacking pairs get more probability",
                                    () -> Oracle.softmax(boards, -t))
                            .mistake("exp(-h * T): multiplied by the temperature", () -> Oracle.softmax(boards, 1 / t))
                            .mistake("probabilities proportional to fitness, not exp(-h / T)",
                                    () -> Oracle.proportional(boards, false))
                            .explain();
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 30)
    @Points(2)
    @DependsOn("softmaxFavoursFewerAttackingPairs")
    @Hint(value = "Stochastic beam search keeps k boards drawn from the pool of all successors: every board of a "
            + "new beam is a neighbour of a board of the previous beam, a beam never holds a solution's pool "
            + "without stopping (the first solution in the pool is returned), and without a solution it runs "
            + "exactly maxSteps steps and returns the best board of the last beam.",
            zh = "随机束搜索保留从所有后继构成的池中抽出的 k 个棋盘：新束中的每个棋盘都是上一束中某个棋盘的邻居；池中一旦"
                    + "有解就停止（返回池中第一个解）；没有解时恰好运行 maxSteps 步，返回最后一束中最好的棋盘。")
    void stochasticBeamDrawsKSuccessorsFromThePool(@ForAll("beams") List<Board> beam,
                                                    @ForAll("temperatures") double t,
                                                    @ForAll @IntRange(min = 0, max = 3) int maxSteps,
                                                    @ForAll long seed) {
        BeamResult r = BeamSearch.stochasticBeam(beam, t, maxSteps, new SplittableRandom(seed));
        String problem = beamProblem(r, beam, maxSteps);
        assertThat(problem).withFailMessage("stochasticBeam(%s, T %s, maxSteps %d): %s", beam, NumberText.show(t),
                maxSteps, problem).isNull();
    }

    private static String beamProblem(BeamResult r, List<Board> beam, int maxSteps) {
        if (!r.beams().get(0).equals(beam)) {
            return "the first beam is " + r.beams().get(0) + " instead of the given " + beam;
        }
        if (r.steps() > maxSteps) {
            return r.steps() + " steps were taken, but maxSteps is " + maxSteps;
        }
        Board solution = beam.stream().filter(b -> Oracle.h(b) == 0).findFirst().orElse(null);
        if (solution != null && r.steps() > 0) {
            return "the first beam holds the solution " + solution + ", but the search went on";
        }
        for (int i = 1; i < r.beams().size() && solution == null; i++) {
            List<Board> previous = r.beams().get(i - 1);
            List<Board> pool = new ArrayList<>();
            previous.forEach(b -> pool.addAll(b.neighbors()));
            if (pool.stream().anyMatch(b -> Oracle.h(b) == 0)) {
                return "the successors of beam " + (i - 1) + " include a solution, but the search went on";
            }
            List<Board> current = r.beams().get(i);
            if (current.size() != beam.size()) {
                return "beam " + i + " has " + current.size() + " boards instead of k = " + beam.size();
            }
            for (Board b : current) {
                if (!pool.contains(b)) {
                    return "beam " + i + " holds " + b + ", which is not a successor of beam " + (i - 1) + " " + previous;
                }
            }
        }
        List<Board> last = r.beams().get(r.beams().size() - 1);
        List<Board> lastPool = new ArrayList<>();
        last.forEach(b -> lastPool.addAll(b.neighbors()));
        Board poolSolution = lastPool.stream().filter(b -> Oracle.h(b) == 0).findFirst().orElse(null);
        if (solution == null && r.steps() < maxSteps) {
            solution = poolSolution;
            if (solution == null) {
                return "the search stopped after " + r.steps() + " of " + maxSteps + " steps without a solution";
            }
        }
        Board best = solution != null ? solution
                : last.stream().min(Comparator.comparingInt(Oracle::h)).orElseThrow();
        return r.best().equals(best) ? null : "best is " + r.best() + " but should be " + best
                + (solution != null ? " (the first solution found)" : " (the first board of the last beam with the "
                + "fewest attacking pairs)");
    }
}
