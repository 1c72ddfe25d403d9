package course.bandit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The experiment of Sutton and Barto, Section 2.3: many independent runs, each on a new bandit problem with a new
 * agent, and at every step the reward and whether the arm was optimal, averaged over the runs.
 *
 * <p>Everything follows from {@code seed}: every run gets its own generator for the problem (true values and
 * rewards) and its own generator for the agent, split from one {@link SplittableRandom} in a fixed order. Two
 * agents run with the same seed therefore face the same problems and the same reward noise.
 */
public final class Experiment {

    /** Makes the bandit problem of one run from that run's generator. */
    @FunctionalInterface
    public interface Problems {
        /** A new problem drawn from {@code random}. */
        Testbed make(RandomGenerator random);
    }

    /** Makes the agent of one run. */
    @FunctionalInterface
    public interface Agents {
        /** A new agent for {@code arms} arms that draws its random numbers from {@code random} only. */
        Agent make(int arms, RandomGenerator random);
    }

    private Experiment() {
    }

    /**
     * Runs {@code runs} independent runs of {@code steps} steps: in each step the agent selects an arm, the
     * problem pays its reward, the agent learns from it.
     *
     * @throws IllegalArgumentException if {@code runs} or {@code steps} is below 1, or an agent selects an arm
     *                                  that does not exist
     */
    public static Curves run(int runs, int steps, long seed, Problems problems, Agents agents) {
        if (runs < 1 || steps < 1) {
            throw new IllegalArgumentException("need at least one run and one step, got " + runs + " and " + steps);
        }
        double[] rewardSum = new double[steps];
        double[] rewardSquares = new double[steps];
        double[] optimalCount = new double[steps];
        SplittableRandom master = new SplittableRandom(seed);
        for (int run = 0; run < runs; run++) {
            Testbed problem = problems.make(master.split());
            Agent agent = agents.make(problem.arms(), master.split());
            for (int t = 0; t < steps; t++) {
                int arm = agent.selectArm();
                if (arm < 0 || arm >= problem.arms()) {
                    throw new IllegalArgumentException("the agent selected arm " + arm + " at step " + (t + 1)
                            + ", but the arms are 0.." + (problem.arms() - 1));
                }
                double reward = problem.pull(arm);
                if (problem.isOptimal(arm)) {
                    optimalCount[t]++;
                }
                agent.learn(arm, reward);
                rewardSum[t] += reward;
                rewardSquares[t] += reward * reward;
            }
        }
        double[] reward = new double[steps];
        double[] rewardError = new double[steps];
        double[] optimal = new double[steps];
        double[] optimalError = new double[steps];
        for (int t = 0; t < steps; t++) {
            reward[t] = rewardSum[t] / runs;
            rewardError[t] = standardError(rewardSum[t], rewardSquares[t], runs);
            double share = optimalCount[t] / runs;
            optimal[t] = 100 * share;
            // An indicator's square is itself, so its sum of squares is its count.
            optimalError[t] = 100 * standardError(optimalCount[t], optimalCount[t], runs);
        }
        return new Curves(runs, reward, rewardError, optimal, optimalError);
    }

    private static double standardError(double sum, double squares, int n) {
        if (n < 2) {
            return 0;
        }
        double variance = Math.max(0, (squares - sum * sum / n) / (n - 1));
        return Math.sqrt(variance / n);
    }
}
