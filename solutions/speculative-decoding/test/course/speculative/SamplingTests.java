package course.speculative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;
import org.junit.jupiter.api.Test;

/** Speculative sampling must sample from the target's distribution: a seeded statistical check. */
class SamplingTests {

    static final int RUNS = 20_000;
    static final double MARGIN = 0.05;

    /** The target's next-token probabilities after each last token (3 tokens). */
    static final double[][] P = {{0.6, 0.3, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.2, 0.7}};
    /** A draft that is often wrong about the target. */
    static final double[][] Q = {{0.2, 0.3, 0.5}, {0.5, 0.3, 0.2}, {0.4, 0.4, 0.2}};

    @Test
    @Points(3)
    @Hint(value = "Accept the draft's x with probability min(1, p(x) / q(x)) (draw u from the given generator and "
            + "accept when u < p(x) / q(x)); on rejection draw from max(0, p - q) normalised, not from p or q; after "
            + "k acceptances draw the extra token from the target's p. Then every output has exactly the target's "
            + "distribution, whatever the draft.",
            zh = "以概率 min(1, p(x) / q(x)) 接受草稿的 x（从给定的随机数生成器取 u，当 u < p(x) / q(x) 时接受）；被拒绝时从"
                    + "归一化的 max(0, p - q) 中抽样，而不是从 p 或 q；k 个全部接受后从目标的 p 中抽取额外的 token。这样无论"
                    + "草稿如何，输出的分布都恰好是目标模型的分布。")
    void speculativeSamplingPreservesTheTargetDistribution() {
        Distribution target = c -> P[c.get(c.size() - 1)].clone();
        Distribution draft = c -> Q[c.get(c.size() - 1)].clone();
        SplittableRandom random = new SplittableRandom(20_230_517);
        Map<List<Integer>, Integer> counts = new HashMap<>();
        for (int run = 0; run < RUNS; run++) {
            List<Integer> out = SpeculativeDecoding.speculativeSampling(target, draft, List.of(0), 3, 2, random);
            counts.merge(List.copyOf(out), 1, Integer::sum);
        }
        double tv = 0;
        double covered = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int c = 0; c < 3; c++) {
                    double exact = P[0][a] * P[a][b] * P[b][c];
                    double seen = counts.getOrDefault(List.of(a, b, c), 0) / (double) RUNS;
                    tv += Math.abs(seen - exact) / 2;
                    covered += seen;
                }
            }
        }
        tv += (1 - covered) / 2;
        String problem = tv <= MARGIN ? null : "over " + RUNS + " runs of 3 tokens after [0] (lookahead 2), the "
                + "frequencies of the 27 continuations are " + NumberText.show(tv) + " away (total variation) from the "
                + "target's exact probabilities; at most " + MARGIN + " is allowed";
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
