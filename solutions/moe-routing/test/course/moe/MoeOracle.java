package course.moe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import course.linalg.VectorOracle;

/** Independent test-side computations of routing and balancing, written apart from the reference solution. */
final class MoeOracle {

    private MoeOracle() {
    }

    static double[] affinities(double[] logits, Affinity kind) {
        if (kind == Affinity.SOFTMAX) {
            return VectorOracle.softmax(logits);
        }
        double[] s = new double[logits.length];
        for (int i = 0; i < s.length; i++) {
            double e = Math.exp(logits[i]);
            s[i] = e / (1 + e);
        }
        return s;
    }

    /** The k indices with the largest scores, ties to the lower index, in increasing order (repeated argmax). */
    static int[] topK(double[] scores, int k) {
        boolean[] taken = new boolean[scores.length];
        for (int round = 0; round < k; round++) {
            int best = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!taken[i] && (best < 0 || scores[i] > scores[best])) {
                    best = i;
                }
            }
            taken[best] = true;
        }
        int[] out = new int[k];
        int next = 0;
        for (int i = 0; i < scores.length; i++) {
            if (taken[i]) {
                out[next++] = i;
            }
        }
        return out;
    }

    static double[] plus(double[] a, double[] b) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    /** The experts plain top-k picks: the largest affinities plus bias. */
    static int[] selection(double[] logits, double[] bias, RouterConfig config) {
        return topK(plus(affinities(logits, config.affinity()), bias), config.topK());
    }

    /** Gates of the selected experts: their weights renormalised over the selection. */
    static double[] normalised(double[] weights, int[] selected) {
        double sum = 0;
        for (int i : selected) {
            sum += weights[i];
        }
        double[] g = new double[selected.length];
        for (int j = 0; j < g.length; j++) {
            g[j] = weights[selected[j]] / sum;
        }
        return g;
    }

    /** Membership of each routed expert in a selection, as 0/1, for comparing selections in a Diagnosis. */
    static double[] membership(List<Integer> selected, int experts) {
        double[] m = new double[experts];
        for (int i : selected) {
            if (i >= 0 && i < experts) {
                m[i] = 1;
            }
        }
        return m;
    }

    static double[] membership(int[] selected, int experts) {
        return membership(Arrays.stream(selected).boxed().toList(), experts);
    }

    static List<Integer> list(int[] xs) {
        return Arrays.stream(xs).boxed().toList();
    }

    static double[] toArray(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Counts of routed-expert assignments. */
    static int[] counts(List<Route> routes, int experts) {
        int[] c = new int[experts];
        for (Route r : routes) {
            for (int i : r.routedExperts()) {
                c[i]++;
            }
        }
        return c;
    }

    /** The largest count over the mean count, minus 1 (0 when perfectly balanced); DeepSeek calls it MaxVio. */
    static double maxViolation(int[] counts) {
        double mean = Arrays.stream(counts).average().orElseThrow();
        return Arrays.stream(counts).max().orElseThrow() / mean - 1;
    }

    /** Routes built by the oracle, for tests of the load functions that should not depend on the student's router. */
    static List<Route> routes(int[][] selections) {
        List<Route> routes = new ArrayList<>();
        for (int[] sel : selections) {
            List<Double> gates = new ArrayList<>();
            for (int j = 0; j < sel.length; j++) {
                gates.add(1.0 / sel.length);
            }
            routes.add(new Route(List.of(), list(sel), gates));
        }
        return routes;
    }
}
