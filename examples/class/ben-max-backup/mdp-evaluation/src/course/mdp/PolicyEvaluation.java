package course.mdp;

/** Ben's policy evaluation. */
public final class PolicyEvaluation {

    private PolicyEvaluation() {
    }

    public static Mrp toMrp(Mdp mdp, Policy pi) {
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double[][] p = new double[n][n];
        double[] r = new double[n];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int s2 = 0; s2 < n; s2++) {
                    p[s][s2] += pi.probability(s, a) * mdp.probability(s, a, s2);
                    r[s] += pi.probability(s, a) * mdp.probability(s, a, s2) * mdp.reward(s, a, s2);
                }
            }
        }
        return Mrp.of(p, r, mdp.gamma());
    }

    public static double[] evaluate(Mdp mdp, Policy pi, double theta) {
        if (!(theta > 0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("theta must be positive");
        }
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double[] v = new double[n];
        while (true) {
            double delta = 0;
            for (int s = 0; s < n; s++) {
                if (mdp.isTerminal(s)) {
                    continue;
                }
                // the value of a state is the value of its best action
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < mdp.actionCount(s); a++) {
                    double qa = 0;
                    for (int s2 = 0; s2 < n; s2++) {
                        qa += mdp.probability(s, a, s2) * (mdp.reward(s, a, s2) + mdp.gamma() * v[s2]);
                    }
                    best = Math.max(best, qa);
                }
                delta = Math.max(delta, Math.abs(best - v[s]));
                v[s] = best;
            }
            if (delta < theta) {
                return v;
            }
        }
    }

    public static double[] evaluateExactly(Mdp mdp, Policy pi) {
        Mrp mrp = toMrp(mdp, pi);
        int n = mrp.stateCount();
        double[][] a = new double[n][n];
        double[] b = mrp.rewardVector();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (i == j ? 1 : 0) - mrp.gamma() * mrp.transition(i, j);
            }
        }
        for (int k = 0; k < n; k++) {
            int max = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[max][k])) {
                    max = i;
                }
            }
            if (Math.abs(a[max][k]) < 1e-12) {
                throw new IllegalArgumentException("matrix is singular");
            }
            double[] row = a[k];
            a[k] = a[max];
            a[max] = row;
            double t = b[k];
            b[k] = b[max];
            b[max] = t;
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                b[i] -= f * b[k];
                for (int j = k; j < n; j++) {
                    a[i][j] -= f * a[k][j];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int j = i + 1; j < n; j++) {
                sum -= a[i][j] * x[j];
            }
            x[i] = sum / a[i][i];
        }
        return x;
    }

    public static double[][] qFromV(Mdp mdp, double[] v) {
        if (v.length != mdp.stateCount()) {
            throw new IllegalArgumentException("v has the wrong length");
        }
        int n = mdp.stateCount();
        double[][] q = new double[n][];
        for (int s = 0; s < n; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int s2 = 0; s2 < n; s2++) {
                    q[s][a] += mdp.probability(s, a, s2) * (mdp.reward(s, a, s2) + mdp.gamma() * v[s2]);
                }
            }
        }
        return q;
    }

    public static double[] vFromQ(Policy pi, double[][] q) {
        if (q.length != pi.stateCount()) {
            throw new IllegalArgumentException("q has the wrong number of rows");
        }
        double[] v = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            if (q[s].length != pi.actionCount(s)) {
                throw new IllegalArgumentException("q row " + s + " has the wrong length");
            }
            for (int a = 0; a < q[s].length; a++) {
                v[s] += pi.probability(s, a) * q[s][a];
            }
        }
        return v;
    }
}
