package course.speculative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

/** Greedy and speculative decoding of a counting model, worked by hand, and the documented exceptions. */
class DecodingTests {

    /** The target counts modulo 4: after token a comes a + 1 mod 4. */
    private static final NextToken COUNTER = c -> (c.get(c.size() - 1) + 1) % 4;

    /** A draft that counts too, but guesses 0 instead of 3 after a 2. */
    private static final NextToken SLOPPY = c -> c.get(c.size() - 1) == 2 ? 0 : (c.get(c.size() - 1) + 1) % 4;

    @Test
    @Points(1)
    @Hint(value = "Plain greedy decoding makes one target forward pass per new token, each time on the prompt plus "
            + "the tokens chosen so far, and returns only the new tokens.",
            zh = "普通贪心解码每生成一个新 token 调用一次目标模型的前向传播，每次输入提示加上已选出的 token，只返回新 token。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void greedyDecodingOfACounter() {
        Model target = new Model(COUNTER, 4);
        assertThat(SpeculativeDecoding.greedy(target, List.of(2), 5)).as("5 tokens after [2]")
                .containsExactly(3, 0, 1, 2, 3);
        assertThat(target.calls()).as("target calls: one per token").isEqualTo(5);
        assertThat(SpeculativeDecoding.greedy(new Model(COUNTER, 4), List.of(2), 0)).as("no new token").isEmpty();
    }

    /**
     * Prompt [0], 6 new tokens, lookahead 3. Round 1: the draft proposes 1, 2, 0; the target's choices after [0],
     * [0 1], [0 1 2], [0 1 2 0] are 1, 2, 3, 1: the first two proposals agree, so 1, 2 are accepted and the target's
     * 3 follows. Round 2: 3 tokens are still needed; the draft proposes 0, 1, 2, all agree, and the extra token the
     * target gives after them is not needed. Tokens 1 2 3 0 1 2; 2 rounds, 6 proposed, 5 accepted.
     */
    @Test
    @Points(2)
    @Hint(value = "Each round: k = min(lookahead, tokens still needed) draft calls propose k tokens; ONE target pass "
            + "gives its choice after each prefix; accept proposals while they equal the target's choice, then add the "
            + "target's choice at the first disagreement (or its extra choice when all k agree), never more than "
            + "the tokens still needed.",
            zh = "每一轮：k = min(lookahead, 还需要的 token 数)，草稿模型调用 k 次提出 k 个 token；目标模型一次前向传播给出每个"
                    + "前缀之后它的选择；只要提议与目标的选择相同就接受，然后在第一个不一致处加上目标的选择（若 k 个全部一致，"
                    + "则加上目标额外给出的那个选择），总数不超过还需要的 token 数。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void speculativeDecodingOfACounterWithASloppyDraft() {
        Model target = new Model(COUNTER, 4);
        Model draft = new Model(SLOPPY, 4);
        SpeculativeResult result = SpeculativeDecoding.speculative(target, draft, List.of(0), 6, 3);
        assertThat(result.tokens()).as("tokens (the target's own greedy output)").containsExactly(1, 2, 3, 0, 1, 2);
        assertThat(result.rounds()).as("rounds").isEqualTo(2);
        assertThat(target.calls()).as("target forward passes: one per round").isEqualTo(2);
        assertThat(result.proposed()).as("proposed tokens: 3 + 3").isEqualTo(6);
        assertThat(draft.calls()).as("draft calls: one per proposed token").isEqualTo(6);
        assertThat(result.accepted()).as("accepted proposals: 2 + 3").isEqualTo(5);
    }

    @Test
    @Points(1)
    @DependsOn("speculativeDecodingOfACounterWithASloppyDraft")
    @Hint(value = "When all k proposals agree, the same target pass already gives the token after them: add it. With "
            + "a perfect draft and lookahead 2, each round then yields 3 tokens, so 6 tokens take 2 target calls.",
            zh = "当 k 个提议全部一致时，同一次目标前向传播已经给出了它们之后的 token：把它加上。草稿完美且 lookahead 为 2 时，"
                    + "每轮得到 3 个 token，所以 6 个 token 只需 2 次目标调用。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void allAcceptedRoundsAddTheTargetsExtraToken() {
        Model target = new Model(COUNTER, 4);
        SpeculativeResult result = SpeculativeDecoding.speculative(target, new Model(COUNTER, 4), List.of(0), 6, 2);
        assertThat(result.tokens()).containsExactly(1, 2, 3, 0, 1, 2);
        assertThat(target.calls()).as("target calls for 6 tokens, 3 per round (2 accepted + 1 extra)").isEqualTo(2);
        assertThat(result.accepted()).as("accepted proposals").isEqualTo(4);
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException for a negative number of new tokens, a lookahead below 1, a "
            + "prompt token outside the vocabulary (even when no token is requested), and a draft whose vocabulary "
            + "differs from the target's.",
            zh = "以下情况抛出 IllegalArgumentException：新 token 数为负、lookahead 小于 1、提示中的 token 不在词表内"
                    + "（即使不需要生成任何 token）、草稿模型的词表与目标模型不同。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void rejectsInvalidRequests() {
        Model target = new Model(COUNTER, 4);
        assertThatThrownBy(() -> SpeculativeDecoding.greedy(target, List.of(0), -1)).as("greedy, -1 tokens")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.greedy(target, List.of(4), 0)).as("greedy, prompt token 4 of 4")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.greedy(target, List.of(1, -1), 2)).as("greedy, prompt token -1")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.speculative(target, target, List.of(0), -2, 2))
                .as("speculative, -2 tokens").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.speculative(target, target, List.of(0), 3, 0))
                .as("speculative, lookahead 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.speculative(target, target, List.of(-1), 0, 2))
                .as("speculative, prompt token -1").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.speculative(target, target, List.of(4), 0, 2))
                .as("speculative, prompt token 4 of 4").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.speculative(target, new Model(COUNTER, 5), List.of(0), 3, 2))
                .as("draft over 5 tokens, target over 4").isInstanceOf(IllegalArgumentException.class);
        Distribution uniform = c -> new double[] {0.5, 0.5};
        java.util.random.RandomGenerator random = new java.util.SplittableRandom(1);
        assertThatThrownBy(() -> SpeculativeDecoding.speculativeSampling(uniform, uniform, List.of(0), -1, 2, random))
                .as("speculative sampling, -1 tokens").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpeculativeDecoding.speculativeSampling(uniform, uniform, List.of(0), 2, 0, random))
                .as("speculative sampling, lookahead 0").isInstanceOf(IllegalArgumentException.class);
    }
}
