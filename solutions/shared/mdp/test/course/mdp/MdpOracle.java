package course.mdp;

import java.util.Arrays;

/**
 * Independent computations on {@link Mdp}s for hidden tests: the MRP of a policy, Bellman backups, {@code v_pi}
 * and {@code v*} by plain synchronous sweeps, one-step lookahead. Written apart from every reference solution, and
 * by a different method where it matters (sweeps, never elimination), so that a test does not share a bug with
 * the code it checks.
 */
public final class MdpOracle {
    /** Sweeps stop once nothing moves by this much; far below every tolerance the tests use. */
    private static final double SETTLED = 1e-13;
    private static final int MAX_SWEEPS = 1_000_000;

    private MdpOracle() {
    }

    /** {@code P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)}; a terminal state has a zero row. */
    public static double[][] transitions(Mdp mdp, Policy pi) {
        int n = mdp.stateCount();
        double[][] p = new double[n][n];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int next = 0; next < n; next++) {
                    p[s][next] += pi.probability(s, a) * mdp.probability(s, a, next);
                }
            }
        }
        return p;
    }

    /** {@code r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')}; 0 for a terminal state. */
    public static double[] rewards(Mdp mdp, Policy pi) {
        double[] r = new double[mdp.stateCount()];
        for (int s = 0; s < r.length; s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int next = 0; next < r.length; next++) {
                    r[s] += pi.probability(s, a) * mdp.probability(s, a, next) * mdp.reward(s, a, next);
                }
            }
        }
        return r;
    }

    /** One synchronous Bellman expectation backup {@code r_pi + gamma P_pi v}. */
    public static double[] backup(Mdp mdp, Policy pi, double[] v) {
        return backup(rewards(mdp, pi), transitions(mdp, pi), mdp.gamma(), v);
    }

    /** {@code max_s |(r_pi + gamma P_pi v)(s) - v(s)|}: 0 exactly for {@code v = v_pi}. */
    public static double residual(Mdp mdp, Policy pi, double[] v) {
        return maxDifference(backup(mdp, pi, v), v);
    }

    /**
     * {@code v_pi} by synchronous sweeps from 0 until nothing moves by 1e-13; for {@code gamma = 1} the policy must
     * reach a terminal state with probability 1.
     */
    public static double[] values(Mdp mdp, Policy pi) {
        double[] r = rewards(mdp, pi);
        double[][] p = transitions(mdp, pi);
        double[] v = new double[mdp.stateCount()];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double[] next = backup(r, p, mdp.gamma(), v);
            double change = maxDifference(next, v);
            v = next;
            if (change < SETTLED) {
                break;
            }
        }
        return v;
    }

    /** {@code v*} by value iteration (a max over the actions), as for {@link #values}. */
    public static double[] optimalValues(Mdp mdp) {
        double[] v = new double[mdp.stateCount()];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double[][] q = q(mdp, v);
            double[] next = new double[v.length];
            for (int s = 0; s < v.length; s++) {
                next[s] = q[s].length == 0 ? 0 : Arrays.stream(q[s]).max().getAsDouble();
            }
            double change = maxDifference(next, v);
            v = next;
            if (change < SETTLED) {
                break;
            }
        }
        return v;
    }

    /** {@code q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]}; row {@code s} has one entry per action. */
    public static double[][] q(Mdp mdp, double[] v) {
        double[][] q = new double[mdp.stateCount()][];
        for (int s = 0; s < q.length; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < q[s].length; a++) {
                for (int next = 0; next < v.length; next++) {
                    q[s][a] += mdp.probability(s, a, next) * (mdp.reward(s, a, next) + mdp.gamma() * v[next]);
                }
            }
        }
        return q;
    }

    /** {@code v(s) = sum_a pi(a|s) q(s,a)}; 0 for a terminal state. */
    public static double[] v(Policy pi, double[][] q) {
        double[] v = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            for (int a = 0; a < q[s].length; a++) {
                v[s] += pi.probability(s, a) * q[s][a];
            }
        }
        return v;
    }

    /** The same states, actions and transitions with {@code R'(s,a,s') = f(s,a,s')}. */
    public static Mdp withRewards(Mdp mdp, RewardFunction f) {
        int n = mdp.stateCount();
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        for (int s = 0; s < n; s++) {
            p[s] = new double[mdp.actionCount(s)][n];
            r[s] = new double[mdp.actionCount(s)][n];
            for (int a = 0; a < p[s].length; a++) {
                for (int next = 0; next < n; next++) {
                    p[s][a][next] = mdp.probability(s, a, next);
                    r[s][a][next] = f.reward(s, a, next);
                }
            }
        }
        return Mdp.of(p, r, mdp.gamma());
    }

    /** {@code max |R(s,a,s')|} over every transition, possible or not. */
    public static double maxAbsReward(Mdp mdp) {
        double max = 0;
        for (int s = 0; s < mdp.stateCount(); s++) {
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int next = 0; next < mdp.stateCount(); next++) {
                    max = Math.max(max, Math.abs(mdp.reward(s, a, next)));
                }
            }
        }
        return max;
    }

    /** {@code max_i |a[i] - b[i]|} for vectors of one length. */
    public static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** {@code max_i |v[i]|}. */
    public static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    private static double[] backup(double[] r, double[][] p, double gamma, double[] v) {
        double[] out = new double[v.length];
        for (int s = 0; s < v.length; s++) {
            out[s] = r[s];
            for (int next = 0; next < v.length; next++) {
                out[s] += gamma * p[s][next] * v[next];
            }
        }
        return out;
    }

    /** A reward as a function of the transition {@code (s, a, s')}. */
    @FunctionalInterface
    public interface RewardFunction {
        /** {@code R(s, a, next)}. */
        double reward(int s, int a, int next);
    }
}
