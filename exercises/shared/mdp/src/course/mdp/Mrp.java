package course.mdp;

import java.util.Arrays;

/**
 * A finite Markov reward process: what an MDP becomes once a policy chooses the actions. It has transition
 * probabilities {@code P_pi(s'|s)}, expected rewards {@code r_pi(s)} (the reward expected on leaving
 * {@code s}) and the discount {@code gamma}. Immutable; every input is copied and checked.
 *
 * <p>The row of a terminal state is all zeros and its reward is 0: nothing happens after the episode ends.
 * Its values then satisfy {@code v = r_pi + gamma P_pi v}.
 */
public final class Mrp {

    private final double[][] p;
    private final double[] r;
    private final double gamma;

    private Mrp(double[][] p, double[] r, double gamma) {
        this.p = p;
        this.r = r;
        this.gamma = gamma;
    }

    /**
     * Builds an MRP.
     *
     * @param transitions {@code transitions[s][s'] = P_pi(s'|s)}, a square matrix whose entries are
     *                    {@code >= 0}; every row adds up to 1 (within {@link Mdp#TOLERANCE}), or is all zeros
     *                    for a terminal state
     * @param rewards     {@code rewards[s] = r_pi(s)}, finite, one per state
     * @param gamma       the discount, in {@code [0, 1]}
     * @throws IllegalArgumentException if a shape, a row or a reward is invalid
     */
    public static Mrp of(double[][] transitions, double[] rewards, double gamma) {
        if (transitions == null || rewards == null) {
            throw new IllegalArgumentException("transitions and rewards must not be null");
        }
        int n = transitions.length;
        if (n == 0 || rewards.length != n) {
            throw new IllegalArgumentException("need a non-empty n x n transition matrix and n rewards, got "
                    + n + " rows and " + rewards.length + " rewards");
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        }
        double[][] p = new double[n][];
        for (int s = 0; s < n; s++) {
            if (transitions[s] == null || transitions[s].length != n) {
                throw new IllegalArgumentException("row " + s + " of P_pi must have " + n + " entries");
            }
            double sum = 0;
            for (int next = 0; next < n; next++) {
                double x = transitions[s][next];
                if (!(x >= 0) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("P_pi(" + next + "|" + s + ") = " + x + " is not a probability");
                }
                sum += x;
            }
            if (Math.abs(sum - 1) > Mdp.TOLERANCE && sum != 0) {
                throw new IllegalArgumentException("row " + s + " of P_pi adds up to " + sum
                        + ", expected 1 (or 0 for a terminal state): are the actions weighted by pi(a|s)?");
            }
            if (!Double.isFinite(rewards[s])) {
                throw new IllegalArgumentException("r_pi(" + s + ") = " + rewards[s] + " is not a finite number");
            }
            p[s] = transitions[s].clone();
        }
        return new Mrp(p, rewards.clone(), gamma);
    }

    /** The number of states. */
    public int stateCount() {
        return p.length;
    }

    /** {@code P_pi(next | s)}. */
    public double transition(int s, int next) {
        return p[s][next];
    }

    /** {@code r_pi(s)}: the expected reward of the next step from {@code s}. */
    public double reward(int s) {
        return r[s];
    }

    /** The discount {@code gamma}. */
    public double gamma() {
        return gamma;
    }

    /** A copy of the transition matrix {@code P_pi}. */
    public double[][] transitionMatrix() {
        double[][] copy = new double[p.length][];
        for (int s = 0; s < p.length; s++) {
            copy[s] = p[s].clone();
        }
        return copy;
    }

    /** A copy of the reward vector {@code r_pi}. */
    public double[] rewardVector() {
        return r.clone();
    }

    /** Whether every non-terminal row of {@code P_pi} has a single entry 1 (within {@link Mdp#TOLERANCE}). */
    public boolean isDeterministic() {
        for (double[] row : p) {
            int nonZero = 0;
            for (double x : row) {
                if (x > Mdp.TOLERANCE) {
                    nonZero++;
                }
            }
            if (nonZero > 1) {
                return false;
            }
        }
        return true;
    }

    /** The matrix {@code P_pi} and the vector {@code r_pi}, one state per line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("MRP with " + p.length + " states, gamma = " + gamma);
        for (int s = 0; s < p.length; s++) {
            b.append("\n  state ").append(s).append(": P_pi(.|s) = ").append(Arrays.toString(p[s]))
                    .append(", r_pi = ").append(r[s]);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mrp m && gamma == m.gamma && Arrays.deepEquals(p, m.p) && Arrays.equals(r, m.r);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(p) + Arrays.hashCode(r) + Double.hashCode(gamma);
    }
}
