package course.mdp;

import java.util.Arrays;

/** Policy evaluation, Ada's version: two-array sweeps and Gauss-Jordan elimination. */
public final class PolicyEvaluation {

    private PolicyEvaluation() {
    }

    public static Mrp toMrp(Mdp mdp, Policy pi) {
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double[][] trans = new double[n][n];
        double[] reward = new double[n];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                double pa = pi.probability(s, a);
                if (pa == 0) {
                    continue;
                }
                for (int t = 0; t < n; t++) {
                    double pt = mdp.probability(s, a, t);
                    trans[s][t] += pa * pt;
                    reward[s] += pa * pt * mdp.reward(s, a, t);
                }
            }
        }
        return Mrp.of(trans, reward, mdp.gamma());
    }

    public static double[] evaluate(Mdp mdp, Policy pi, double theta) {
        if (Double.isNaN(theta) || theta <= 0 || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("bad theta " + theta);
        }
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double[] oldV = new double[n];
        while (true) {
            // synchronous version: every state is backed up from the previous sweep's values
            double[][] q = qFromV(mdp, oldV);
            double[] newV = vFromQ(pi, q);
            double biggest = 0;
            for (int s = 0; s < n; s++) {
                biggest = Math.max(biggest, Math.abs(newV[s] - oldV[s]));
            }
            oldV = newV;
            if (biggest < theta) {
                return oldV;
            }
        }
    }

    public static double[] evaluateExactly(Mdp mdp, Policy pi) {
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double g = mdp.gamma();
        double[][] a = new double[n][];
        Mrp mrp = toMrp(mdp, pi);
        for (int i = 0; i < n; i++) {
            a[i] = new double[n + 1];
            for (int j = 0; j < n; j++) {
                a[i][j] = -g * mrp.transition(i, j);
            }
            a[i][i] += 1;
            a[i][n] = mrp.reward(i);
        }
        // Gauss-Jordan: clear each pivot column above and below, then the diagonal holds the answer.
        for (int c = 0; c < n; c++) {
            int best = c;
            for (int i = c; i < n; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[best][c])) {
                    best = i;
                }
            }
            if (Math.abs(a[best][c]) < 1e-12) {
                throw new IllegalArgumentException("singular system, no finite values");
            }
            double[] tmp = a[best];
            a[best] = a[c];
            a[c] = tmp;
            double piv = a[c][c];
            for (int j = c; j <= n; j++) {
                a[c][j] /= piv;
            }
            for (int i = 0; i < n; i++) {
                if (i != c && a[i][c] != 0) {
                    double f = a[i][c];
                    for (int j = c; j <= n; j++) {
                        a[i][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = a[i][n];
        }
        return v;
    }

    public static double[][] qFromV(Mdp mdp, double[] v) {
        if (v.length != mdp.stateCount()) {
            throw new IllegalArgumentException("wrong length of v: " + v.length);
        }
        double[][] q = new double[v.length][];
        for (int s = 0; s < v.length; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < q[s].length; a++) {
                double total = 0;
                for (int t = 0; t < v.length; t++) {
                    total += mdp.probability(s, a, t) * (mdp.reward(s, a, t) + mdp.gamma() * v[t]);
                }
                q[s][a] = total;
            }
        }
        return q;
    }

    public static double[] vFromQ(Policy pi, double[][] q) {
        if (q.length != pi.stateCount()) {
            throw new IllegalArgumentException("wrong number of rows: " + q.length);
        }
        double[] v = new double[q.length];
        Arrays.fill(v, 0);
        for (int s = 0; s < q.length; s++) {
            if (q[s].length != pi.actionCount(s)) {
                throw new IllegalArgumentException("wrong row " + s);
            }
            for (int a = 0; a < q[s].length; a++) {
                v[s] += q[s][a] * pi.probability(s, a);
            }
        }
        return v;
    }
}
