package course.speculative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Plain greedy decoding, greedy speculative decoding with a draft model, the multi-token-prediction training loss,
 * and speculative sampling.
 */
public final class SpeculativeDecoding {

    /** How far a row of probabilities may be from summing to 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    private SpeculativeDecoding() {
    }

    /**
     * Plain greedy decoding: {@code newTokens} times, one forward pass of the target gives the next token.
     *
     * @return the new tokens (not the prompt)
     * @throws IllegalArgumentException if {@code newTokens < 0} or a prompt token is outside the vocabulary
     */
    public static List<Integer> greedy(Model target, List<Integer> prompt, int newTokens) {
        checkRequest(target, prompt, newTokens);
        List<Integer> context = new ArrayList<>(prompt);
        List<Integer> out = new ArrayList<>();
        while (out.size() < newTokens) {
            int token = target.forward(context, List.of()).get(0);
            context.add(token);
            out.add(token);
        }
        return out;
    }

    /**
     * Greedy speculative decoding. Each round proposes {@code k = min(lookahead, tokens still needed)} tokens with
     * the draft, one draft call each; one target pass over them gives the target's choices after every prefix; the
     * longest prefix of proposals that agrees with those choices is accepted, followed by the target's own choice at
     * the first disagreement (or after the last proposal when all agree), stopping at {@code newTokens} tokens.
     *
     * @return the new tokens, the number of rounds, and the numbers of proposed and accepted draft tokens
     * @throws IllegalArgumentException if {@code newTokens < 0}, {@code lookahead < 1}, the two models have
     *                                  different vocabularies, or a prompt token is outside the vocabulary
     */
    public static SpeculativeResult speculative(Model target, Model draft, List<Integer> prompt, int newTokens,
                                                int lookahead) {
        checkRequest(target, prompt, newTokens);
        if (lookahead < 1) {
            throw new IllegalArgumentException("the lookahead must be at least 1, got " + lookahead);
        }
        if (draft.vocabularySize() != target.vocabularySize()) {
            throw new IllegalArgumentException("the draft has " + draft.vocabularySize() + " tokens, the target "
                    + target.vocabularySize());
        }
        List<Integer> context = new ArrayList<>(prompt);
        List<Integer> out = new ArrayList<>();
        int rounds = 0;
        int proposed = 0;
        int accepted = 0;
        while (out.size() < newTokens) {
            int k = Math.min(lookahead, newTokens - out.size());
            List<Integer> guesses = new ArrayList<>();
            List<Integer> draftContext = new ArrayList<>(context);
            for (int i = 0; i < k; i++) {
                int guess = draft.forward(draftContext, List.of()).get(0);
                guesses.add(guess);
                draftContext.add(guess);
            }
            List<Integer> choices = target.forward(context, guesses);
            rounds++;
            proposed += k;
            int agree = 0;
            while (agree < k && guesses.get(agree).equals(choices.get(agree))) {
                agree++;
            }
            accepted += agree;
            for (int i = 0; i <= agree && out.size() < newTokens; i++) {
                int token = i < agree ? guesses.get(i) : choices.get(agree);
                context.add(token);
                out.add(token);
            }
        }
        return new SpeculativeResult(out, rounds, proposed, accepted);
    }

    /**
     * The multi-token prediction loss of DeepSeek-V3: {@code lambda / D * sum_{k=1..D} L_k} with
     * {@code L_k = -(1/T) sum_{i=0}^{T-1-k} log P_k[i][t_{i+1+k}]}, where {@code T = tokens.length - 1} is the
     * number of input positions and {@code P_k[i]} the distribution that prediction depth {@code k} gives at
     * position {@code i} for the token {@code k + 1} steps ahead.
     *
     * @param probabilities {@code probabilities[k-1]} has {@code T - k} rows, one distribution over the vocabulary
     *                      per position {@code 0 .. T-1-k}
     * @param tokens        the sequence {@code t_0 .. t_T}
     * @param lambda        the weight of the MTP loss
     * @return the loss; {@code +Infinity} if a target token has probability 0
     * @throws IllegalArgumentException if there is no depth, {@code tokens} is shorter than {@code D + 2}, a depth
     *                                  has the wrong number of rows, rows differ in length, an entry is outside
     *                                  {@code [0, 1]}, a row does not sum to 1 within {@link #SUM_TOLERANCE}, a
     *                                  token is outside the vocabulary, or {@code lambda} is negative or not finite
     */
    public static double mtpLoss(double[][][] probabilities, int[] tokens, double lambda) {
        int depths = probabilities.length;
        if (depths == 0) {
            throw new IllegalArgumentException("at least one prediction depth is needed");
        }
        if (tokens.length < depths + 2) {
            throw new IllegalArgumentException(tokens.length + " tokens leave depth " + depths + " nothing to predict");
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        }
        int positions = tokens.length - 1;
        int vocabulary = probabilities[0].length == 0 ? 0 : probabilities[0][0].length;
        double total = 0;
        for (int k = 1; k <= depths; k++) {
            double[][] rows = probabilities[k - 1];
            if (rows.length != positions - k) {
                throw new IllegalArgumentException("depth " + k + " needs " + (positions - k) + " rows, got "
                        + rows.length);
            }
            double depthLoss = 0;
            for (int i = 0; i < rows.length; i++) {
                checkDistribution(rows[i], vocabulary, "depth " + k + ", position " + i);
                int target = tokens[i + 1 + k];
                if (target < 0 || target >= vocabulary) {
                    throw new IllegalArgumentException("token " + target + " is outside the vocabulary 0.."
                            + (vocabulary - 1));
                }
                depthLoss -= Math.log(rows[i][target]);
            }
            total += depthLoss / positions;
        }
        return lambda / depths * total;
    }

