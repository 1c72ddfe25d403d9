package course.mdp;

/**
 * The gambler's problem of Sutton and Barto, <i>Reinforcement Learning: An Introduction</i> (2nd ed.),
 * Example 4.3, as an {@link Mdp}.
 *
 * <p>A gambler holds capital {@code s} in {@code 1 .. 99} and bets a whole stake on a coin flip: heads (with
 * probability {@code p}) wins the stake, tails loses it. The episode ends at capital 0 (ruin) or 100 (goal); the
 * only reward is +1 on reaching 100, and there is no discount, so {@code v*(s)} is the highest probability of
 * reaching the goal from {@code s}.
 *
 * <p>States are the capitals {@code 0 .. 100}; 0 and 100 are terminal. In state {@code s} action {@code a}
 * stakes {@code a + 1}, for stakes {@code 1 .. min(s, 100 - s)}. The book also allows a stake of 0; it is left
 * out here because with {@code gamma = 1} betting nothing keeps {@code v(s)} unchanged, so it would tie with the
 * best stake in every state of {@code v*} while never reaching the goal.
 */
public final class GamblersProblem {

    /** The capital that ends the episode with a win. */
    public static final int GOAL = 100;

    private GamblersProblem() {
    }

    /** The MDP for a coin that comes up heads with probability {@code heads}, in {@code (0, 1)}. */
    public static Mdp of(double heads) {
        if (!(heads > 0 && heads < 1)) {
            throw new IllegalArgumentException("the probability of heads must be in (0, 1), got " + heads);
        }
        int n = GOAL + 1;
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        for (int s = 0; s < n; s++) {
            int stakes = s == 0 || s == GOAL ? 0 : Math.min(s, GOAL - s);
            p[s] = new double[stakes][n];
            r[s] = new double[stakes][n];
            for (int a = 0; a < stakes; a++) {
                int stake = stake(a);
                p[s][a][s + stake] += heads;
                p[s][a][s - stake] += 1 - heads;
                r[s][a][GOAL] = 1;
            }
        }
        return Mdp.of(p, r, 1.0);
    }

    /** The stake that action {@code a} bets. */
    public static int stake(int a) {
        return a + 1;
    }
}
