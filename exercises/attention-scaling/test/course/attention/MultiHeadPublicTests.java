package course.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class MultiHeadPublicTests {

    @Test
    void oneHeadWithIdentityProjectionsIsPlainSelfAttention() {
        Matrix x = Matrix.of(new double[][] {{1, 0}, {0, 2}, {1, 1}});
        Matrix id = Matrix.identity(2);
        Matrix wo = Matrix.of(new double[][] {{1, 0, 1}, {0, 1, 1}});
        MultiHeadWeights weights = new MultiHeadWeights(List.of(id), List.of(id), List.of(id), wo);
        Matrix out = MultiHeadAttention.apply(x, weights, false);
        assertThat(out.shape()).as("output shape: tokens x d_out (the columns of W_o)").isEqualTo("3 x 3");
        Matrix expected = Attention.scaledDotProductAttention(x, x, x, false).output().multiply(wo);
        for (int i = 0; i < 3; i++) {
            assertThat(out.row(i)).as("row %d: one head with identity projections, then W_o", i)
                    .containsExactly(expected.row(i), within(1e-9));
        }
    }
}