    /**
     * Speculative sampling (Leviathan et al. 2023; Chen et al. 2023): the draft samples
     * {@code k = min(lookahead, tokens still needed)} tokens {@code x_i ~ q_i}; with the target's distributions
     * {@code p_i} after each prefix, each {@code x_i} in turn is accepted with probability
     * {@code min(1, p_i(x_i) / q_i(x_i))}; at the first rejection a token is sampled from
     * {@code max(0, p_i - q_i)} normalised and the round ends; if all are accepted a token is sampled from
     * {@code p_k}. Stops at {@code newTokens} tokens. Every random number comes from {@code random}.
     *
     * @return the new tokens (not the prompt)
     * @throws IllegalArgumentException if {@code newTokens < 0} or {@code lookahead < 1}
     */
    public static List<Integer> speculativeSampling(Distribution target, Distribution draft, List<Integer> prompt,
                                                    int newTokens, int lookahead, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (newTokens < 0 || lookahead < 1) {
            throw new IllegalArgumentException("need newTokens >= 0 and lookahead >= 1, got " + newTokens + " and "
                    + lookahead);
        }
        List<Integer> context = new ArrayList<>(prompt);
        List<Integer> out = new ArrayList<>();
        while (out.size() < newTokens) {
            int k = Math.min(lookahead, newTokens - out.size());
            List<Integer> guesses = new ArrayList<>();
            List<double[]> q = new ArrayList<>();
            List<Integer> draftContext = new ArrayList<>(context);
            for (int i = 0; i < k; i++) {
                double[] qi = draft.probabilities(List.copyOf(draftContext));
                int guess = sample(qi, random);
                q.add(qi);
                guesses.add(guess);
                draftContext.add(guess);
            }
            List<Integer> accepted = new ArrayList<>();
            int next = -1;
            for (int i = 0; i <= k && next < 0; i++) {
                List<Integer> prefix = new ArrayList<>(context);
                prefix.addAll(accepted);
                double[] p = target.probabilities(List.copyOf(prefix));
                if (i == k) {
                    next = sample(p, random);
                } else {
                    int x = guesses.get(i);
                    if (random.nextDouble() < p[x] / q.get(i)[x]) {
                        accepted.add(x);
                    } else {
                        next = sample(residual(p, q.get(i)), random);
                    }
                }
            }
            accepted.add(next);
            for (int i = 0; i < accepted.size() && out.size() < newTokens; i++) {
                context.add(accepted.get(i));
                out.add(accepted.get(i));
            }
        }
        return out;
    }

    private static double[] residual(double[] p, double[] q) {
        double[] r = new double[p.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.max(0, p[i] - q[i]);
        }
        return r;
    }

    /** One token drawn with probability proportional to {@code weights}, by inverting the cumulative sum. */
    private static int sample(double[] weights, RandomGenerator random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    private static void checkRequest(Model target, List<Integer> prompt, int newTokens) {
        if (newTokens < 0) {
            throw new IllegalArgumentException("cannot decode " + newTokens + " tokens");
        }
        for (int token : prompt) {
            if (token < 0 || token >= target.vocabularySize()) {
                throw new IllegalArgumentException("prompt token " + token + " is outside the vocabulary 0.."
                        + (target.vocabularySize() - 1));
            }
        }
    }

    private static void checkDistribution(double[] row, int vocabulary, String where) {
        if (row.length != vocabulary || vocabulary == 0) {
            throw new IllegalArgumentException(where + ": " + row.length + " probabilities, expected " + vocabulary);
        }
        double sum = 0;
        for (double p : row) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(where + ": probability " + p + " is outside [0, 1]");
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(where + ": the probabilities sum to " + sum + ", not 1");
        }
    }
}
