package course.moe;

import java.util.Arrays;
import java.util.List;

/** Hana's load statistics and bias update. */
public final class LoadBalance {

    private LoadBalance() {
    }

    public static int[] expertCounts(List<Route> routes, int routedExperts) {
        if (routedExperts < 1) {
            throw new IllegalArgumentException("routedExperts must be positive");
        }
        int[] counts = new int[routedExperts];
        routes.forEach(r -> r.routedExperts().forEach(i -> {
            if (i < 0 || i >= routedExperts) {
                throw new IllegalArgumentException("expert " + i + " does not exist");
            }
            counts[i]++;
        }));
        return counts;
    }

    public static double[] loadFractions(List<Route> routes, int routedExperts) {
        int[] counts = expertCounts(routes, routedExperts);
        long all = Arrays.stream(counts).asLongStream().sum();
        if (all == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        return Arrays.stream(counts).mapToDouble(c -> c / (double) all).toArray();
    }

    public static double[] meanProbabilities(double[][] logits, Affinity kind) {
        if (logits.length == 0 || Arrays.stream(logits).anyMatch(row -> row.length != logits[0].length)) {
            throw new IllegalArgumentException("need a rectangular, non-empty batch");
        }
        double[] mean = new double[logits[0].length];
        for (double[] row : logits) {
            double[] s = Router.affinities(row, kind);
            double total = Arrays.stream(s).sum();
            for (int i = 0; i < mean.length; i++) {
                mean[i] += s[i] / total / logits.length;
            }
        }
        return mean;
    }

    public static double balanceLoss(double[] fractions, double[] probabilities, double alpha) {
        if (fractions.length == 0 || fractions.length != probabilities.length || !(alpha >= 0)
                || alpha == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("bad arguments");
        }
        double dot = 0;
        for (int i = 0; i < fractions.length; i++) {
            dot += fractions[i] * probabilities[i];
        }
        return fractions.length * alpha * dot;
    }

    public static double[] updateBias(double[] bias, int[] counts, double gamma) {
        if (bias.length == 0 || bias.length != counts.length || !(gamma >= 0) || gamma == Double.POSITIVE_INFINITY
                || Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("bad arguments");
        }
        double mean = Arrays.stream(counts).average().getAsDouble();
        double[] out = Arrays.copyOf(bias, bias.length);
        for (int i = 0; i < out.length; i++) {
            if (counts[i] > mean) {
                out[i] -= gamma;
            } else if (counts[i] < mean) {
                out[i] += gamma;
            }
        }
        return out;
    }
}
