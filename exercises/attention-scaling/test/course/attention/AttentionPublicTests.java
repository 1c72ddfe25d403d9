package course.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class AttentionPublicTests {

    @Test
    void scoresAreDividedBySqrtOfDk() {
        // d_k = 4: the raw scores 8 and 0 become 4 and 0 after dividing by sqrt(4) = 2.
        Matrix q = Matrix.of(new double[][] {{2, 2, 2, 2}});
        Matrix k = Matrix.of(new double[][] {{1, 1, 1, 1}, {0, 0, 0, 0}});
        Matrix v = Matrix.of(new double[][] {{10}, {0}});
        AttentionResult result = Attention.scaledDotProductAttention(q, k, v, false);
        double e4 = Math.exp(4);
        assertThat(result.weights().row(0)).as("weights of softmax([8, 0] / sqrt(4))")
                .containsExactly(new double[] {e4 / (1 + e4), 1 / (1 + e4)}, within(1e-9));
        assertThat(result.output().get(0, 0)).as("output = weights V").isCloseTo(10 * e4 / (1 + e4), within(1e-9));
    }

    @Test
    void causalMaskHidesTheFuture() {
        Matrix x = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
        Matrix v = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        Matrix w = Attention.scaledDotProductAttention(x, x, v, true).weights();
        assertThat(w.get(0, 0)).as("the first token sees only itself").isCloseTo(1.0, within(1e-9));
        assertThat(w.get(0, 1)).as("token 0 must not see token 1").isEqualTo(0.0);
        assertThat(w.get(0, 2)).as("token 0 must not see token 2").isEqualTo(0.0);
        assertThat(w.get(1, 2)).as("token 1 must not see token 2").isEqualTo(0.0);
        for (int i = 0; i < 3; i++) {
            double sum = w.get(i, 0) + w.get(i, 1) + w.get(i, 2);
            assertThat(sum).as("row %d of the attention matrix sums to 1", i).isCloseTo(1.0, within(1e-9));
        }
    }
}
