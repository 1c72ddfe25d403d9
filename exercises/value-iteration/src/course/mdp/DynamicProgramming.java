package course.mdp;

/**
 * Control by dynamic programming: the optimal values {@code v*} and an optimal policy of a finite MDP, by value
 * iteration and by policy iteration (Sutton and Barto, Sections 4.3 to 4.4).
 *
 * <p>Edit only this file. You may use {@code java.lang} and {@code java.util}.
 */
public final class DynamicProgramming {

    /**
     * Two action values that differ by at most this much count as equally good: the greedy choice then takes the
     * action with the lowest index.
     */
    public static final double TIE = 1e-9;

    private DynamicProgramming() {
    }

    /**
     * Action values by one step of lookahead from any value vector {@code v}:
     * <pre>
     *   q(s,a) = sum_s' P(s'|s,a) [ R(s,a,s') + gamma v(s') ]
     * </pre>
     *
     * @return {@code q[s][a]}; row {@code s} has {@code mdp.actionCount(s)} entries (none for a terminal state)
     * @throws IllegalArgumentException if {@code v} does not have one entry per state
     */
    public static double[][] actionValues(Mdp mdp, double[] v) {
        throw new UnsupportedOperationException("TODO actionValues: one-step lookahead");
    }

    /**
     * Value iteration. Start from {@code v(s) = 0} for every state and sweep over all states, applying the Bellman
     * optimality backup
     * <pre>
     *   v(s) <- max_a sum_s' P(s'|s,a) [ R(s,a,s') + gamma v(s') ]      (0 for a terminal state)
     * </pre>
     * Stop after the first sweep in which no state changed by {@code theta} or more
     * ({@code max_s |new v(s) - old v(s)| < theta}) and return {@code v}. Updating in place (states in the order
     * {@code 0, 1, ..., n-1}) and keeping the old sweep in a second array are both fine.
     *
     * <p>With {@code gamma = 1} the caller guarantees that the sweeps converge (the values are finite).
     *
     * @param theta the accuracy, a positive finite number
     * @return {@code v}, one value per state
     * @throws IllegalArgumentException if {@code theta} is not a positive finite number
     */
    public static double[] valueIteration(Mdp mdp, double theta) {
        throw new UnsupportedOperationException("TODO valueIteration: sweep the Bellman optimality backup");
    }

    /**
     * The greedy policy with respect to {@code v}: in every non-terminal state the action with the largest
     * {@code q(s,a)} (from {@link #actionValues}). Among equally good actions, those with
     * {@code q(s,a) >= max_b q(s,b) - TIE}, take the one with the lowest index.
     *
     * @return a deterministic policy, built with {@link Policy#deterministic}
     * @throws IllegalArgumentException if {@code v} does not have one entry per state
     */
    public static Policy greedyPolicy(Mdp mdp, double[] v) {
        throw new UnsupportedOperationException("TODO greedyPolicy: argmax of q, lowest index among ties");
    }

    /**
     * Iterative policy evaluation that starts from {@code initial} instead of 0: sweep the Bellman expectation
     * backup
     * <pre>
     *   v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [ R(s,a,s') + gamma v(s') ]      (0 for a terminal state)
     * </pre>
     * and stop after the first sweep in which no state changed by {@code theta} or more. In place (states in the
     * order {@code 0, 1, ..., n-1}) or with two arrays, as you like. {@code initial} is not modified.
     *
     * <p>With {@code gamma = 1} the caller guarantees that {@code pi} reaches a terminal state with probability 1.
     *
     * @param initial where the sweeps start, one value per state (whatever it holds for a terminal state, the
     *                returned value of a terminal state is 0)
     * @param theta   the accuracy, a positive finite number
     * @return {@code v_pi} to within the accuracy, a new array
     * @throws IllegalArgumentException if {@code theta} is not a positive finite number, {@code initial} does not
     *                                  have one entry per state, or the policy does not fit the MDP
     */
    public static double[] evaluatePolicy(Mdp mdp, Policy pi, double[] initial, double theta) {
        throw new UnsupportedOperationException("TODO evaluatePolicy: Bellman expectation sweeps from initial");
    }

    /**
     * Policy iteration (Sutton and Barto, Section 4.3). Start from the policy that takes action 0 in every
     * non-terminal state and from {@code v = 0}; then repeat
     * <ol>
     *   <li>evaluation: {@code v = evaluatePolicy(mdp, pi, v, theta)} (starting from the previous values);</li>
     *   <li>improvement: {@code pi' = greedyPolicy(mdp, v)};</li>
     * </ol>
     * until {@code pi'} takes the same action as {@code pi} in every state. Return that policy, its values from
     * the last evaluation, and the number of evaluations performed.
     *
     * @param theta the accuracy of each evaluation, a positive finite number
     * @throws IllegalArgumentException if {@code theta} is not a positive finite number, or {@code gamma = 1}
     *                                  (without a discount, the first policy may never reach a terminal state,
     *                                  and its evaluation would not end)
     */
    public static PolicyIterationResult policyIteration(Mdp mdp, double theta) {
        throw new UnsupportedOperationException("TODO policyIteration: evaluate, improve, until stable");
    }
}
