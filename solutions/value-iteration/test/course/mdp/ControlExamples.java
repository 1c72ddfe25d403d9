package course.mdp;

/** The small MDPs of the fixed hidden tests, each solvable on paper. */
final class ControlExamples {

    private ControlExamples() {
    }

    /**
     * A chain for the stopping rules, gamma = 1/2, where every number stays an exact binary fraction:
     * <pre>
     * states 0, 1, 2: action 0 moves one state right (reward 0), action 1 stays (reward 1/4)
     * state 3:        one action, stays, reward 1         (v* = 2)
     * state 4:        one action, stays, reward 0         (its value never changes)
     * </pre>
     * Every state depends only on itself and the state to its right, so updating in place in the order 0..4 gives
     * exactly the numbers of two arrays. The largest change of a sweep happens in state 3, not in the last state.
     */
    static Mdp chain() {
        int n = 5;
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        for (int s = 0; s < 3; s++) {
            p[s] = new double[2][n];
            r[s] = new double[2][n];
            p[s][0][s + 1] = 1;
            p[s][1][s] = 1;
            r[s][1][s] = 0.25;
        }
        p[3] = new double[1][n];
        r[3] = new double[1][n];
        p[3][0][3] = 1;
        r[3][0][3] = 1;
        p[4] = new double[1][n];
        r[4] = new double[1][n];
        p[4][0][4] = 1;
        return Mdp.of(p, r, 0.5);
    }

    /**
     * Policy iteration by hand, gamma = 1/2:
     * <pre>
     * state 0: action 0 stays with reward 1;   action 1 moves to state 1 with reward 0
     * state 1: action 0 stays with reward 0;   action 1 stays with reward 4
     *
     * pi_0 = (0, 0): v = (2, 0);  greedy: q(0,.) = (2, 0), q(1,.) = (0, 4)   -> pi_1 = (0, 1)
     * pi_1 = (0, 1): v = (2, 8);  greedy: q(0,.) = (2, 4), q(1,.) = (4, 8)   -> pi_2 = (1, 1)
     * pi_2 = (1, 1): v = (4, 8);  greedy: q(0,.) = (3, 4), q(1,.) = (4, 8)   -> pi_2 again: stop
     * </pre>
     * Three evaluations; v* = (4, 8).
     */
    static Mdp threePolicies() {
        double[][][] p = {{{1, 0}, {0, 1}}, {{0, 1}, {0, 1}}};
        double[][][] r = {{{1, 0}, {0, 0}}, {{0, 0}, {0, 4}}};
        return Mdp.of(p, r, 0.5);
    }

    /**
     * Equally good actions by hand, gamma = 1/2: in state 0 actions 1 and 2 both lead to state 1 with reward 2
     * (q = 2 + 1/2 * 4 = 4), action 0 stays with reward 1 (q = 1 + 1/2 v(0)); state 1 stays with reward 2 (v = 4).
     * v* = (4, 4), and the greedy action in state 0 is 1, the lower of the two equally good ones.
     */
    static Mdp tiedActions() {
        double[][][] p = {{{1, 0}, {0, 1}, {0, 1}}, {{0, 1}}};
        double[][][] r = {{{1, 0}, {0, 2}, {0, 2}}, {{0, 2}}};
        return Mdp.of(p, r, 0.5);
    }
}
