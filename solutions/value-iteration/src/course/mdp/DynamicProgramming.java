package course.mdp;

/**
 * Control by dynamic programming: the optimal values {@code v*} and an optimal policy of a finite MDP, by value
 * iteration and by policy iteration (Sutton and Barto, Sections 4.3 to 4.4).
 */
public final class DynamicProgramming {

    /** Two action values that differ by at most this much count as equally good (the lowest index wins). */
    public static final double TIE = 1e-9;

    private DynamicProgramming() {
    }

    /**
     * Action values by one step of lookahead: {@code q(s,a) = sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s')]}.
     *
     * @throws IllegalArgumentException if {@code v} does not have one entry per state
     */
    public static double[][] actionValues(Mdp mdp, double[] v) {
        requireOnePerState(mdp, v, "v");
        double[][] q = new double[mdp.stateCount()][];
        for (int s = 0; s < q.length; s++) {
            q[s] = new double[mdp.actionCount(s)];
            for (int a = 0; a < q[s].length; a++) {
                q[s][a] = lookahead(mdp, s, a, v);
            }
        }
        return q;
    }

    /**
     * Value iteration from {@code v = 0}, in place, until a sweep changes no state by {@code theta} or more.
     *
     * @throws IllegalArgumentException if {@code theta} is not a positive finite number
     */
    public static double[] valueIteration(Mdp mdp, double theta) {
        requireAccuracy(theta);
        double[] v = new double[mdp.stateCount()];
        double largestChange;
        do {
            largestChange = 0;
            for (int s = 0; s < v.length; s++) {
                if (mdp.isTerminal(s)) {
                    continue;
                }
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < mdp.actionCount(s); a++) {
                    best = Math.max(best, lookahead(mdp, s, a, v));
                }
                largestChange = Math.max(largestChange, Math.abs(best - v[s]));
                v[s] = best;
            }
        } while (largestChange >= theta);
        return v;
    }

    /**
     * The greedy deterministic policy with respect to {@code v}; among actions within {@link #TIE} of the best,
     * the lowest index.
     *
     * @throws IllegalArgumentException if {@code v} does not have one entry per state
     */
    public static Policy greedyPolicy(Mdp mdp, double[] v) {
        double[][] q = actionValues(mdp, v);
        int[] actions = new int[q.length];
        for (int s = 0; s < q.length; s++) {
            double best = Double.NEGATIVE_INFINITY;
            for (double value : q[s]) {
                best = Math.max(best, value);
            }
            // The first action that is within TIE of the best is the lowest-index one among the equally good.
            int a = 0;
            while (a < q[s].length && q[s][a] < best - TIE) {
                a++;
            }
            actions[s] = a;
        }
        return Policy.deterministic(mdp, actions);
    }

    /**
     * Iterative policy evaluation from {@code initial} (not modified), in place, until a sweep changes no state by
     * {@code theta} or more.
     *
     * @throws IllegalArgumentException if {@code theta}, {@code initial} or the policy is invalid
     */
    public static double[] evaluatePolicy(Mdp mdp, Policy pi, double[] initial, double theta) {
        requireAccuracy(theta);
        requireOnePerState(mdp, initial, "initial");
        pi.requireCompatibleWith(mdp);
        double[] v = initial.clone();
        double largestChange;
        do {
            largestChange = 0;
            for (int s = 0; s < v.length; s++) {
                double expected = 0;
                for (int a = 0; a < mdp.actionCount(s); a++) {
                    expected += pi.probability(s, a) * lookahead(mdp, s, a, v);
                }
                largestChange = Math.max(largestChange, Math.abs(expected - v[s]));
                v[s] = expected;
            }
        } while (largestChange >= theta);
        return v;
    }

    /**
     * Policy iteration from "action 0 everywhere" and {@code v = 0}: evaluate (from the previous values), improve
     * greedily, until the policy no longer changes.
     *
     * @throws IllegalArgumentException if {@code theta} is not a positive finite number or {@code gamma = 1}
     */
    public static PolicyIterationResult policyIteration(Mdp mdp, double theta) {
        // theta is checked by the first evaluation.
        if (!(mdp.gamma() < 1)) {
            throw new IllegalArgumentException("policy iteration needs gamma < 1: with gamma = " + mdp.gamma()
                    + " a policy that never reaches a terminal state has no finite values");
        }
        Policy pi = Policy.deterministic(mdp, new int[mdp.stateCount()]);
        double[] v = new double[mdp.stateCount()];
        int evaluations = 0;
        while (true) {
            v = evaluatePolicy(mdp, pi, v, theta);
            evaluations++;
            Policy improved = greedyPolicy(mdp, v);
            if (improved.equals(pi)) {
                return new PolicyIterationResult(pi, v, evaluations);
            }
            pi = improved;
        }
    }

    private static double lookahead(Mdp mdp, int s, int a, double[] v) {
        double sum = 0;
        for (int next = 0; next < v.length; next++) {
            sum += mdp.probability(s, a, next) * (mdp.reward(s, a, next) + mdp.gamma() * v[next]);
        }
        return sum;
    }

    private static void requireAccuracy(double theta) {
        if (!(theta > 0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("theta must be a positive finite number, got " + theta);
        }
    }

    private static void requireOnePerState(Mdp mdp, double[] v, String name) {
        if (v.length != mdp.stateCount()) {
            throw new IllegalArgumentException(name + " needs one entry per state (" + mdp.stateCount() + "), got "
                    + v.length);
        }
    }
}
