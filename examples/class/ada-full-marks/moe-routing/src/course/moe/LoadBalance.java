package course.moe;

import java.util.List;

/** Ada's load bookkeeping. */
public final class LoadBalance {

    private LoadBalance() {
    }

    public static int[] expertCounts(List<Route> routes, int routedExperts) {
        if (routedExperts <= 0) {
            throw new IllegalArgumentException("no experts");
        }
        int[] counts = new int[routedExperts];
        for (Route r : routes) {
            for (Integer e : r.routedExperts()) {
                if (e < 0 || e >= routedExperts) {
                    throw new IllegalArgumentException("unknown expert " + e);
                }
                counts[e] += 1;
            }
        }
        return counts;
    }

    public static double[] loadFractions(List<Route> routes, int routedExperts) {
        int[] counts = expertCounts(routes, routedExperts);
        double total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            throw new IllegalArgumentException("nothing routed");
        }
        double[] f = new double[counts.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = counts[i] / total;
        }
        return f;
    }

    public static double[] meanProbabilities(double[][] logits, Affinity kind) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no tokens");
        }
        int n = logits[0].length;
        double[] sums = new double[n];
        for (double[] token : logits) {
            if (token.length != n) {
                throw new IllegalArgumentException("ragged logits");
            }
            double[] s = Router.affinities(token, kind);
            double norm = 0;
            for (double x : s) {
                norm += x;
            }
            for (int i = 0; i < n; i++) {
                sums[i] += s[i] / norm;
            }
        }
        for (int i = 0; i < n; i++) {
            sums[i] /= logits.length;
        }
        return sums;
    }

    public static double balanceLoss(double[] fractions, double[] probabilities, double alpha) {
        if (fractions.length != probabilities.length || fractions.length == 0) {
            throw new IllegalArgumentException("length mismatch");
        }
        if (Double.isNaN(alpha) || Double.isInfinite(alpha) || alpha < 0) {
            throw new IllegalArgumentException("bad alpha");
        }
        double sum = 0;
        for (int i = 0; i < fractions.length; i++) {
            sum += fractions[i] * probabilities[i];
        }
        return alpha * sum * fractions.length;
    }

    public static double[] updateBias(double[] bias, int[] counts, double gamma) {
        if (bias.length != counts.length || bias.length == 0) {
            throw new IllegalArgumentException("length mismatch");
        }
        if (Double.isNaN(gamma) || Double.isInfinite(gamma) || gamma < 0) {
            throw new IllegalArgumentException("bad gamma");
        }
        double mean = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative count");
            }
            mean += c;
        }
        mean /= counts.length;
        double[] next = new double[bias.length];
        for (int i = 0; i < bias.length; i++) {
            next[i] = bias[i] + gamma * Math.signum(mean - counts[i]);
        }
        return next;
    }
}
