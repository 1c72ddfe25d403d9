package course.moe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hana's router: sorts the experts by biased score, then reuses those scores for the gates. */
public final class Router {

    private Router() {
    }

    public static double[] affinities(double[] logits, Affinity kind) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no logits");
        }
        for (double z : logits) {
            if (!(Math.abs(z) <= RouterConfig.MAX_LOGIT)) {
                throw new IllegalArgumentException("logit out of range: " + z);
            }
        }
        if (kind == Affinity.SIGMOID) {
            return Arrays.stream(logits).map(z -> Math.exp(z) / (1 + Math.exp(z))).toArray();
        }
        double top = Arrays.stream(logits).max().getAsDouble();
        double[] e = Arrays.stream(logits).map(z -> Math.exp(z - top)).toArray();
        double total = Arrays.stream(e).sum();
        return Arrays.stream(e).map(x -> x / total).toArray();
    }

    public static Route route(double[] logits, double[] bias, RouterConfig config) {
        if (logits.length != config.routedExperts() || bias.length != config.routedExperts()) {
            throw new IllegalArgumentException("sizes do not match the router");
        }
        if (Arrays.stream(bias).anyMatch(b -> !Double.isFinite(b))) {
            throw new IllegalArgumentException("bias must be finite");
        }
        double[] s = affinities(logits, config.affinity());
        double[] score = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            score[i] = s[i] + bias[i];
        }
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int[] picked = new int[config.topK()];
        for (int j = 0; j < picked.length; j++) {
            picked[j] = order[j];
        }
        Arrays.sort(picked);
        double norm = 0;
        for (int i : picked) {
            norm += score[i];
        }
        List<Integer> experts = new ArrayList<>();
        List<Double> gates = new ArrayList<>();
        for (int i : picked) {
            experts.add(i);
            gates.add(score[i] / norm);
        }
        List<Integer> shared = new ArrayList<>();
        for (int j = 0; j < config.sharedExperts(); j++) {
            shared.add(j);
        }
        return new Route(shared, experts, gates);
    }

    public static double[] combine(double[] u, Route route, List<Expert> sharedExperts, List<Expert> routedExperts) {
        double[] out = Arrays.copyOf(u, u.length);
        List<Double> weights = new ArrayList<>();
        List<Expert> used = new ArrayList<>();
        for (int j : route.sharedExperts()) {
            if (j < 0 || j >= sharedExperts.size()) {
                throw new IllegalArgumentException("unknown shared expert " + j);
            }
            used.add(sharedExperts.get(j));
            weights.add(1.0);
        }
        for (int k = 0; k < route.routedExperts().size(); k++) {
            int i = route.routedExperts().get(k);
            if (i < 0 || i >= routedExperts.size()) {
                throw new IllegalArgumentException("unknown routed expert " + i);
            }
            used.add(routedExperts.get(i));
            weights.add(route.gates().get(k));
        }
        for (int e = 0; e < used.size(); e++) {
            double[] y = used.get(e).apply(Arrays.copyOf(u, u.length));
            if (y.length != u.length) {
                throw new IllegalArgumentException("expert output has the wrong size");
            }
            for (int d = 0; d < out.length; d++) {
                out[d] += weights.get(e) * y[d];
            }
        }
        return out;
    }
}
