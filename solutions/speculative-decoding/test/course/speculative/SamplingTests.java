package course.speculative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    @Points(1)
    @Hint(value = "Speculative sampling proposes k = min(lookahead, tokens still needed) tokens per round, one draft "
            + "call each, and a fully accepted round also yields the token sampled from the target after them. With a "
            + "draft equal to the target every proposal is accepted: 5 tokens with lookahead 3 take a round of 3 "
            + "proposals (4 tokens) and a round of 1 proposal, 4 draft calls.",
            zh = "推测采样每轮提出 k = min(lookahead, 还需要的 token 数) 个 token，每个调用一次草稿；一轮全部接受时，还会得到从目标"
                    + "分布中为其后位置采样的 token。草稿与目标相同时每个提议都被接受：lookahead 为 3、生成 5 个 token 需要一轮 3 个"
                    + "提议（得到 4 个 token）和一轮 1 个提议，共 4 次草稿调用。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void speculativeSamplingProposesOnlyTheTokensStillNeeded() {
        int[] draftCalls = new int[1];
        Distribution target = c -> P[c.get(c.size() - 1)].clone();
        Distribution perfect = c -> {
            draftCalls[0]++;
            return P[c.get(c.size() - 1)].clone();
        };
        SplittableRandom random = new SplittableRandom(7);
        List<Integer> five = SpeculativeDecoding.speculativeSampling(target, perfect, List.of(0), 5, 3, random);
        assertThat(five).as("5 new tokens").hasSize(5).allMatch(t -> t >= 0 && t < 3);
        assertThat(draftCalls[0]).as("draft calls for 5 tokens, lookahead 3, a perfect draft").isEqualTo(4);
        draftCalls[0] = 0;
        assertThat(SpeculativeDecoding.speculativeSampling(target, perfect, List.of(0), 2, 1, random))
                .as("2 tokens with lookahead 1").hasSize(2);
        assertThat(draftCalls[0]).as("draft calls for 2 tokens, lookahead 1: one proposal, accepted, plus the "
                + "target's token").isEqualTo(1);
        draftCalls[0] = 0;
        assertThat(SpeculativeDecoding.speculativeSampling(target, perfect, List.of(0), 0, 2, random))
                .as("no new token").isEmpty();
        assertThat(draftCalls[0]).as("draft calls for no token").isZero();
    }

    @Test
    @Points(1)
    @Hint(value = "All randomness of speculative sampling must come from the RandomGenerator passed in: the same seed "
            + "must give the same tokens, and other seeds other tokens. Math.random(), a new Random() or a generator "
            + "of your own with a fixed seed break this.",
            zh = "推测采样的所有随机性都必须来自传入的 RandomGenerator：相同的种子必须给出相同的 token，不同的种子给出不同的"
                    + " token。使用 Math.random()、new Random() 或自己固定种子的生成器都违反这一点。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void speculativeSamplingDrawsOnlyFromTheGivenGenerator() {
        Distribution target = c -> P[c.get(c.size() - 1)].clone();
        Distribution draft = c -> Q[c.get(c.size() - 1)].clone();
        List<List<Integer>> bySeed = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            List<Integer> first = SpeculativeDecoding.speculativeSampling(target, draft, List.of(0), 12, 2,
                    new SplittableRandom(seed));
            List<Integer> again = SpeculativeDecoding.speculativeSampling(target, draft, List.of(0), 12, 2,
                    new SplittableRandom(seed));
            assertThat(again).as("12 tokens after [0] (lookahead 2), twice with a generator of seed %d", seed)
                    .isEqualTo(first);
            bySeed.add(first);
        }
        assertThat(Set.copyOf(bySeed)).as("the 12 tokens for the seeds 1 to 4 %s", bySeed).hasSizeGreaterThan(1);
    }

    @Test
    @Points(3)
    @Hint(value = "Accept the draft's x with probability min(1, p(x) / q(x)) (draw u from the given generator and "
            + "accept when u < p(x) / q(x)); on rejection draw from max(0, p - q) normalised, not from p or q; after "
            + "k acceptances draw the extra token from the target's p. Then every output has exactly the target's "
            + "distribution, whatever the draft.",
            zh = "以概率 min(1, p(x) / q(x)) 接受草稿的 x（从给定的随机数生成器取 u，当 u < p(x) / q(x) 时接受）；被拒绝时从"
                    + "归一化的 max(0, p - q) 中抽样，而不是从 p 或 q；k 个全部接受后从目标的 p 中抽取额外的 token。这样无论"
                    + "草稿如何，输出的分布都恰好是目标模型的分布。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
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
