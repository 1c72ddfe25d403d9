package course.mdp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

/**
 * The usual wrong answers of this exercise, computed on the test's own input, for {@link Diagnosis}: it names one
 * only when the student's numbers match it and the input tells it apart from the right answer.
 */
final class Mistakes {

    private Mistakes() {
    }

    /**
     * State values: a max over actions, pi ignored, unweighted rewards, the wrong transition's reward, no future.
     * {@code iterative} says that the values come from {@code evaluate}, where r_pi is also what a single sweep from
     * 0 gives, so that the diagnosis names both causes.
     */
    static Diagnosis values(Mdp mdp, Policy pi, double[] actual, double[] correct, Tolerance tolerance,
                            boolean iterative) {
        return Diagnosis.of(actual, correct, tolerance)
                .mistake("they are v*, what a max over the actions computes (value iteration), not v_pi, which "
                        + "averages over the actions with the weights pi(a|s)", () -> MdpOracle.optimalValues(mdp))
                .mistake("they are the values of the uniform policy: the probabilities pi(a|s) are ignored",
                        () -> MdpOracle.values(mdp, Policy.uniform(mdp)))
                .mistake("the rewards R(s,a,s') are added up without the weights P(s'|s,a)",
                        () -> MdpOracle.values(unweightedRewards(mdp), pi))
                .mistake("the reward used is R(s,a,s) of the current state instead of R(s,a,s') of the next state",
                        () -> MdpOracle.values(rewardOfCurrentState(mdp), pi))
                .mistake(iterative ? "they are r_pi, the values after a single sweep from v = 0: either the sweeps "
                        + "stopped after the first one, or the discounted future gamma v(s') is missing from the backup"
                        : "they are r_pi, the expected immediate reward only: the discounted future gamma v(s') is "
                        + "missing", () -> MdpOracle.rewards(mdp, pi));
    }

    /** The reward vector of an MRP: rewards not weighted by P, actions not weighted by pi. */
    static Diagnosis mrpRewards(Mdp mdp, Policy pi, double[] actual) {
        return Diagnosis.of(actual, MdpOracle.rewards(mdp, pi), Tolerance.DEFAULT).called("r_pi values")
                .mistake("R(s,a,s') added up without the weights P(s'|s,a)",
                        () -> MdpOracle.rewards(unweightedRewards(mdp), pi))
                .mistake("every action weighted equally instead of by pi(a|s)",
                        () -> MdpOracle.rewards(mdp, Policy.uniform(mdp)))
                .mistake("the reward R(s,a,s) of the current state instead of R(s,a,s') of the next state",
                        () -> MdpOracle.rewards(rewardOfCurrentState(mdp), pi));
    }

    /** Action values from state values: no reward, no gamma, no future, unweighted rewards, the wrong reward. */
    static Diagnosis q(Mdp mdp, double[] v, double[][] actual, double[][] correct) {
        return Diagnosis.of(actual, correct, Tolerance.DEFAULT).called("q values")
                .mistakeMatrix("the reward R(s,a,s') is missing",
                        () -> MdpOracle.q(MdpOracle.withRewards(mdp, (s, a, next) -> 0), v))
                .mistakeMatrix("gamma is missing in front of v(s')", () -> MdpOracle.q(mdp.withGamma(1), v))
                .mistakeMatrix("the future value gamma v(s') is missing", () -> MdpOracle.q(mdp.withGamma(0), v))
                .mistakeMatrix("the rewards are added up without the weights P(s'|s,a)",
                        () -> MdpOracle.q(unweightedRewards(mdp), v))
                .mistakeMatrix("the reward used is R(s,a,s) instead of R(s,a,s')",
                        () -> MdpOracle.q(rewardOfCurrentState(mdp), v))
                .mistakeMatrix("v(s) of the current state is used instead of v(s') of the next state",
                        () -> currentStateValue(mdp, v));
    }

    /** State values from action values: a max, a plain mean, a plain sum. */
    static Diagnosis vFromQ(Policy pi, double[][] q, double[] actual, double[] correct) {
        double[] max = new double[q.length];
        double[] mean = new double[q.length];
        double[] sum = new double[q.length];
        for (int s = 0; s < q.length; s++) {
            max[s] = q[s].length == 0 ? 0 : Arrays.stream(q[s]).max().getAsDouble();
            mean[s] = q[s].length == 0 ? 0 : Arrays.stream(q[s]).average().getAsDouble();
            sum[s] = Arrays.stream(q[s]).sum();
        }
        return Diagnosis.of(actual, correct, Tolerance.DEFAULT)
                .mistake("v(s) = max_a q(s,a) is the greedy (optimal) value, not the value of pi", () -> max)
                .mistake("every action weighted equally: pi(a|s) is ignored", () -> mean)
                .mistake("the q values are added up without the weights pi(a|s)", () -> sum);
    }

    /** {@code v_0 = 0, v_1, ..., v_sweeps} of synchronous sweeps from 0. */
    static List<double[]> trajectory(Mdp mdp, Policy pi, int sweeps) {
        List<double[]> out = new ArrayList<>();
        double[] v = new double[mdp.stateCount()];
        out.add(v);
        for (int k = 0; k < sweeps; k++) {
            v = MdpOracle.backup(mdp, pi, v);
            out.add(v);
        }
        return out;
    }

    /**
     * For an MDP whose states are independent (every update order gives the same sweeps): a sentence naming the
     * one number of sweeps after which the uniform policy's values equal {@code actual}, or "" if there is no such
     * number or several.
     */
    static String sweeps(Mdp mdp, double[] actual, int maxSweeps) {
        Policy pi = Policy.uniform(mdp);
        List<Integer> matches = new ArrayList<>();
        double[] v = new double[mdp.stateCount()];
        for (int k = 1; k <= maxSweeps && matches.size() < 2; k++) {
            v = MdpOracle.backup(mdp, pi, v);
            if (Approx.close(actual, v, Tolerance.DEFAULT)) {
                matches.add(k);
            }
        }
        return matches.size() == 1 ? "\nYour values are those after exactly " + matches.get(0) + " sweep"
                + (matches.get(0) == 1 ? "" : "s") + "." : "";
    }

    /** {@code sum_s'' R(s,a,s'')}: the rewards added up without weighting them by {@code P(s''|s,a)}. */
    private static Mdp unweightedRewards(Mdp mdp) {
        return MdpOracle.withRewards(mdp, (s, a, next) -> {
            double sum = 0;
            for (int k = 0; k < mdp.stateCount(); k++) {
                sum += mdp.reward(s, a, k);
            }
            return sum;
        });
    }

    /** {@code R(s,a,s)}: the reward of the wrong transition (as if the step stayed in {@code s}). */
    private static Mdp rewardOfCurrentState(Mdp mdp) {
        return MdpOracle.withRewards(mdp, (s, a, next) -> mdp.reward(s, a, s));
    }

    /** {@code sum_s' P(s'|s,a) [R(s,a,s') + gamma v(s)]} = the expected reward plus {@code gamma v(s)}. */
    private static double[][] currentStateValue(Mdp mdp, double[] v) {
        double[][] q = MdpOracle.q(mdp.withGamma(0), v);
        for (int s = 0; s < q.length; s++) {
            for (int a = 0; a < q[s].length; a++) {
                q[s][a] += mdp.gamma() * v[s];
            }
        }
        return q;
    }
}
