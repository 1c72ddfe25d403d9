package course.mdp;

/**
 * Policy evaluation (prediction): the state values {@code v_pi} and action values {@code q_pi} of a fixed
 * policy in a finite MDP, by iteration and by solving the Bellman expectation equations directly.
 */
public final class PolicyEvaluation {

    /** Below this magnitude a pivot counts as zero: the system has no unique solution. */
    private static final double SINGULAR = 1e-12;

    private PolicyEvaluation() {
    }

    /**
     * The Markov reward process that {@code pi} makes of {@code mdp}:
     * {@code P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)} and
     * {@code r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')}; a terminal state gets a zero row and reward 0.
     *
     * @throws IllegalArgumentException if the policy does not fit the MDP
     */
    public static Mrp toMrp(Mdp mdp, Policy pi) {
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double[][] p = new double[n][n];
        double[] r = new double[n];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                double w = pi.probability(s, a);
                for (int next = 0; next < n; next++) {
                    double prob = mdp.probability(s, a, next);
                    p[s][next] += w * prob;
                    // The reward depends on where the step lands, so it is averaged with the same weights.
                    r[s] += w * prob * mdp.reward(s, a, next);
                }
            }
        }
        return Mrp.of(p, r, mdp.gamma());
    }

    /**
     * Iterative policy evaluation: starting from {@code v = 0}, sweeps over all states applying the Bellman
     * expectation backup {@code v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]} until a
     * whole sweep changes no state by {@code theta} or more, then returns {@code v}.
     *
     * @param theta the accuracy, {@code > 0}
     * @throws IllegalArgumentException if {@code theta} is not a positive number or the policy does not fit
     */
    public static double[] evaluate(Mdp mdp, Policy pi, double theta) {
        if (!(theta > 0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("theta must be a positive number, got " + theta);
        }
        pi.requireCompatibleWith(mdp);
        int n = mdp.stateCount();
        double[] v = new double[n];
        double delta;
        do {
            delta = 0;
            // In place (Sutton & Barto, Section 4.1): later states already see this sweep's new values,
            // which usually converges faster than keeping two arrays and still reaches the same fixed point.
            for (int s = 0; s < n; s++) {
                double updated = 0;
                for (int a = 0; a < mdp.actionCount(s); a++) {
                    updated += pi.probability(s, a) * backup(mdp, v, s, a);
                }
                delta = Math.max(delta, Math.abs(updated - v[s]));
                v[s] = updated;
            }
        } while (delta >= theta);
        return v;
    }

    /**
     * Exact policy evaluation: solves the linear system {@code (I - gamma P_pi) v = r_pi} by Gaussian
     * elimination with partial pivoting.
     *
     * @throws IllegalArgumentException if the policy does not fit, or the system is singular (gamma = 1 and the
     *                                  policy can keep away from the terminal states forever)
     */
    public static double[] evaluateExactly(Mdp mdp, Policy pi) {
        Mrp mrp = toMrp(mdp, pi);
        int n = mrp.stateCount();
        double gamma = mrp.gamma();
        // Augmented matrix [I - gamma P_pi | r_pi].
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = (i == j ? 1 : 0) - gamma * mrp.transition(i, j);
            }
            m[i][n] = mrp.reward(i);
        }
        for (int col = 0; col < n; col++) {
            // Partial pivoting: the largest remaining entry of the column keeps the multipliers <= 1.
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(m[pivot][col]) < SINGULAR) {
                throw new IllegalArgumentException("I - gamma P_pi is singular (gamma = " + gamma
                        + "): under this policy some state never reaches a terminal state, so its value is not finite");
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                if (factor != 0) {
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] v = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int j = i + 1; j < n; j++) {
                sum -= m[i][j] * v[j];
            }
            v[i] = sum / m[i][i];
        }
        return v;
    }

    /**
     * Action values from state values: {@code q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]}.
     * Row {@code s} has one entry per action of {@code s} (none for a terminal state).
     *
     * @throws IllegalArgumentException if {@code v} does not have one entry per state
     */
    public static double[][] qFromV(Mdp mdp, double[] v) {
        if (v.length != mdp.stateCount()) {
            throw new IllegalArgumentException("v has " + v.length + " entries but the MDP has "
                    + mdp.stateCount() + " states");
        }
        double[][] q = new double[mdp.stateCount()][];
        for (int s = 0; s < q.length; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < q[s].length; a++) {
                q[s][a] = backup(mdp, v, s, a);
            }
        }
        return q;
    }

    /**
     * State values from action values: {@code v(s) = sum_a pi(a|s) q(s,a)} (0 for a terminal state).
     *
     * @throws IllegalArgumentException if {@code q} does not have one row per state and one entry per action
     */
    public static double[] vFromQ(Policy pi, double[][] q) {
        if (q.length != pi.stateCount()) {
            throw new IllegalArgumentException("q has " + q.length + " rows but the policy has "
                    + pi.stateCount() + " states");
        }
        double[] v = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            if (q[s].length != pi.actionCount(s)) {
                throw new IllegalArgumentException("row " + s + " of q has " + q[s].length
                        + " entries but state " + s + " has " + pi.actionCount(s) + " actions");
            }
            for (int a = 0; a < q[s].length; a++) {
                v[s] += pi.probability(s, a) * q[s][a];
            }
        }
        return v;
    }

    /** One-step lookahead {@code sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]}, shared by both backups. */
    private static double backup(Mdp mdp, double[] v, int s, int a) {
        double sum = 0;
        for (int next = 0; next < v.length; next++) {
            double prob = mdp.probability(s, a, next);
            if (prob != 0) {
                sum += prob * (mdp.reward(s, a, next) + mdp.gamma() * v[next]);
            }
        }
        return sum;
    }
}
