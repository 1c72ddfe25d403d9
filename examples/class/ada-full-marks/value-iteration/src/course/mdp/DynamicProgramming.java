package course.mdp;

import java.util.Arrays;

/** Ada's value iteration and policy iteration: synchronous sweeps with two arrays. */
public final class DynamicProgramming {

    public static final double TIE = 1e-9;

    private DynamicProgramming() {
    }

    public static double[][] actionValues(Mdp mdp, double[] v) {
        int n = mdp.stateCount();
        if (v.length != n) {
            throw new IllegalArgumentException("expected " + n + " values, got " + v.length);
        }
        double[][] q = new double[n][];
        for (int s = 0; s < n; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < q[s].length; a++) {
                double total = 0;
                for (int t = 0; t < n; t++) {
                    total += mdp.probability(s, a, t) * mdp.reward(s, a, t)
                            + mdp.gamma() * mdp.probability(s, a, t) * v[t];
                }
                q[s][a] = total;
            }
        }
        return q;
    }

    public static double[] valueIteration(Mdp mdp, double theta) {
        checkTheta(theta);
        double[] old = new double[mdp.stateCount()];
        while (true) {
            double[][] q = actionValues(mdp, old);
            double[] fresh = new double[old.length];
            double delta = 0;
            for (int s = 0; s < old.length; s++) {
                if (q[s].length > 0) {
                    fresh[s] = Arrays.stream(q[s]).max().getAsDouble();
                }
                delta = Math.max(delta, Math.abs(fresh[s] - old[s]));
            }
            old = fresh;
            if (delta < theta) {
                return old;
            }
        }
    }

    public static Policy greedyPolicy(Mdp mdp, double[] v) {
        double[][] q = actionValues(mdp, v);
        int[] choice = new int[q.length];
        for (int s = 0; s < q.length; s++) {
            double top = Arrays.stream(q[s]).max().orElse(0);
            for (int a = q[s].length - 1; a >= 0; a--) {
                if (top - q[s][a] <= TIE) {
                    choice[s] = a;
                }
            }
        }
        return Policy.deterministic(mdp, choice);
    }

    public static double[] evaluatePolicy(Mdp mdp, Policy pi, double[] initial, double theta) {
        checkTheta(theta);
        if (initial.length != mdp.stateCount()) {
            throw new IllegalArgumentException("expected " + mdp.stateCount() + " start values");
        }
        pi.requireCompatibleWith(mdp);
        double[] old = initial.clone();
        while (true) {
            double[][] q = actionValues(mdp, old);
            double[] fresh = new double[old.length];
            double delta = 0;
            for (int s = 0; s < old.length; s++) {
                for (int a = 0; a < q[s].length; a++) {
                    fresh[s] += pi.probability(s, a) * q[s][a];
                }
                delta = Math.max(delta, Math.abs(fresh[s] - old[s]));
            }
            old = fresh;
            if (delta < theta) {
                return old;
            }
        }
    }

    public static PolicyIterationResult policyIteration(Mdp mdp, double theta) {
        checkTheta(theta);
        if (mdp.gamma() >= 1) {
            throw new IllegalArgumentException("policy iteration needs a discount below 1");
        }
        Policy current = Policy.deterministic(mdp, new int[mdp.stateCount()]);
        double[] values = new double[mdp.stateCount()];
        for (int count = 1; ; count++) {
            values = evaluatePolicy(mdp, current, values, theta);
            Policy next = greedyPolicy(mdp, values);
            if (next.equals(current)) {
                return new PolicyIterationResult(current, values, count);
            }
            current = next;
        }
    }

    private static void checkTheta(double theta) {
        if (!(theta > 0 && theta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bad theta " + theta);
        }
    }
}
