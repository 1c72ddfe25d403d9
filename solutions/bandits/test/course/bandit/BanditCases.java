package course.bandit;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated inputs of the hidden properties: reward lists and learning histories of small whole or tenth numbers. */
final class BanditCases {

    private BanditCases() {
    }

    /** One reward of one arm. */
    record Pull(int arm, double reward) {
        @Override
        public String toString() {
            return "arm " + arm + " pays " + NumberText.show(reward);
        }
    }

    /** The number of arms and the rewards the agent learns, in order. */
    record History(int arms, List<Pull> pulls) {
        @Override
        public String toString() {
            return arms + " arms, " + pulls;
        }
    }

    /** 1 to 12 rewards in [-5, 5] with one decimal. */
    static Arbitrary<List<Double>> rewards() {
        return CourseArbitraries.tenths(-5, 5).list().ofMinSize(1).ofMaxSize(12);
    }

    /** Step sizes that are exact binary fractions where possible, shrinking toward 1/2. */
    static Arbitrary<Double> alphas() {
        return Arbitraries.of(0.5, 0.25, 0.1, 0.8, 1.0);
    }

    /** 2 to 5 arms and 1 to 15 rewards of arms among them. */
    static Arbitrary<History> histories() {
        return CourseArbitraries.smallInts(2, 5).flatMap(arms -> Combinators.combine(
                        Arbitraries.integers().between(0, arms - 1), CourseArbitraries.tenths(-5, 5))
                .as(Pull::new).list().ofMinSize(1).ofMaxSize(15).map(pulls -> new History(arms, pulls)));
    }

    /**
     * The arms {@code agent} selects in 60 steps on one fixed table of rewards, so that only the agent's own
     * random numbers can make two runs differ.
     */
    static List<Integer> selections(Agent agent) {
        List<Integer> arms = new java.util.ArrayList<>();
        for (int t = 0; t < 60; t++) {
            int arm = agent.selectArm();
            arms.add(arm);
            agent.learn(arm, scriptedReward(17, arm, t));
        }
        return arms;
    }

    /** The same reward for the same arm and step in every run: a fixed pseudo-random table. */
    static double scriptedReward(long seed, int arm, int step) {
        return new SplittableRandom(seed * 1_000_003L + arm * 7919L + step).nextInt(-30, 31) / 10.0;
    }
}
