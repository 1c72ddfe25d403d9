package course.mdp;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.testkit.NumberText;

/**
 * Independent answers for the hidden tests of value-iteration, computed differently from the reference solution:
 * exact policy values by solving the linear system, v* by trying every deterministic policy, and synchronous
 * sweeps for the stopping rules.
 */
final class ControlOracle {

    private ControlOracle() {
    }

    /** {@code sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]} for every state and action. */
    static double[][] lookahead(Mdp mdp, double[] v) {
        int n = mdp.stateCount();
        double[][] q = new double[n][];
        for (int s = 0; s < n; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < q[s].length; a++) {
                double reward = 0;
                double future = 0;
                for (int next = 0; next < n; next++) {
                    reward += mdp.probability(s, a, next) * mdp.reward(s, a, next);
                    future += mdp.probability(s, a, next) * v[next];
                }
                q[s][a] = reward + mdp.gamma() * future;
            }
        }
        return q;
    }

    /** {@code v_pi}, the solution of {@code (I - gamma P_pi) v = r_pi}, by Gauss-Jordan elimination. */
    static double[] policyValues(Mdp mdp, Policy pi) {
        int n = mdp.stateCount();
        double[][] system = new double[n][n + 1];
        for (int s = 0; s < n; s++) {
            system[s][s] = 1;
            for (int a = 0; a < mdp.actionCount(s); a++) {
                for (int next = 0; next < n; next++) {
                    double weight = pi.probability(s, a) * mdp.probability(s, a, next);
                    system[s][next] -= mdp.gamma() * weight;
                    system[s][n] += weight * mdp.reward(s, a, next);
                }
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(system[row][col]) > Math.abs(system[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = system[col];
            system[col] = system[pivot];
            system[pivot] = swap;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = system[row][col] / system[col][col];
                    for (int k = col; k <= n; k++) {
                        system[row][k] -= factor * system[col][k];
                    }
                }
            }
        }
        double[] v = new double[n];
        for (int s = 0; s < n; s++) {
            v[s] = system[s][n] / system[s][s];
        }
        return v;
    }

    /** {@code v*(s) = max over deterministic policies of v_pi(s)}, by trying them all (gamma < 1, small MDPs). */
    static double[] optimalValues(Mdp mdp) {
        int n = mdp.stateCount();
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int[] actions = new int[n];
        do {
            double[] v = policyValues(mdp, Policy.deterministic(mdp, actions));
            for (int s = 0; s < n; s++) {
                best[s] = Math.max(best[s], v[s]);
            }
        } while (nextPolicy(mdp, actions));
        return best;
    }

    /** Counts {@code actions} up like an odometer over the action sets; false after the last policy. */
    private static boolean nextPolicy(Mdp mdp, int[] actions) {
        for (int s = 0; s < actions.length; s++) {
            if (actions[s] + 1 < mdp.actionCount(s)) {
                actions[s]++;
                return true;
            }
            actions[s] = 0;
        }
        return false;
    }

    /** The number of deterministic policies of {@code mdp}. */
    static long policyCount(Mdp mdp) {
        long count = 1;
        for (int s = 0; s < mdp.stateCount(); s++) {
            count *= Math.max(1, mdp.actionCount(s));
        }
        return count;
    }

    /** The greedy action in every state, lowest index among those within {@code TIE} of the best; -1 if terminal. */
    static int[] greedyActions(Mdp mdp, double[] v) {
        double[][] q = lookahead(mdp, v);
        int[] greedy = new int[q.length];
        for (int s = 0; s < q.length; s++) {
            greedy[s] = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = q[s].length - 1; a >= 0; a--) {
                best = Math.max(best, q[s][a]);
            }
            for (int a = q[s].length - 1; a >= 0; a--) {
                if (q[s][a] >= best - DynamicProgramming.TIE) {
                    greedy[s] = a;
                }
            }
        }
        return greedy;
    }

    /** The action a deterministic policy takes in every state (-1 in a terminal state or where it is not sure). */
    static int[] actions(Policy pi) {
        int[] actions = new int[pi.stateCount()];
        for (int s = 0; s < actions.length; s++) {
            actions[s] = -1;
            for (int a = 0; a < pi.actionCount(s); a++) {
                if (pi.probability(s, a) == 1) {
                    actions[s] = a;
                }
            }
        }
        return actions;
    }

    /** The expected immediate reward of the best action, {@code max_a sum_s' P(s'|s,a) R(s,a,s')}. */
    static double[] bestImmediateReward(Mdp mdp) {
        double[][] q = lookahead(mdp.withGamma(0), new double[mdp.stateCount()]);
        double[] best = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            for (int a = 0; a < q[s].length; a++) {
                best[s] = a == 0 ? q[s][a] : Math.max(best[s], q[s][a]);
            }
        }
        return best;
    }

    /**
     * Synchronous Bellman optimality sweeps from 0: entry k is {@code v} after k sweeps, up to and including the
     * first sweep whose largest change is below {@code theta}.
     */
    static List<double[]> optimalitySweeps(Mdp mdp, double theta) {
        return sweeps(mdp, new double[mdp.stateCount()], theta,
                (q, s) -> java.util.Arrays.stream(q).max().orElse(0));
    }

    /** Synchronous Bellman expectation sweeps of a deterministic policy from {@code start}, as above. */
    static List<double[]> expectationSweeps(Mdp mdp, int[] actions, double[] start, double theta) {
        return sweeps(mdp, start, theta, (q, s) -> q.length == 0 ? 0 : q[actions[s]]);
    }

    /** How one state's new value follows from its action values. */
    private interface Backup {
        double of(double[] actionValues, int state);
    }

    private static List<double[]> sweeps(Mdp mdp, double[] start, double theta, Backup backup) {
        List<double[]> sweeps = new ArrayList<>();
        double[] v = start.clone();
        sweeps.add(v);
        double change;
        do {
            double[][] q = lookahead(mdp, v);
            double[] next = new double[v.length];
            change = 0;
            for (int s = 0; s < v.length; s++) {
                next[s] = backup.of(q[s], s);
                change = Math.max(change, Math.abs(next[s] - v[s]));
            }
            v = next;
            sweeps.add(v);
        } while (!(change < theta));
        return sweeps;
    }

    /** Which entry of {@code sweeps} equals {@code v} exactly (within 1e-12), as text for a message. */
    static String whichSweep(List<double[]> sweeps, double[] v) {
        for (int k = 0; k < sweeps.size(); k++) {
            if (maxDifference(sweeps.get(k), v) <= 1e-12) {
                return "your values are those after " + k + (k == 1 ? " sweep" : " sweeps");
            }
        }
        return "your values match none of the first " + (sweeps.size() - 1) + " sweeps";
    }

    /** {@code max_s |a(s) - b(s)|}, or infinity when the lengths differ. */
    static double maxDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int s = 0; s < a.length; s++) {
            worst = Math.max(worst, Math.abs(a[s] - b[s]));
        }
        return worst;
    }

    /** A deterministic policy as "state: action" pairs, e.g. {@code [0: 1, 1: 0, 2: terminal]}. */
    static String show(int[] actions) {
        StringBuilder b = new StringBuilder("[");
        for (int s = 0; s < actions.length; s++) {
            b.append(s == 0 ? "" : ", ").append(s).append(": ").append(actions[s] < 0 ? "-" : actions[s]);
        }
        return b.append(']').toString();
    }

    /** The action values of one state, for a message: {@code q(2, .) = [1, 1.5, 1.5]}. */
    static String showRow(double[][] q, int s) {
        return "q(" + s + ", .) = " + NumberText.show(q[s]);
    }
}
