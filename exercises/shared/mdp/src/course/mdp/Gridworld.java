package course.mdp;

import java.util.Arrays;

/**
 * The 4 x 4 gridworld of Sutton and Barto, <i>Reinforcement Learning: An Introduction</i> (2nd ed.),
 * Example 4.1.
 *
 * <pre>
 *   T  1  2  3        states are numbered row by row, 0 .. 15;
 *   4  5  6  7        the two grey corners 0 and 15 are terminal (no actions)
 *   8  9 10 11
 *  12 13 14  T
 * </pre>
 *
 * <p>Every other state has the four actions {@link #UP}, {@link #RIGHT}, {@link #DOWN}, {@link #LEFT}, which
 * move one cell deterministically; an action that would leave the grid leaves the state unchanged. Every
 * transition gives reward -1. The book does not discount (gamma = 1); under the equiprobable random policy
 * the value of a state is minus the expected number of steps to a terminal corner (Figure 4.1).
 */
public final class Gridworld {

    /** Action index: one row up. */
    public static final int UP = 0;
    /** Action index: one column right. */
    public static final int RIGHT = 1;
    /** Action index: one row down. */
    public static final int DOWN = 2;
    /** Action index: one column left. */
    public static final int LEFT = 3;

    /** Cells per side. */
    public static final int SIZE = 4;

    private Gridworld() {
    }

    /** The book's gridworld, undiscounted (gamma = 1). */
    public static Mdp fourByFour() {
        return fourByFour(1.0);
    }

    /** The book's gridworld with discount {@code gamma}. */
    public static Mdp fourByFour(double gamma) {
        int n = SIZE * SIZE;
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        for (int s = 0; s < n; s++) {
            if (s == 0 || s == n - 1) {
                p[s] = new double[0][];
                r[s] = new double[0][];
                continue;
            }
            p[s] = new double[4][n];
            r[s] = new double[4][n];
            for (int a = 0; a < 4; a++) {
                p[s][a][move(s, a)] = 1;
                Arrays.fill(r[s][a], -1);
            }
        }
        return Mdp.of(p, r, gamma);
    }

    /** The state reached from {@code s} by action {@code a} (the same state when the move would leave the grid). */
    public static int move(int s, int a) {
        int row = s / SIZE;
        int col = s % SIZE;
        switch (a) {
            case UP -> row = Math.max(row - 1, 0);
            case RIGHT -> col = Math.min(col + 1, SIZE - 1);
            case DOWN -> row = Math.min(row + 1, SIZE - 1);
            case LEFT -> col = Math.max(col - 1, 0);
            default -> throw new IllegalArgumentException("no action " + a);
        }
        return row * SIZE + col;
    }

    /** The state in {@code row} and {@code col}, both counted from 0. */
    public static int state(int row, int col) {
        return row * SIZE + col;
    }
}
