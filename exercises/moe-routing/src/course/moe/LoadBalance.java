package course.moe;

import java.util.List;

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
        throw new UnsupportedOperationException("TODO expertCounts");
    }

    /**
     * The load fractions {@code f_i = count_i / (total number of token-to-expert assignments)}; they sum to 1.
     *
     * @throws IllegalArgumentException as {@link #expertCounts}, and if the routes assign no token at all
     */
    public static double[] loadFractions(List<Route> routes, int routedExperts) {
        throw new UnsupportedOperationException("TODO loadFractions: count_i / total assignments");
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
        throw new UnsupportedOperationException("TODO meanProbabilities");
    }

    /**
     * The Switch Transformer's auxiliary balance loss {@code alpha * N * sum_i f_i P_i}.
     *
     * @throws IllegalArgumentException if the vectors are empty or differ in length, or {@code alpha} is negative
     *                                  or not finite
     */
    public static double balanceLoss(double[] fractions, double[] probabilities, double alpha) {
        throw new UnsupportedOperationException("TODO balanceLoss: alpha * N * sum f_i P_i");
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
        throw new UnsupportedOperationException("TODO updateBias: against the load");
    }
}
