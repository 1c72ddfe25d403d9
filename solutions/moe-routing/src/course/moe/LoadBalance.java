package course.moe;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Expert load and the two ways of balancing it: the Switch-style auxiliary loss and DeepSeek-V3's auxiliary-loss-free
 * bias update.
 */
public final class LoadBalance {

    private LoadBalance() {
    }

    /**
     * Counts how many of the given tokens each routed expert receives.
     *
     * @param routes        one route per token
     * @param routedExperts {@code N_r}
     * @return a new array of {@code N_r} counts
     * @throws IllegalArgumentException if {@code routedExperts < 1} or a route names a routed expert outside
     *                                  {@code 0..N_r-1}
     */
    public static int[] expertCounts(List<Route> routes, int routedExperts) {
        if (routedExperts < 1) {
            throw new IllegalArgumentException("need at least one routed expert, got " + routedExperts);
        }
        int[] counts = new int[routedExperts];
        for (Route route : routes) {
            for (int i : route.routedExperts()) {
                if (i < 0 || i >= routedExperts) {
                    throw new IllegalArgumentException("a route names routed expert " + i + " of " + routedExperts);
                }
                counts[i]++;
            }
        }
        return counts;
    }

    /**
     * The load fractions {@code f_i = count_i / (total number of token-to-expert assignments)}; they sum to 1.
     *
     * @throws IllegalArgumentException as {@link #expertCounts}, and if the routes assign no token at all
     */
    public static double[] loadFractions(List<Route> routes, int routedExperts) {
        int[] counts = expertCounts(routes, routedExperts);
        int total = Arrays.stream(counts).sum();
        if (total == 0) {
            throw new IllegalArgumentException("no token was routed, so there is no load to share out");
        }
        return Arrays.stream(counts).mapToDouble(c -> (double) c / total).toArray();
    }

    /**
     * The mean routing probabilities {@code P_i = (1/T) sum_t s'_{i,t}}, where {@code s'_t} are token {@code t}'s
     * affinities normalised over all routed experts (for softmax they already sum to 1).
     *
     * @param logits {@code logits[t]} are token {@code t}'s router logits
     * @param kind   softmax or sigmoid
     * @return a new array of {@code N_r} numbers summing to 1
     * @throws IllegalArgumentException if there is no token, the rows differ in length, or a logit breaks the rules
     *                                  of {@link Router#affinities}
     */
    public static double[] meanProbabilities(double[][] logits, Affinity kind) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no tokens");
        }
        double[] p = new double[logits[0].length];
        for (double[] row : logits) {
            if (row.length != p.length) {
                throw new IllegalArgumentException("every token needs " + p.length + " logits, one has " + row.length);
            }
            double[] s = Router.affinities(row, kind);
            double sum = Arrays.stream(s).sum();
            for (int i = 0; i < p.length; i++) {
                p[i] += s[i] / sum / logits.length;
            }
        }
        return p;
    }

    /**
     * The Switch Transformer's auxiliary balance loss {@code alpha * N * sum_i f_i P_i}.
     *
     * @throws IllegalArgumentException if the vectors are empty or differ in length, or {@code alpha} is negative
     *                                  or not finite
     */
    public static double balanceLoss(double[] fractions, double[] probabilities, double alpha) {
        if (fractions.length == 0 || fractions.length != probabilities.length) {
            throw new IllegalArgumentException("f and P need the same positive length, got " + fractions.length
                    + " and " + probabilities.length);
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        }
        double dot = 0;
        for (int i = 0; i < fractions.length; i++) {
            dot += fractions[i] * probabilities[i];
        }
        return alpha * fractions.length * dot;
    }

    /**
     * One step of auxiliary-loss-free balancing: each expert whose count is above the mean count gets
     * {@code b_i - gamma}, each below the mean {@code b_i + gamma}, one exactly at the mean keeps its bias.
     *
     * @param bias   the current biases, left unchanged
     * @param counts the experts' counts over the last batch
     * @param gamma  the bias update speed
     * @return the new biases
     * @throws IllegalArgumentException if the arrays are empty or differ in length, a count is negative, or
     *                                  {@code gamma} is negative or not finite
     */
    public static double[] updateBias(double[] bias, int[] counts, double gamma) {
        Objects.requireNonNull(bias, "bias");
        if (bias.length == 0 || bias.length != counts.length) {
            throw new IllegalArgumentException("one count per bias: " + bias.length + " biases, " + counts.length
                    + " counts");
        }
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and >= 0, got " + gamma);
        }
        long total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + c);
            }
            total += c;
        }
        double[] next = bias.clone();
        for (int i = 0; i < next.length; i++) {
            long scaled = (long) counts[i] * counts.length;
            if (scaled > total) {
                next[i] -= gamma;
            } else if (scaled < total) {
                next[i] += gamma;
            }
        }
        return next;
    }
}
