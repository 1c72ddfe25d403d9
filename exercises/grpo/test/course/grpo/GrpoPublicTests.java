package course.grpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A first check of each piece of GRPO on numbers you can do on paper. */
class GrpoPublicTests {

    @Test
    void advantagesOfTwoOutputs() {
        // rewards (1, 0): mean 0.5, population std 0.5
        assertThat(Grpo.advantages(new double[] {1, 0})).containsExactly(new double[] {1, -1}, within(1e-12));
        assertThat(Grpo.advantages(new double[] {1, 1})).as("all equal").containsExactly(0, 0);
    }

    @Test
    void clippedTerm() {
        // rho = 1.5, A = 1, eps = 0.2: min(1.5, 1.2) = 1.2, and the clip is active, so the slope is 0
        assertThat(Grpo.clippedTerm(1.5, 1, 0.2)).isCloseTo(1.2, within(1e-12));
        assertThat(Grpo.clippedTermSlope(1.5, 1, 0.2)).isZero();
    }

    @Test
    void klEstimateAndObjective() {
        assertThat(Grpo.klEstimate(-0.7, -0.7)).isZero();
        SampledOutput unchanged = new SampledOutput(new double[] {-1, -2}, new double[] {-1, -2}, new double[] {-1,
            -2});
        assertThat(Grpo.objective(List.of(unchanged), new double[] {0.5}, 0.2, 0.04)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rewards() {
        String completion = "<think>2 + 2 = 4</think> <answer>4</answer>";
        assertThat(Rewards.formatReward(completion)).isEqualTo(1.0);
        assertThat(Rewards.accuracyReward(completion, "4")).isEqualTo(1.0);
        assertThat(Rewards.formatReward("4")).isEqualTo(0.0);
    }
}
