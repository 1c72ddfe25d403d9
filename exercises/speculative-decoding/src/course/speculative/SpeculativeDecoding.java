package course.speculative;

import java.util.List;
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
        throw new UnsupportedOperationException("TODO greedy: one target call per new token");
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
        throw new UnsupportedOperationException("TODO speculative: propose, verify, accept");
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
        throw new UnsupportedOperationException("TODO mtpLoss: lambda / D * sum of the depth losses");
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
        throw new UnsupportedOperationException("TODO speculativeSampling: accept with min(1, p/q), else resample");
    }

}
