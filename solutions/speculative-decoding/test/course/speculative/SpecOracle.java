package course.speculative;

import java.util.ArrayList;
import java.util.List;

/**
 * Independent test-side decoding: greedy decoding and a trace of greedy speculative decoding, correct or with one
 * of the usual mistakes, straight from the NextToken functions (no Model, no call counting).
 */
final class SpecOracle {

    /** How the verification step is done: correctly or with a usual mistake. */
    enum Variant {
        CORRECT,
        /** At the first disagreement the draft's token is kept instead of the target's. */
        DRAFT_TOKEN_AT_MISMATCH,
        /** When every proposal is accepted, the target's extra token is not added. */
        NO_BONUS,
        /** Proposal i is compared with the target's choice i + 1 (one position late). */
        OFF_BY_ONE
    }

    /** What a run produced. */
    record Trace(List<Integer> tokens, int rounds, int proposed, int accepted) {
    }

    /** What usually makes a decoding test run out of time. */
    static final String LOOP = "The decoding loop did not stop: every round must add at least one token (the "
            + "target's choice when the first proposal disagrees), and the loop ends when newTokens tokens exist; a "
            + "round that adds nothing, or a count of produced tokens that is not updated, loops forever.";
    static final String LOOP_ZH = "解码循环没有停止：每一轮都必须至少增加一个 token（第一个提议不一致时取目标的选择），"
            + "并在已有 newTokens 个 token 时结束；某轮什么也没加、或已生成数没有更新，都会无限循环。";

    private SpecOracle() {
    }

    static List<Integer> greedy(NextToken model, List<Integer> prompt, int n) {
        List<Integer> context = new ArrayList<>(prompt);
        for (int i = 0; i < n; i++) {
            context.add(model.next(List.copyOf(context)));
        }
        return List.copyOf(context.subList(prompt.size(), context.size()));
    }

    static Trace speculative(NextToken target, NextToken draft, List<Integer> prompt, int n, int lookahead,
                             Variant variant) {
        List<Integer> context = new ArrayList<>(prompt);
        int produced = 0;
        int rounds = 0;
        int proposed = 0;
        int accepted = 0;
        while (produced < n) {
            int k = Math.min(lookahead, n - produced);
            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                List<Integer> c = new ArrayList<>(context);
                c.addAll(guesses);
                guesses.add(draft.next(List.copyOf(c)));
            }
            int[] choices = new int[k + 1];
            for (int i = 0; i <= k; i++) {
                List<Integer> c = new ArrayList<>(context);
                c.addAll(guesses.subList(0, i));
                choices[i] = target.next(List.copyOf(c));
            }
            rounds++;
            proposed += k;
            int shift = variant == Variant.OFF_BY_ONE ? 1 : 0;
            int agree = 0;
            while (agree < k && agree + shift <= k && guesses.get(agree) == choices[agree + shift]) {
                agree++;
            }
            accepted += agree;
            List<Integer> add = new ArrayList<>(guesses.subList(0, agree));
            if (agree < k) {
                add.add(variant == Variant.DRAFT_TOKEN_AT_MISMATCH ? guesses.get(agree) : choices[agree]);
            } else if (variant != Variant.NO_BONUS) {
                add.add(choices[k]);
            }
            for (int token : add) {
                if (produced < n) {
                    context.add(token);
                    produced++;
                }
            }
        }
        return new Trace(List.copyOf(context.subList(prompt.size(), context.size())), rounds, proposed, accepted);
    }

    static double[] asDoubles(List<Integer> tokens) {
        return tokens.stream().mapToDouble(Integer::doubleValue).toArray();
    }
}
