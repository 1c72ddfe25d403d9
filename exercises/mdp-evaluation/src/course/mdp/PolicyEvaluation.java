package course.mdp;

/**
 * Policy evaluation (prediction): the state values {@code v_pi} and action values {@code q_pi} of a fixed
 * policy in a finite MDP, by iteration and by solving the Bellman expectation equations directly.
 *
 * <p>Edit only this file. You may use {@code java.lang} and {@code java.util}; write the linear solver
 * yourself.
 */
public final class PolicyEvaluation {

    private PolicyEvaluation() {
    }

    /**
     * The Markov reward process that {@code pi} makes of {@code mdp}: the policy picks the action, the MDP
     * the next state, so
     * <pre>
     *   P_pi(s'|s) = sum_a pi(a|s) P(s'|s,a)
     *   r_pi(s)    = sum_a pi(a|s) sum_s' P(s'|s,a) R(s,a,s')
     * </pre>
     * A terminal state (no actions) gets an all-zero row and reward 0. The discount is the MDP's.
     *
     * @return the MRP, built with {@link Mrp#of}
     * @throws IllegalArgumentException if the policy does not fit the MDP ({@link Policy#requireCompatibleWith})
     */
    public static Mrp toMrp(Mdp mdp, Policy pi) {
        throw new UnsupportedOperationException("TODO toMrp: P_pi and r_pi");
    }

    /**
     * Iterative policy evaluation. Start from {@code v(s) = 0} for every state and sweep over all states,
     * applying the Bellman expectation backup
     * <pre>
     *   v(s) <- sum_a pi(a|s) sum_s' P(s'|s,a) [ R(s,a,s') + gamma v(s') ]
     * </pre>
     * Stop after the first sweep in which no state changed by {@code theta} or more
     * ({@code max_s |new v(s) - old v(s)| < theta}) and return {@code v}. Updating in place (one array) and
     * keeping the old sweep in a second array are both fine.
     *
     * <p>With {@code gamma = 1} the caller guarantees that the policy reaches a terminal state with
     * probability 1 from every state (otherwise the values are infinite and no sweep would ever stop).
     *
     * @param theta the accuracy, a positive number
     * @return {@code v}, one value per state (0 for a terminal state)
     * @throws IllegalArgumentException if {@code theta} is not a positive finite number, or the policy does not
     *                                  fit the MDP
     */
    public static double[] evaluate(Mdp mdp, Policy pi, double theta) {
        throw new UnsupportedOperationException("TODO evaluate: sweep the Bellman expectation backup until it settles");
    }

    /**
     * Exact policy evaluation: {@code v_pi} is the unique solution of the linear system
     * <pre>
     *   (I - gamma P_pi) v = r_pi
     * </pre>
     * (the Bellman expectation equation {@code v = r_pi + gamma P_pi v} rearranged). Solve it with Gaussian
     * elimination with partial pivoting (in each column, swap up the row with the largest absolute entry),
     * then back substitution.
     *
     * @return {@code v_pi}, one value per state (0 for a terminal state)
     * @throws IllegalArgumentException if the policy does not fit the MDP, or if the system is singular: a pivot
     *                                  of absolute value below {@code 1e-12} (this happens with {@code gamma = 1}
     *                                  when the policy can stay away from the terminal states forever)
     */
    public static double[] evaluateExactly(Mdp mdp, Policy pi) {
        throw new UnsupportedOperationException("TODO evaluateExactly: solve (I - gamma P_pi) v = r_pi");
    }

    /**
     * Action values from state values, by one step of lookahead:
     * <pre>
     *   q(s,a) = sum_s' P(s'|s,a) [ R(s,a,s') + gamma v(s') ]
     * </pre>
     * {@code v} need not be the value of any policy: apply the formula to whatever {@code v} is given.
     *
     * @return {@code q[s][a]}; row {@code s} has {@code mdp.actionCount(s)} entries (none for a terminal state)
     * @throws IllegalArgumentException if {@code v} does not have one entry per state
     */
    public static double[][] qFromV(Mdp mdp, double[] v) {
        throw new UnsupportedOperationException("TODO qFromV: one-step lookahead");
    }

    /**
     * State values from action values: {@code v(s) = sum_a pi(a|s) q(s,a)}, the value of the action the
     * policy picks, on average (0 for a terminal state, which has no actions).
     *
     * @return {@code v}, one value per state
     * @throws IllegalArgumentException if {@code q} does not have one row per state of the policy, each with one
     *                                  entry per action of that state
     */
    public static double[] vFromQ(Policy pi, double[][] q) {
        throw new UnsupportedOperationException("TODO vFromQ: average q over the policy");
    }
}
