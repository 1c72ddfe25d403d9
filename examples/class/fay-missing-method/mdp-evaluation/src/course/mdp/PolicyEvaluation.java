package course.mdp;

import java.util.stream.IntStream;

/** Fay's policy evaluation: everything goes through the MRP; LU factorisation with a permutation vector. */
public final class PolicyEvaluation {

    private PolicyEvaluation() {
    }

    public static Mrp toMrp(Mdp mdp, Policy pi) {
        pi.requireCompatibleWith(mdp);
        final int n = mdp.stateCount();
        double[][] pp = new double[n][n];
        double[] rr = new double[n];
        for (int s = 0; s < n; s++) {
            final int state = s;
            for (int a = 0; a < mdp.actionCount(s); a++) {
                final int action = a;
                double expectedReward = IntStream.range(0, n)
                        .mapToDouble(t -> mdp.probability(state, action, t) * mdp.reward(state, action, t))
                        .sum();
                rr[s] += pi.probability(s, a) * expectedReward;
                for (int t = 0; t < n; t++) {
                    pp[s][t] += pi.probability(s, a) * mdp.probability(s, a, t);
                }
            }
        }
        return Mrp.of(pp, rr, mdp.gamma());
    }

    public static double[] evaluate(Mdp mdp, Policy pi, double theta) {
        if (!(theta > 0 && theta < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("theta must be > 0: " + theta);
        }
        Mrp mrp = toMrp(mdp, pi);
        int n = mrp.stateCount();
        double[] v = new double[n];
        boolean settled = false;
        while (!settled) {
            settled = true;
            for (int s = 0; s < n; s++) {
                double nv = mrp.reward(s);
                for (int t = 0; t < n; t++) {
                    nv += mrp.gamma() * mrp.transition(s, t) * v[t];
                }
                if (Math.abs(nv - v[s]) >= theta) {
                    settled = false;
                }
                v[s] = nv;
            }
        }
        return v;
    }

    public static double[] evaluateExactly(Mdp mdp, Policy pi) {
        Mrp mrp = toMrp(mdp, pi);
        int n = mrp.stateCount();
        double[][] lu = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lu[i][j] = (i == j ? 1.0 : 0.0) - mrp.gamma() * mrp.transition(i, j);
            }
        }
        int[] perm = IntStream.range(0, n).toArray();
        // LU with partial pivoting: perm[k] is the original row that ends up in position k.
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(lu[perm[i]][k]) > Math.abs(lu[perm[p]][k])) {
                    p = i;
                }
            }
            if (Math.abs(lu[perm[p]][k]) < 1e-12) {
                throw new IllegalArgumentException("I - gamma P_pi is singular");
            }
            int t = perm[k];
            perm[k] = perm[p];
            perm[p] = t;
            for (int i = k + 1; i < n; i++) {
                double l = lu[perm[i]][k] / lu[perm[k]][k];
                lu[perm[i]][k] = l;
                for (int j = k + 1; j < n; j++) {
                    lu[perm[i]][j] -= l * lu[perm[k]][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = mrp.reward(perm[i]);
            for (int j = 0; j < i; j++) {
                sum -= lu[perm[i]][j] * y[j];
            }
            y[i] = sum;
        }
        double[] v = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int j = i + 1; j < n; j++) {
                sum -= lu[perm[i]][j] * v[j];
            }
            v[i] = sum / lu[perm[i]][i];
        }
        return v;
    }

    public static double[][] qFromV(Mdp mdp, double[] v) {
        if (v.length != mdp.stateCount()) {
            throw new IllegalArgumentException("v must have " + mdp.stateCount() + " entries");
        }
        return IntStream.range(0, v.length)
                .mapToObj(s -> IntStream.range(0, mdp.actionCount(s))
                        .mapToDouble(a -> IntStream.range(0, v.length)
                                .mapToDouble(t -> mdp.probability(s, a, t)
                                        * (mdp.reward(s, a, t) + mdp.gamma() * v[t]))
                                .sum())
                        .toArray())
                .toArray(double[][]::new);
    }

    public static double[] vFromQ(Policy pi, double[][] q) {
        if (q.length != pi.stateCount()) {
            throw new IllegalArgumentException("q must have " + pi.stateCount() + " rows");
        }
        for (int s = 0; s < q.length; s++) {
            if (q[s].length != pi.actionCount(s)) {
                throw new IllegalArgumentException("row " + s + " of q must have " + pi.actionCount(s) + " entries");
            }
        }
        return IntStream.range(0, q.length)
                .mapToDouble(s -> IntStream.range(0, q[s].length).mapToDouble(a -> pi.probability(s, a) * q[s][a]).sum())
                .toArray();
    }
}
