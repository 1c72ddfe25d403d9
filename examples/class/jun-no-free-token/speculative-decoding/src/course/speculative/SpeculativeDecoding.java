package course.speculative;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Jun's decoding: after a round in which every guess was right, Jun starts a new round straight away. */
public final class SpeculativeDecoding {

    public static final double SUM_TOLERANCE = 1e-9;

    private SpeculativeDecoding() {
    }

    private static void checkPrompt(List<Integer> prompt, int vocabulary) {
        for (Integer t : prompt) {
            if (t < 0 || t >= vocabulary) {
                throw new IllegalArgumentException("prompt token " + t + " is not in the vocabulary");
            }
        }
    }

    public static List<Integer> greedy(Model target, List<Integer> prompt, int newTokens) {
        if (newTokens < 0) {
            throw new IllegalArgumentException("newTokens < 0");
        }
        checkPrompt(prompt, target.vocabularySize());
        List<Integer> context = new ArrayList<>(prompt);
        List<Integer> generated = new ArrayList<>();
        for (int step = 0; step < newTokens; step++) {
            Integer next = target.forward(context, List.of()).get(0);
            generated.add(next);
            context.add(next);
        }
        return generated;
    }

    public static SpeculativeResult speculative(Model target, Model draft, List<Integer> prompt, int newTokens,
                                                int lookahead) {
        if (newTokens < 0 || lookahead < 1) {
            throw new IllegalArgumentException("newTokens < 0 or lookahead < 1");
        }
        if (target.vocabularySize() != draft.vocabularySize()) {
            throw new IllegalArgumentException("vocabularies differ");
        }
        checkPrompt(prompt, target.vocabularySize());
        List<Integer> context = new ArrayList<>(prompt);
        List<Integer> generated = new ArrayList<>();
        int rounds = 0;
        int proposed = 0;
        int accepted = 0;
        while (generated.size() < newTokens) {
            int k = Math.min(lookahead, newTokens - generated.size());
            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                List<Integer> c = new ArrayList<>(context);
                c.addAll(guesses);
                guesses.add(draft.forward(c, List.of()).get(0));
            }
            List<Integer> check = target.forward(context, guesses);
            rounds++;
            proposed += k;
            for (int i = 0; i < k && generated.size() < newTokens; i++) {
                if (guesses.get(i).equals(check.get(i))) {
                    accepted++;
                    generated.add(guesses.get(i));
                    context.add(guesses.get(i));
                } else {
                    generated.add(check.get(i));
                    context.add(check.get(i));
                    break;
                }
            }
        }
        return new SpeculativeResult(generated, rounds, proposed, accepted);
    }

    public static double mtpLoss(double[][][] probabilities, int[] tokens, double lambda) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("no depth");
        }
        if (tokens.length < probabilities.length + 2) {
            throw new IllegalArgumentException("too few tokens");
        }
        if (!(lambda >= 0) || lambda == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("bad lambda");
        }
        int bigT = tokens.length - 1;
        int vocabulary = -1;
        double loss = 0;
        for (int depth = 1; depth <= probabilities.length; depth++) {
            double[][] rows = probabilities[depth - 1];
            if (rows.length != bigT - depth) {
                throw new IllegalArgumentException("wrong number of rows at depth " + depth);
            }
            double lk = 0;
            for (int i = 0; i < rows.length; i++) {
                if (vocabulary == -1) {
                    vocabulary = rows[i].length;
                }
                if (rows[i].length != vocabulary || vocabulary == 0) {
                    throw new IllegalArgumentException("rows differ in length");
                }
                double s = 0;
                for (double p : rows[i]) {
                    if (!(p >= 0 && p <= 1)) {
                        throw new IllegalArgumentException("probability out of range");
                    }
                    s += p;
                }
                if (Math.abs(s - 1) > SUM_TOLERANCE) {
                    throw new IllegalArgumentException("row sum " + s);
                }
                int truth = tokens[i + 1 + depth];
                if (truth < 0 || truth >= vocabulary) {
                    throw new IllegalArgumentException("token outside vocabulary");
                }
                lk -= Math.log(rows[i][truth]);
            }
            loss += lk / bigT;
        }
        return lambda * loss / probabilities.length;
    }

    public static List<Integer> speculativeSampling(Distribution target, Distribution draft, List<Integer> prompt,
                                                    int newTokens, int lookahead, RandomGenerator random) {
        if (newTokens < 0 || lookahead < 1) {
            throw new IllegalArgumentException("newTokens < 0 or lookahead < 1");
        }
        List<Integer> context = new ArrayList<>(prompt);
        List<Integer> generated = new ArrayList<>();
        while (generated.size() < newTokens) {
            int k = Math.min(lookahead, newTokens - generated.size());
            List<Integer> guesses = new ArrayList<>();
            List<double[]> qs = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                List<Integer> c = new ArrayList<>(context);
                c.addAll(guesses);
                double[] q = draft.probabilities(c);
                qs.add(q);
                guesses.add(pick(q, random));
            }
            boolean all = true;
            for (int i = 0; i < k && generated.size() < newTokens; i++) {
                double[] p = target.probabilities(new ArrayList<>(context));
                int x = guesses.get(i);
                if (random.nextDouble() < p[x] / qs.get(i)[x]) {
                    generated.add(x);
                    context.add(x);
                } else {
                    double[] r = new double[p.length];
                    for (int j = 0; j < r.length; j++) {
                        r[j] = Math.max(0, p[j] - qs.get(i)[j]);
                    }
                    int y = pick(r, random);
                    generated.add(y);
                    context.add(y);
                    all = false;
                    break;
                }
            }
            if (all && generated.size() < newTokens) {
                int z = pick(target.probabilities(new ArrayList<>(context)), random);
                generated.add(z);
                context.add(z);
            }
        }
        return generated;
    }

    private static int pick(double[] w, RandomGenerator random) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0 && u < w[i]) {
                return i;
            }
            u -= w[i];
        }
        for (int i = w.length - 1; i >= 0; i--) {
            if (w[i] > 0) {
                return i;
            }
        }
        return 0;
    }
}
