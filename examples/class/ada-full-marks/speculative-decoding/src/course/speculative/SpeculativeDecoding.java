package course.speculative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** Ada's decoding: the sequence is kept as one growing list, rounds count their own bookkeeping. */
public final class SpeculativeDecoding {

    public static final double SUM_TOLERANCE = 1e-9;

    private SpeculativeDecoding() {
    }

    public static List<Integer> greedy(Model target, List<Integer> prompt, int newTokens) {
        validate(target.vocabularySize(), prompt, newTokens);
        List<Integer> seq = new ArrayList<>(prompt);
        for (int i = 0; i < newTokens; i++) {
            seq.add(target.forward(seq, List.of()).get(0));
        }
        return new ArrayList<>(seq.subList(prompt.size(), seq.size()));
    }

    public static SpeculativeResult speculative(Model target, Model draft, List<Integer> prompt, int newTokens,
                                                int lookahead) {
        validate(target.vocabularySize(), prompt, newTokens);
        if (lookahead <= 0 || draft.vocabularySize() != target.vocabularySize()) {
            throw new IllegalArgumentException("bad lookahead or mismatched vocabularies");
        }
        List<Integer> seq = new ArrayList<>(prompt);
        int goal = prompt.size() + newTokens;
        int rounds = 0;
        int proposed = 0;
        int accepted = 0;
        while (seq.size() < goal) {
            int k = Math.min(lookahead, goal - seq.size());
            List<Integer> extended = new ArrayList<>(seq);
            for (int i = 0; i < k; i++) {
                extended.add(draft.forward(extended, List.of()).get(0));
            }
            List<Integer> proposal = extended.subList(seq.size(), extended.size());
            List<Integer> verdict = target.forward(seq, proposal);
            rounds++;
            proposed += k;
            int i = 0;
            while (i < k && proposal.get(i).intValue() == verdict.get(i).intValue()) {
                i++;
            }
            accepted += i;
            List<Integer> keep = new ArrayList<>(proposal.subList(0, i));
            keep.add(verdict.get(i));
            for (int token : keep) {
                if (seq.size() < goal) {
                    seq.add(token);
                }
            }
        }
        return new SpeculativeResult(seq.subList(prompt.size(), seq.size()), rounds, proposed, accepted);
    }

    public static double mtpLoss(double[][][] probabilities, int[] tokens, double lambda) {
        int d = probabilities.length;
        if (d < 1 || tokens.length < d + 2 || Double.isNaN(lambda) || Double.isInfinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("bad depths, tokens or lambda");
        }
        int t = tokens.length - 1;
        int v = -1;
        double sum = 0;
        for (int k = 1; k <= d; k++) {
            if (probabilities[k - 1].length != t - k) {
                throw new IllegalArgumentException("depth " + k + " has the wrong number of rows");
            }
            for (int i = 0; i < t - k; i++) {
                double[] row = probabilities[k - 1][i];
                if (v < 0) {
                    v = row.length;
                }
                if (row.length != v || v == 0) {
                    throw new IllegalArgumentException("ragged rows");
                }
                double total = 0;
                for (double p : row) {
                    if (p < 0 || p > 1 || Double.isNaN(p)) {
                        throw new IllegalArgumentException("not a probability: " + p);
                    }
                    total += p;
                }
                if (Math.abs(total - 1) > SUM_TOLERANCE) {
                    throw new IllegalArgumentException("row does not sum to 1");
                }
                int target = tokens[i + 1 + k];
                if (target < 0 || target >= v) {
                    throw new IllegalArgumentException("token outside the vocabulary");
                }
                sum += -Math.log(row[target]) / t;
            }
        }
        return sum * lambda / d;
    }

    public static List<Integer> speculativeSampling(Distribution target, Distribution draft, List<Integer> prompt,
                                                    int newTokens, int lookahead, RandomGenerator random) {
        if (newTokens < 0 || lookahead < 1) {
            throw new IllegalArgumentException("bad request");
        }
        List<Integer> seq = new ArrayList<>(prompt);
        int goal = prompt.size() + newTokens;
        while (seq.size() < goal) {
            int k = Math.min(lookahead, goal - seq.size());
            int start = seq.size();
            List<double[]> qs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                double[] q = draft.probabilities(List.copyOf(seq));
                qs.add(q);
                seq.add(draw(q, random));
            }
            int accepted = 0;
            boolean rejected = false;
            while (accepted < k && !rejected) {
                double[] p = target.probabilities(List.copyOf(seq.subList(0, start + accepted)));
                int x = seq.get(start + accepted);
                double[] q = qs.get(accepted);
                if (random.nextDouble() * q[x] < p[x]) {
                    accepted++;
                } else {
                    double[] left = new double[p.length];
                    for (int j = 0; j < p.length; j++) {
                        left[j] = Math.max(0, p[j] - q[j]);
                    }
                    seq.subList(start + accepted, seq.size()).clear();
                    seq.add(draw(left, random));
                    rejected = true;
                }
            }
            if (!rejected) {
                seq.add(draw(target.probabilities(List.copyOf(seq)), random));
            }
            while (seq.size() > goal) {
                seq.remove(seq.size() - 1);
            }
        }
        return new ArrayList<>(seq.subList(prompt.size(), seq.size()));
    }

    private static int draw(double[] weights, RandomGenerator random) {
        double total = Arrays.stream(weights).sum();
        double u = random.nextDouble() * total;
        double acc = 0;
        int lastPositive = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                lastPositive = i;
                acc += weights[i];
                if (u < acc) {
                    return i;
                }
            }
        }
        return lastPositive;
    }

    private static void validate(int vocabulary, List<Integer> prompt, int newTokens) {
        if (newTokens < 0) {
            throw new IllegalArgumentException("negative token count");
        }
        for (int token : prompt) {
            if (token < 0 || token >= vocabulary) {
                throw new IllegalArgumentException("prompt token outside the vocabulary");
            }
        }
    }
}
