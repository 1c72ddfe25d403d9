package course.mdp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Independent computations for the hidden tests (written apart from the reference solution), and diagnoses
 * that recognise the usual wrong answers.
 */
final class Oracle {

    private Oracle() {
    }

    /** {@code r_pi(s) = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')}. */
    static double[] rPi(Mdp mdp, Policy pi) {
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

    /** {@code P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)}. */
    static double[][] pPi(Mdp mdp, Policy pi) {
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

    /** One synchronous Bellman expectation backup {@code r_pi + gamma P_pi v}. */
    static double[] backup(Mdp mdp, Policy pi, double[] v) {
        return backup(rPi(mdp, pi), pPi(mdp, pi), mdp.gamma(), v);
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

    /** {@code max_s |(r_pi + gamma P_pi v)(s) - v(s)|}: 0 exactly for {@code v = v_pi}. */
    static double residual(Mdp mdp, Policy pi, double[] v) {
        double[] t = backup(mdp, pi, v);
        double worst = 0;
        for (int s = 0; s < v.length; s++) {
            worst = Math.max(worst, Math.abs(t[s] - v[s]));
        }
        return worst;
    }

    /** {@code v_pi} by synchronous sweeps until nothing moves by 1e-13 (only for gamma < 1). */
    static double[] values(Mdp mdp, Policy pi) {
        double[] r = rPi(mdp, pi);
        double[][] p = pPi(mdp, pi);
        double[] v = new double[mdp.stateCount()];
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double[] next = backup(r, p, mdp.gamma(), v);
            double change = maxDiff(next, v);
            v = next;
            if (change < 1e-13) {
                break;
            }
        }
        return v;
    }

    /** {@code v*} by value iteration: what a max over actions instead of the policy's average converges to. */
    static double[] optimalValues(Mdp mdp) {
        int n = mdp.stateCount();
        double[] v = new double[n];
        for (int sweep = 0; sweep < 100_000; sweep++) {
            double[] next = new double[n];
            double[][] q = q(mdp, v);
            for (int s = 0; s < n; s++) {
                next[s] = q[s].length == 0 ? 0 : Arrays.stream(q[s]).max().getAsDouble();
            }
            double change = maxDiff(next, v);
            v = next;
            if (change < 1e-13) {
                break;
            }
        }
        return v;
    }

    /** {@code q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]}. */
    static double[][] q(Mdp mdp, double[] v) {
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

    /** {@code v(s) = sum_a pi(a|s) q(s,a)}. */
    static double[] v(Policy pi, double[][] q) {
        double[] v = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            for (int a = 0; a < q[s].length; a++) {
                v[s] += pi.probability(s, a) * q[s][a];
            }
        }
        return v;
    }

    /** The same MDP with {@code R'(s,a,s') = f(s,a,s')}. */
    static Mdp withRewards(Mdp mdp, RewardFunction f) {
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

    /** A reward as a function of the transition. */
    interface RewardFunction {
        double reward(int s, int a, int next);
    }

    /** {@code sum_s'' R(s,a,s'')}: the rewards added up without weighting them by {@code P(s''|s,a)}. */
    static Mdp unweightedRewards(Mdp mdp) {
        return withRewards(mdp, (s, a, next) -> {
            double sum = 0;
            for (int k = 0; k < mdp.stateCount(); k++) {
                sum += mdp.reward(s, a, k);
            }
            return sum;
        });
    }

    /** {@code R(s,a,s)}: the reward of the wrong transition (as if the step stayed in {@code s}). */
    static Mdp rewardOfCurrentState(Mdp mdp) {
        return withRewards(mdp, (s, a, next) -> mdp.reward(s, a, s));
    }

    /**
     * Explains which usual mistake produces {@code actual} as the values of {@code pi} (gamma < 1), or "" when
     * none of them does.
     */
    static String diagnoseValues(Mdp mdp, Policy pi, double[] actual) {
        List<String> found = new ArrayList<>();
        double tol = 1e-6 * (1 + maxAbs(actual));
        if (close(actual, optimalValues(mdp), tol)) {
            found.add("they are v*, what a max over actions computes (value iteration), not v_pi, which "
                    + "averages over the actions with the weights pi(a|s)");
        }
        if (close(actual, values(mdp, Policy.uniform(mdp)), tol)) {
            found.add("they are the values of the uniform policy: the probabilities pi(a|s) are ignored");
        }
        if (close(actual, values(unweightedRewards(mdp), pi), tol)) {
            found.add("the rewards R(s,a,s') are added up without the weights P(s'|s,a)");
        }
        if (close(actual, values(rewardOfCurrentState(mdp), pi), tol)) {
            found.add("the reward used is R(s,a,s) instead of R(s,a,s') of the next state s'");
        }
        if (mdp.gamma() > 0 && close(actual, rPi(mdp, pi), tol)) {
            found.add("they are r_pi, the expected immediate reward only: the discounted future gamma v(s') "
                    + "is missing");
        }
        return found.isEmpty() ? "" : "\nYour values match a known mistake: " + String.join("; ", found) + ".";
    }

    /** Explains which usual mistake produces {@code actual} as {@code q} from {@code v}, or "". */
    static String diagnoseQ(Mdp mdp, double[] v, double[][] actual) {
        List<String> found = new ArrayList<>();
        double tol = 1e-6 * (1 + maxAbs(v) + 5);
        if (closeRows(actual, q(withRewards(mdp, (s, a, next) -> 0), v), tol)) {
            found.add("the reward R(s,a,s') is missing");
        }
        if (mdp.gamma() != 1 && closeRows(actual, q(mdp.withGamma(1), v), tol)) {
            found.add("gamma is missing in front of v(s')");
        }
        if (closeRows(actual, q(mdp.withGamma(0), v), tol)) {
            found.add("the future value gamma v(s') is missing");
        }
        if (closeRows(actual, q(unweightedRewards(mdp), v), tol)) {
            found.add("the rewards are added up without the weights P(s'|s,a)");
        }
        if (closeRows(actual, q(rewardOfCurrentState(mdp), v), tol)) {
            found.add("the reward used is R(s,a,s) instead of R(s,a,s')");
        }
        return found.isEmpty() ? "" : "\nYour q matches a known mistake: " + String.join("; ", found) + ".";
    }

    /** Explains which usual mistake produces {@code actual} as {@code v} from {@code q}, or "". */
    static String diagnoseV(Policy pi, double[][] q, double[] actual) {
        List<String> found = new ArrayList<>();
        double tol = 1e-9 * (1 + maxAbs(actual));
        double[] max = new double[q.length];
        double[] mean = new double[q.length];
        double[] sum = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            max[s] = q[s].length == 0 ? 0 : Arrays.stream(q[s]).max().getAsDouble();
            mean[s] = q[s].length == 0 ? 0 : Arrays.stream(q[s]).average().getAsDouble();
            sum[s] = Arrays.stream(q[s]).sum();
        }
        if (close(actual, max, tol)) {
            found.add("v(s) = max_a q(s,a) is the greedy (optimal) value, not the value of pi");
        }
        if (close(actual, mean, tol)) {
            found.add("every action weighted equally: pi(a|s) is ignored");
        }
        if (close(actual, sum, tol)) {
            found.add("the q values are added up without the weights pi(a|s)");
        }
        return found.isEmpty() ? "" : "\nYour v matches a known mistake: " + String.join("; ", found) + ".";
    }

    /**
     * Null when {@code actual} and {@code expected} agree within {@code tol} everywhere; otherwise a sentence
     * naming the state with the largest difference, followed by both vectors.
     */
    static String difference(String what, double[] actual, double[] expected, double tol) {
        if (actual == null) {
            return what + " is null";
        }
        if (actual.length != expected.length) {
            return what + " has " + actual.length + " entries, expected one per state (" + expected.length + ")";
        }
        int worst = -1;
        double worstDiff = tol;
        for (int s = 0; s < actual.length; s++) {
            double d = Math.abs(actual[s] - expected[s]);
            if (!(d <= worstDiff)) {
                worst = s;
                worstDiff = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
            }
        }
        if (worst < 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%s of state %d is %s, expected %s%n  got      %s%n  expected %s", what,
                worst, fmt(actual[worst]), fmt(expected[worst]), fmt(actual), fmt(expected));
    }

    /** As {@link #difference} for one row per state. */
    static String rowDifference(String what, double[][] actual, double[][] expected, double tol) {
        if (actual == null) {
            return what + " is null";
        }
        if (actual.length != expected.length) {
            return what + " has " + actual.length + " rows, expected one per state (" + expected.length + ")";
        }
        for (int s = 0; s < expected.length; s++) {
            if (actual[s] == null || actual[s].length != expected[s].length) {
                return String.format(Locale.ROOT, "row %d of %s has %s entries, expected one per action of state "
                        + "%d (%d)", s, what, actual[s] == null ? "null" : actual[s].length, s, expected[s].length);
            }
            for (int a = 0; a < expected[s].length; a++) {
                if (!(Math.abs(actual[s][a] - expected[s][a]) <= tol)) {
                    return String.format(Locale.ROOT, "%s[%d][%d] is %s, expected %s%n  got      %s%n  expected %s",
                            what, s, a, fmt(actual[s][a]), fmt(expected[s][a]), fmt(actual), fmt(expected));
                }
            }
        }
        return null;
    }

    static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

    static String fmt(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ", ").append(fmt(v[i]));
        }
        return b.append(']').toString();
    }

    static String fmt(double[][] m) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < m.length; i++) {
            b.append(i == 0 ? "" : ", ").append(m[i] == null ? "null" : fmt(m[i]));
        }
        return b.append(']').toString();
    }

    private static boolean close(double[] a, double[] b, double tol) {
        if (a == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= tol)) {
                return false;
            }
        }
        return true;
    }

    private static boolean closeRows(double[][] a, double[][] b, double tol) {
        if (a == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null || !close(a[i], b[i], tol)) {
                return false;
            }
        }
        return true;
    }
}
