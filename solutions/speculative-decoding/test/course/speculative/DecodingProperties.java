package course.speculative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import course.speculative.Generators.Case;
import course.speculative.SpecOracle.Trace;
import course.speculative.SpecOracle.Variant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of greedy and speculative decoding on random table models and drafts of every quality. */
class DecodingProperties {

    @Provide
    Arbitrary<Case> cases() {
        return Generators.cases();
    }

    @Provide
    Arbitrary<Case> perfect() {
        return Generators.perfectDrafts();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "greedy returns the target's greedy continuation (only the new tokens) with exactly one target "
            + "call per new token.",
            zh = "greedy 返回目标模型的贪心续写（只含新 token），且每个新 token 恰好调用目标模型一次。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void greedyCallsTheTargetOncePerToken(@ForAll("cases") Case c) {
        Model target = new Model(c.target(), c.target().vocabulary());
        List<Integer> tokens = SpeculativeDecoding.greedy(target, c.prompt(), c.newTokens());
        List<Integer> expected = SpecOracle.greedy(c.target(), c.prompt(), c.newTokens());
        String problem = !tokens.equals(expected) ? "greedy gave " + tokens + ", expected " + expected
                : target.calls() != c.newTokens() ? "greedy made " + target.calls() + " target calls for "
                + c.newTokens() + " tokens" : null;
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 100)
    @Points(3)
    @Hint(value = "Whatever the draft (perfect, noisy, unrelated, constant), greedy speculative decoding must return "
            + "exactly the target's plain greedy output: a proposal is kept only if it equals the target's own choice "
            + "at that place, and at the first disagreement the TARGET's choice is taken, never the draft's.",
            zh = "无论草稿模型如何（完美、有噪声、无关、常数），贪心推测解码都必须恰好返回目标模型普通贪心解码的输出："
                    + "只有等于目标模型在该位置自身选择的提议才被保留，在第一个不一致处取目标模型的选择，绝不取草稿的。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void speculativeOutputEqualsGreedyForAnyDraft(@ForAll("cases") Case c) {
        SpeculativeResult result = run(c);
        List<Integer> expected = SpecOracle.greedy(c.target(), c.prompt(), c.newTokens());
        String problem = null;
        if (!result.tokens().equals(expected)) {
            problem = "speculative decoding gave " + result.tokens() + ", but the target's greedy output is "
                    + expected + explain(c, result);
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("speculativeOutputEqualsGreedyForAnyDraft")
    @Hint(value = "Every round costs exactly one target forward pass and yields between 1 and lookahead + 1 tokens, "
            + "so for n tokens the target is called at least ceil(n / (lookahead + 1)) and at most n times; the draft "
            + "is called once per proposed token.",
            zh = "每一轮恰好花费一次目标模型前向传播，得到 1 到 lookahead + 1 个 token，因此生成 n 个 token 时目标模型被调用"
                    + "至少 ceil(n / (lookahead + 1)) 次、至多 n 次；每个提议的 token 调用草稿模型一次。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void targetCallsStayBetweenTokensOverLookaheadPlusOneAndTokens(@ForAll("cases") Case c) {
        Model target = new Model(c.target(), c.target().vocabulary());
        Model draft = new Model(c.draft(), c.target().vocabulary());
        SpeculativeResult result = SpeculativeDecoding.speculative(target, draft, c.prompt(), c.newTokens(),
                c.lookahead());
        int n = c.newTokens();
        int lower = (n + c.lookahead()) / (c.lookahead() + 1);
        String problem = null;
        if (target.calls() < lower || target.calls() > n) {
            problem = target.calls() + " target calls for " + n + " tokens with lookahead " + c.lookahead()
                    + "; expected between " + lower + " and " + n;
        } else if (result.rounds() != target.calls()) {
            problem = "the result reports " + result.rounds() + " rounds but the target was called " + target.calls()
                    + " times: one pass per round";
        } else if (draft.calls() != result.proposed()) {
            problem = "the draft was called " + draft.calls() + " times for " + result.proposed()
                    + " proposed tokens: one call per proposal";
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("speculativeOutputEqualsGreedyForAnyDraft")
    @Hint(value = "The rounds follow the statement: k = min(lookahead, tokens still needed) proposals per round, the "
            + "longest agreeing prefix accepted (accepted counts only draft tokens), then the target's token, and the "
            + "extra token after a fully accepted round is used, not wasted.",
            zh = "各轮必须符合题目规定：每轮 k = min(lookahead, 还需要的 token 数) 个提议，接受最长的一致前缀（accepted "
                    + "只统计草稿的 token），再加目标模型的 token；一轮全部接受后额外得到的 token 要用上，不能浪费。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void roundsFollowTheAcceptanceRule(@ForAll("cases") Case c) {
        SpeculativeResult result = run(c);
        Trace expected = SpecOracle.speculative(c.target(), c.draft(), c.prompt(), c.newTokens(), c.lookahead(),
                Variant.CORRECT);
        String problem = null;
        if (result.rounds() != expected.rounds() || result.proposed() != expected.proposed()
                || result.accepted() != expected.accepted()) {
            Trace noBonus = SpecOracle.speculative(c.target(), c.draft(), c.prompt(), c.newTokens(), c.lookahead(),
                    Variant.NO_BONUS);
            problem = "rounds / proposed / accepted are " + result.rounds() + " / " + result.proposed() + " / "
                    + result.accepted() + ", expected " + expected.rounds() + " / " + expected.proposed() + " / "
                    + expected.accepted()
                    + Diagnosis.of(new double[] {result.rounds(), result.proposed(), result.accepted()},
                            new double[] {expected.rounds(), expected.proposed(), expected.accepted()},
                            Tolerance.DEFAULT).called("counts")
                    .mistake("the target's extra token after a fully accepted round is dropped",
                            () -> new double[] {noBonus.rounds(), noBonus.proposed(), noBonus.accepted()})
                    .explain();
        }
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("speculativeOutputEqualsGreedyForAnyDraft")
    @Hint(value = "A draft that is the target itself always agrees: every proposal is accepted, and each round "
            + "yields lookahead + 1 tokens (the last one possibly cut), so the target is called exactly "
            + "ceil(n / (lookahead + 1)) times.",
            zh = "与目标模型完全相同的草稿总是一致：每个提议都被接受，每轮得到 lookahead + 1 个 token（最后一轮可能被截断），"
                    + "因此目标模型恰好被调用 ceil(n / (lookahead + 1)) 次。",
            timeout = SpecOracle.LOOP, timeoutZh = SpecOracle.LOOP_ZH)
    void aPerfectDraftHasEveryProposalAccepted(@ForAll("perfect") Case c) {
        Model target = new Model(c.target(), c.target().vocabulary());
        Model draft = new Model(c.draft(), c.target().vocabulary());
        SpeculativeResult result = SpeculativeDecoding.speculative(target, draft, c.prompt(), c.newTokens(),
                c.lookahead());
        int calls = (c.newTokens() + c.lookahead()) / (c.lookahead() + 1);
        String problem = result.accepted() != result.proposed()
                ? result.accepted() + " of " + result.proposed() + " proposals of a perfect draft were accepted"
                : target.calls() != calls ? target.calls() + " target calls, expected ceil(" + c.newTokens() + " / "
                + (c.lookahead() + 1) + ") = " + calls : null;
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    private static SpeculativeResult run(Case c) {
        return SpeculativeDecoding.speculative(new Model(c.target(), c.target().vocabulary()),
                new Model(c.draft(), c.target().vocabulary()), c.prompt(), c.newTokens(), c.lookahead());
    }

    private static String explain(Case c, SpeculativeResult result) {
        List<Integer> correct = SpecOracle.greedy(c.target(), c.prompt(), c.newTokens());
        Diagnosis d = Diagnosis.of(SpecOracle.asDoubles(result.tokens()), SpecOracle.asDoubles(correct),
                Tolerance.DEFAULT).called("tokens");
        d.mistake("at the first disagreement the draft's token was kept instead of the target's choice",
                () -> SpecOracle.asDoubles(mistake(c, Variant.DRAFT_TOKEN_AT_MISMATCH)));
        d.mistake("proposal i was compared with the target's choice one position later (i + 1)",
                () -> SpecOracle.asDoubles(mistake(c, Variant.OFF_BY_ONE)));
        return d.explain();
    }

    private static List<Integer> mistake(Case c, Variant v) {
        return SpecOracle.speculative(c.target(), c.draft(), c.prompt(), c.newTokens(), c.lookahead(), v).tokens();
    }
}
