package course.mdp;

import java.util.Arrays;

/**
 * A stochastic policy {@code pi(a|s)}: for every state a probability distribution over that state's actions.
 * Immutable; every input is copied and checked.
 *
 * <p>A terminal state (no actions) has an empty distribution. A <b>deterministic</b> policy puts probability
 * 1 on one action in every non-terminal state.
 */
public final class Policy {

    private final double[][] pi;

    private Policy(double[][] pi) {
        this.pi = pi;
    }

    /**
     * Builds a policy from {@code probabilities[s][a] = pi(a|s)}.
     *
     * @param probabilities one row per state and one entry per action of that state; the entries of a
     *                      non-empty row are {@code >= 0} and add up to 1 (within {@link Mdp#TOLERANCE});
     *                      a terminal state has an empty row
     * @throws IllegalArgumentException if a row is not a probability distribution
     */
    public static Policy of(double[][] probabilities) {
        if (probabilities == null || probabilities.length == 0) {
            throw new IllegalArgumentException("a policy needs one row per state, and at least one state");
        }
        double[][] copy = new double[probabilities.length][];
        for (int s = 0; s < probabilities.length; s++) {
            double[] row = probabilities[s];
            if (row == null) {
                throw new IllegalArgumentException("state " + s + ": null row");
            }
            double sum = 0;
            for (int a = 0; a < row.length; a++) {
                if (!(row[a] >= 0) || Double.isInfinite(row[a])) {
                    throw new IllegalArgumentException("pi(" + a + "|" + s + ") = " + row[a] + " is not a probability");
                }
                sum += row[a];
            }
            if (row.length > 0 && Math.abs(sum - 1) > Mdp.TOLERANCE) {
                throw new IllegalArgumentException("the probabilities pi(.|" + s + ") add up to " + sum
                        + ", expected 1");
            }
            copy[s] = row.clone();
        }
        return new Policy(copy);
    }

    /** The equiprobable random policy of {@code mdp}: {@code pi(a|s) = 1 / actionCount(s)}. */
    public static Policy uniform(Mdp mdp) {
        double[][] rows = new double[mdp.stateCount()][];
        for (int s = 0; s < rows.length; s++) {
            rows[s] = new double[mdp.actionCount(s)];
            Arrays.fill(rows[s], 1.0 / rows[s].length);
        }
        return of(rows);
    }

    /**
     * The deterministic policy that takes {@code actions[s]} in every non-terminal state {@code s} of
     * {@code mdp} (the entries of terminal states are ignored).
     *
     * @throws IllegalArgumentException if the array has the wrong length or names an action that does not exist
     */
    public static Policy deterministic(Mdp mdp, int... actions) {
        if (actions.length != mdp.stateCount()) {
            throw new IllegalArgumentException("need one action per state (" + mdp.stateCount() + "), got "
                    + actions.length);
        }
        double[][] rows = new double[actions.length][];
        for (int s = 0; s < actions.length; s++) {
            rows[s] = new double[mdp.actionCount(s)];
            if (rows[s].length == 0) {
                continue;
            }
            if (actions[s] < 0 || actions[s] >= rows[s].length) {
                throw new IllegalArgumentException("state " + s + " has no action " + actions[s]);
            }
            rows[s][actions[s]] = 1;
        }
        return of(rows);
    }

    /** The number of states. */
    public int stateCount() {
        return pi.length;
    }

    /** The number of actions the policy has a probability for in state {@code s}. */
    public int actionCount(int s) {
        checkState(s);
        return pi[s].length;
    }

    /** {@code pi(a|s)}: the probability of taking action {@code a} in state {@code s}. */
    public double probability(int s, int a) {
        checkState(s);
        if (a < 0 || a >= pi[s].length) {
            throw new IndexOutOfBoundsException("state " + s + " has no action " + a + " (it has " + pi[s].length
                    + " actions)");
        }
        return pi[s][a];
    }

    /** Whether the policy takes one action with probability 1 in every non-terminal state. */
    public boolean isDeterministic() {
        for (double[] row : pi) {
            for (double x : row) {
                if (x != 0 && x != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Checks that this policy fits {@code mdp}: the same number of states, and in every state one probability
     * per action of the MDP.
     *
     * @throws IllegalArgumentException naming the first state where they differ
     */
    public void requireCompatibleWith(Mdp mdp) {
        if (mdp.stateCount() != pi.length) {
            throw new IllegalArgumentException("the policy has " + pi.length + " states but the MDP has "
                    + mdp.stateCount());
        }
        for (int s = 0; s < pi.length; s++) {
            if (mdp.actionCount(s) != pi[s].length) {
                throw new IllegalArgumentException("state " + s + " has " + mdp.actionCount(s)
                        + " actions in the MDP but " + pi[s].length + " in the policy");
            }
        }
    }

    private void checkState(int s) {
        if (s < 0 || s >= pi.length) {
            throw new IndexOutOfBoundsException("state " + s + " does not exist (states are 0.." + (pi.length - 1)
                    + ")");
        }
    }

    /** The rows {@code pi(.|s)}, one per line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("policy");
        for (int s = 0; s < pi.length; s++) {
            b.append("\n  pi(.|").append(s).append(") = ").append(Arrays.toString(pi[s]));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy other && Arrays.deepEquals(pi, other.pi);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(pi);
    }
}
