package course.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** A first check of every class on numbers you can follow on paper. */
class BanditsPublicTests {

    @Test
    void sampleAverageOfThreeRewards() {
        double q = 0;
        q = Estimates.sampleAverage(q, 1, 1);
        q = Estimates.sampleAverage(q, 2, 2);
        q = Estimates.sampleAverage(q, 6, 3);
        assertThat(q).as("the average of 1, 2, 6").isCloseTo(3, within(1e-12));
    }

    @Test
    void recencyWeightsOfTwoRewards() {
        assertThat(Estimates.recencyWeights(0.5, 2)).as("weights of Q_1, R_1, R_2 for alpha = 1/2")
                .containsExactly(new double[] {0.25, 0.25, 0.5}, within(1e-12));
    }

    @Test
    void greedyAgentWithTiedEstimates() {
        EpsilonGreedy agent = new EpsilonGreedy(3, 0, 0, StepSize.sampleAverage(), new SplittableRandom(1));
        assertThat(agent.selectArm()).as("all estimates 0: the lowest index").isZero();
        agent.learn(0, -1);
        assertThat(agent.selectArm()).as("arm 0 disappointed: arms 1 and 2 tie at 0").isEqualTo(1);
    }

    @Test
    void ucbTriesEveryArmFirst() {
        Ucb agent = new Ucb(3, 2);
        for (int expected = 0; expected < 3; expected++) {
            int arm = agent.selectArm();
            assertThat(arm).as("selection %d", expected + 1).isEqualTo(expected);
            agent.learn(arm, 1);
        }
        assertThat(agent.scores()[0]).as("Q + 2 sqrt(ln 4 / 1)").isCloseTo(1 + 2 * Math.sqrt(Math.log(4)), within(1e-9));
    }

    @Test
    void gradientBanditKeepsTheSumOfPreferences() {
        GradientBandit agent = new GradientBandit(3, 0.1, false, new SplittableRandom(1));
        agent.learn(1, 2);
        double[] h = agent.preferences();
        assertThat(h[0] + h[1] + h[2]).as("sum of the preferences").isCloseTo(0, within(1e-12));
        assertThat(h[1]).as("H(1) = 0.1 * 2 * (1 - 1/3)").isCloseTo(0.1 * 2 * (2.0 / 3), within(1e-12));
        double[] p = agent.probabilities();
        assertThat(p[0] + p[1] + p[2]).as("the probabilities add up to 1").isCloseTo(1, within(1e-12));
    }
}
