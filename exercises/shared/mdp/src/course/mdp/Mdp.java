package course.mdp;

import java.util.Arrays;

/**
 * A finite Markov decision process: states {@code 0 .. n-1}, in state {@code s} the actions
 * {@code 0 .. actionCount(s)-1}, transition probabilities {@code P(s'|s,a)}, expected rewards
 * {@code R(s,a,s')} and a discount {@code gamma}. Immutable; every input is copied and checked.
 *
 * <p>A state without actions is <b>terminal</b>: the episode ends there and its value is 0 by definition.
 * A random reward is represented by its expectation, which is all that value functions depend on.
 *
 * <p>{@code gamma} lies in {@code [0, 1]}. {@code gamma = 1} (no discount) is only meaningful for an
 * episodic task in which the evaluated policy reaches a terminal state with probability 1 from every state,
 * as in Sutton and Barto's gridworld ({@link Gridworld}); otherwise the values are infinite.
 */
public final class Mdp {

    /** How far the probabilities of one (s, a) may add up away from 1. */
    public static final double TOLERANCE = 1e-9;

    private final double[][][] p;
    private final double[][][] r;
    private final double gamma;

    private Mdp(double[][][] p, double[][][] r, double gamma) {
        this.p = p;
        this.r = r;
        this.gamma = gamma;
    }

    /**
     * Builds an MDP from {@code transitions[s][a][s'] = P(s'|s,a)} and {@code rewards[s][a][s'] = R(s,a,s')}.
     *
     * @param transitions one array per state, one row per action of that state (an empty array of actions
     *                    makes the state terminal); every row has one entry per state, the entries are
     *                    {@code >= 0} and add up to 1 (within {@link #TOLERANCE})
     * @param rewards     same shape as {@code transitions}; finite numbers (the reward of an impossible
     *                    transition is never used, but must still be finite)
     * @param gamma       the discount, in {@code [0, 1]}
     * @throws IllegalArgumentException if a shape, a probability, a reward or gamma is invalid; the message
     *                                  names the offending state and action
     */
    public static Mdp of(double[][][] transitions, double[][][] rewards, double gamma) {
        if (transitions == null || rewards == null) {
            throw new IllegalArgumentException("transitions and rewards must not be null");
        }
        int n = transitions.length;
        if (n == 0) {
            throw new IllegalArgumentException("an MDP needs at least one state");
        }
        if (rewards.length != n) {
            throw new IllegalArgumentException("transitions describe " + n + " states but rewards describe "
                    + rewards.length);
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        }
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        for (int s = 0; s < n; s++) {
            if (transitions[s] == null || rewards[s] == null) {
                throw new IllegalArgumentException("state " + s + ": null action array");
            }
            int actions = transitions[s].length;
            if (rewards[s].length != actions) {
                throw new IllegalArgumentException("state " + s + " has " + actions
                        + " actions in transitions but " + rewards[s].length + " in rewards");
            }
            p[s] = new double[actions][];
            r[s] = new double[actions][];
            for (int a = 0; a < actions; a++) {
                double[] row = transitions[s][a];
                double[] rew = rewards[s][a];
                if (row == null || row.length != n || rew == null || rew.length != n) {
                    throw new IllegalArgumentException("state " + s + ", action " + a
                            + ": transitions and rewards need one entry per state (" + n + ")");
                }
                double sum = 0;
                for (int next = 0; next < n; next++) {
                    if (!(row[next] >= 0) || Double.isInfinite(row[next])) {
                        throw new IllegalArgumentException("P(" + next + "|" + s + "," + a + ") = " + row[next]
                                + " is not a probability");
                    }
                    if (!Double.isFinite(rew[next])) {
                        throw new IllegalArgumentException("R(" + s + "," + a + "," + next + ") = " + rew[next]
                                + " is not a finite number");
                    }
                    sum += row[next];
                }
                if (Math.abs(sum - 1) > TOLERANCE) {
                    throw new IllegalArgumentException("the probabilities P(.|" + s + "," + a + ") add up to " + sum
                            + ", expected 1");
                }
                p[s][a] = row.clone();
                r[s][a] = rew.clone();
            }
        }
        return new Mdp(p, r, gamma);
    }

    /** The number of states {@code n}; states are {@code 0 .. n-1}. */
    public int stateCount() {
        return p.length;
    }

    /** The number of actions available in state {@code s} (0 for a terminal state). */
    public int actionCount(int s) {
        checkState(s);
        return p[s].length;
    }

    /** Whether {@code s} is terminal (has no actions, value 0). */
    public boolean isTerminal(int s) {
        return actionCount(s) == 0;
    }

    /** {@code P(next | s, a)}: the probability that action {@code a} in state {@code s} leads to {@code next}. */
    public double probability(int s, int a, int next) {
        checkAction(s, a);
        checkState(next);
        return p[s][a][next];
    }

    /** {@code R(s, a, next)}: the expected reward of the transition from {@code s} by {@code a} to {@code next}. */
    public double reward(int s, int a, int next) {
        checkAction(s, a);
        checkState(next);
        return r[s][a][next];
    }

    /** The discount {@code gamma}, in {@code [0, 1]}. */
    public double gamma() {
        return gamma;
    }

    /** The same states, actions and transitions with every reward changed to {@code R(s,a,s') + c}. */
    public Mdp withRewardsShiftedBy(double c) {
        double[][][] shifted = new double[p.length][][];
        for (int s = 0; s < p.length; s++) {
            shifted[s] = new double[p[s].length][];
            for (int a = 0; a < p[s].length; a++) {
                shifted[s][a] = r[s][a].clone();
                for (int next = 0; next < p.length; next++) {
                    shifted[s][a][next] += c;
                }
            }
        }
        return of(p, shifted, gamma);
    }

    /** The same MDP with another discount. */
    public Mdp withGamma(double newGamma) {
        return of(p, r, newGamma);
    }

    private void checkState(int s) {
        if (s < 0 || s >= p.length) {
            throw new IndexOutOfBoundsException("state " + s + " does not exist (states are 0.." + (p.length - 1)
                    + ")");
        }
    }

    private void checkAction(int s, int a) {
        checkState(s);
        if (a < 0 || a >= p[s].length) {
            throw new IndexOutOfBoundsException("state " + s + " has no action " + a + " (it has " + p[s].length
                    + " actions)");
        }
    }

    /** One line per (state, action): the non-zero transitions as {@code s' (P, R)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("MDP with " + p.length + " states, gamma = " + gamma);
        for (int s = 0; s < p.length; s++) {
            if (p[s].length == 0) {
                b.append("\n  state ").append(s).append(": terminal");
            }
            for (int a = 0; a < p[s].length; a++) {
                b.append("\n  state ").append(s).append(", action ").append(a).append(" ->");
                for (int next = 0; next < p.length; next++) {
                    if (p[s][a][next] != 0) {
                        b.append(' ').append(next).append(" (P=").append(p[s][a][next]).append(", R=")
                                .append(r[s][a][next]).append(')');
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mdp m && gamma == m.gamma && Arrays.deepEquals(p, m.p) && Arrays.deepEquals(r, m.r);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(p) + Arrays.deepHashCode(r) + Double.hashCode(gamma);
    }
}
