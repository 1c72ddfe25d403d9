package course.grpo;

import java.util.List;

/**
 * The pieces of the GRPO objective (Shao et al. 2024, DeepSeekMath): group-relative advantages, the clipped
 * surrogate and its slope, the KL estimator, and the per-token average over a group.
 */
public final class Grpo {

    private Grpo() {
    }

    /**
     * Group-relative advantages {@code A_i = (r_i - mean(r)) / std(r)}, with the population standard deviation
     * (divide by {@code G}); if all rewards are equal, every advantage is 0.
     *
     * @throws IllegalArgumentException if there is no reward or a reward is NaN or infinite
     */
    public static double[] advantages(double[] rewards) {
        if (rewards.length == 0) {
            throw new IllegalArgumentException("a group needs at least one output");
        }
        boolean allEqual = true;
        double sum = 0;
        for (double r : rewards) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("a reward must be finite, got " + r);
            }
            allEqual &= r == rewards[0];
            sum += r;
        }
        double[] a = new double[rewards.length];
        if (allEqual) {
            return a;
        }
        double mean = sum / rewards.length;
        double squares = 0;
        for (double r : rewards) {
            squares += (r - mean) * (r - mean);
        }
        double std = Math.sqrt(squares / rewards.length);
        for (int i = 0; i < a.length; i++) {
            a[i] = (rewards[i] - mean) / std;
        }
        return a;
    }

    /**
     * The clipped surrogate {@code min(rho A, clip(rho, 1 - eps, 1 + eps) A)}.
     *
     * @throws IllegalArgumentException if {@code ratio} is negative or not finite, {@code advantage} is not finite, or
     *                                  {@code epsilon} is not in {@code (0, 1)}
     */
    public static double clippedTerm(double ratio, double advantage, double epsilon) {
        check(ratio, advantage, epsilon);
        double clipped = Math.max(1 - epsilon, Math.min(1 + epsilon, ratio));
        return Math.min(ratio * advantage, clipped * advantage);
    }

    /**
     * The derivative of {@link #clippedTerm} with respect to the ratio: 0 where the clip is active (the ratio beyond
     * {@code 1 + eps} with {@code A > 0}, or below {@code 1 - eps} with {@code A < 0}), otherwise {@code A}; on the
     * boundary {@code rho = 1 +- eps} it is {@code A}.
     *
     * @throws IllegalArgumentException as {@link #clippedTerm}
     */
    public static double clippedTermSlope(double ratio, double advantage, double epsilon) {
        check(ratio, advantage, epsilon);
        boolean clipped = advantage > 0 && ratio > 1 + epsilon || advantage < 0 && ratio < 1 - epsilon;
        return clipped ? 0 : advantage;
    }

    /**
     * The KL estimator of GRPO, {@code pi_ref / pi - log(pi_ref / pi) - 1}, from log-probabilities: with
     * {@code x = logReference - logPolicy} it is {@code e^x - x - 1}, computed as {@code expm1(x) - x} so that it is
     * never negative and exactly 0 when {@code x = 0}.
     *
     * @throws IllegalArgumentException if a log-probability is NaN, infinite or positive
     */
    public static double klEstimate(double logPolicy, double logReference) {
        if (!(logPolicy <= 0) || !(logReference <= 0) || Double.isInfinite(logPolicy)
                || Double.isInfinite(logReference)) {
            throw new IllegalArgumentException("log-probabilities must be finite and <= 0, got " + logPolicy + " and "
                    + logReference);
        }
        double x = logReference - logPolicy;
        return Math.expm1(x) - x;
    }

    /**
     * The GRPO objective of one group: {@code (1/G) sum_i (1/|o_i|) sum_t [ min(rho A_i, clip(rho) A_i) - beta KL ]}
     * with {@code rho = exp(new - old)} and {@code KL = klEstimate(new, ref)} per token.
     *
     * @throws IllegalArgumentException if the group is empty, there is not one advantage per output, an advantage is
     *                                  not finite, {@code epsilon} is not in {@code (0, 1)}, or {@code beta} is
     *                                  negative or not finite
     */
    public static double objective(List<SampledOutput> group, double[] advantages, double epsilon, double beta) {
        if (group.isEmpty() || advantages.length != group.size()) {
            throw new IllegalArgumentException("one advantage per output: " + group.size() + " outputs, "
                    + advantages.length + " advantages");
        }
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and >= 0, got " + beta);
        }
        double total = 0;
        for (int i = 0; i < group.size(); i++) {
            SampledOutput o = group.get(i);
            double[] lp = o.newLogProbs();
            double[] old = o.oldLogProbs();
            double[] ref = o.refLogProbs();
            double sum = 0;
            for (int t = 0; t < o.length(); t++) {
                sum += clippedTerm(Math.exp(lp[t] - old[t]), advantages[i], epsilon) - beta * klEstimate(lp[t], ref[t]);
            }
            total += sum / o.length();
        }
        return total / group.size();
    }

    private static void check(double ratio, double advantage, double epsilon) {
        if (!(ratio >= 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("a probability ratio is finite and >= 0, got " + ratio);
        }
        if (!Double.isFinite(advantage)) {
            throw new IllegalArgumentException("the advantage must be finite, got " + advantage);
        }
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1), got " + epsilon);
        }
    }
}
