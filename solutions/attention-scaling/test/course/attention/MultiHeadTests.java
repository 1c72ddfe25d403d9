package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class MultiHeadTests {

    @Test
    @Points(1)
    @Hint(value = "Multi-head attention: head i attends with its own projections X W_q[i], X W_k[i], X W_v[i]; the "
            + "head outputs are concatenated in head order (n x h*d_v) and multiplied by W_o (h*d_v x d_out). "
            + "Forgetting W_o leaves h*d_v columns instead of d_out.",
            zh = "多头注意力：第 i 个头用自己的投影 X W_q[i]、X W_k[i]、X W_v[i] 做注意力；各头输出按头的顺序拼接"
                    + "（n x h*d_v），再乘以 W_o（h*d_v x d_out）。忘了 W_o 时输出是 h*d_v 列而不是 d_out 列。")
    void multiHeadOnKnownExample() {
        // 3 tokens, d_model = 2, two heads with d_k = 2 and d_v = 1, d_out = 3 (not h*d_v = 2).
        Matrix x = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, -1}});
        Matrix swap = Matrix.of(new double[][] {{0, 1}, {1, 0}});
        Matrix wo = Matrix.of(new double[][] {{1, 0, 2}, {0, -1, 1}});
        MultiHeadWeights w = new MultiHeadWeights(
                List.of(Matrix.identity(2), swap.scale(2)),
                List.of(Matrix.identity(2), Matrix.identity(2)),
                List.of(Matrix.of(new double[][] {{1}, {0}}), Matrix.of(new double[][] {{0}, {3}})),
                wo);
        double[][] actual = MultiHeadAttention.apply(x, w, false).toArray();
        assertThat(actual[0].length)
                .withFailMessage("the output has %d columns but W_o has d_out = 3 columns%s", actual[0].length,
                        MultiHead.diagnose(x, w, false, actual))
                .isEqualTo(3);
        String diff = Oracle.firstDifference("output", actual, MultiHead.expected(x, w, false));
        assertThat(diff).withFailMessage("multi-head output (expected = concat of your own attention heads, times "
                + "W_o): %s%s", diff, diff == null ? "" : MultiHead.diagnose(x, w, false, actual)).isNull();
    }
}
