package course.moe;

import java.util.ArrayList;
import java.util.List;

/** Ada's router: selection by repeated scans, gates by one pass over the winners. */
public final class Router {

    private Router() {
    }

    public static double[] affinities(double[] logits, Affinity kind) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("empty logits");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            if (Double.isNaN(z) || z > RouterConfig.MAX_LOGIT || z < -RouterConfig.MAX_LOGIT) {
                throw new IllegalArgumentException("bad logit " + z);
            }
            max = Math.max(max, z);
        }
        double[] s = new double[logits.length];
        if (kind == Affinity.SIGMOID) {
            for (int i = 0; i < s.length; i++) {
                s[i] = 1.0 / (1.0 + Math.exp(-logits[i]));
            }
            return s;
        }
        double total = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.exp(logits[i] - max);
            total += s[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] /= total;
        }
        return s;
    }

    public static Route route(double[] logits, double[] bias, RouterConfig config) {
        int n = config.routedExperts();
        if (logits.length != n || bias.length != n) {
            throw new IllegalArgumentException("wrong number of logits or biases");
        }
        for (double b : bias) {
            if (Double.isNaN(b) || Double.isInfinite(b)) {
                throw new IllegalArgumentException("bad bias " + b);
            }
        }
        double[] s = affinities(logits, config.affinity());
        boolean[] chosen = new boolean[n];
        for (int round = 0; round < config.topK(); round++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!chosen[i] && (best == -1 || s[i] + bias[i] > s[best] + bias[best])) {
                    best = i;
                }
            }
            chosen[best] = true;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                sum += s[i];
            }
        }
        List<Integer> experts = new ArrayList<>();
        List<Double> gates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                experts.add(i);
                gates.add(s[i] / sum);
            }
        }
        List<Integer> shared = new ArrayList<>();
        for (int j = 0; j < config.sharedExperts(); j++) {
            shared.add(j);
        }
        return new Route(shared, experts, gates);
    }

    public static double[] combine(double[] u, Route route, List<Expert> sharedExperts, List<Expert> routedExperts) {
        double[] h = u.clone();
        for (int j : route.sharedExperts()) {
            accumulate(h, 1.0, call(sharedExperts, j, u));
        }
        for (int k = 0; k < route.routedExperts().size(); k++) {
            accumulate(h, route.gates().get(k), call(routedExperts, route.routedExperts().get(k), u));
        }
        return h;
    }

    private static double[] call(List<Expert> experts, int index, double[] u) {
        if (index < 0 || index >= experts.size()) {
            throw new IllegalArgumentException("no expert " + index);
        }
        double[] out = experts.get(index).apply(u.clone());
        if (out.length != u.length) {
            throw new IllegalArgumentException("expert " + index + " returned a vector of the wrong length");
        }
        return out;
    }

    private static void accumulate(double[] h, double weight, double[] x) {
        for (int d = 0; d < h.length; d++) {
            h[d] += weight * x[d];
        }
    }
}
