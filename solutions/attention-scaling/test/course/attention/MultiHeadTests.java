package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Rejections;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class MultiHeadTests {

    /** 3 tokens, d_model = 2, two heads with d_k = 2 and d_v = 1, d_out = 3 (not h*d_v = 2). */
    private static MultiHeadWeights twoHeads() {
        Matrix swap = Matrix.of(new double[][] {{0, 1}, {1, 0}});
        return new MultiHeadWeights(
                List.of(Matrix.identity(2), swap.scale(2)),
                List.of(Matrix.identity(2), Matrix.identity(2)),
                List.of(Matrix.of(new double[][] {{1}, {0}}), Matrix.of(new double[][] {{0}, {3}})),
                Matrix.of(new double[][] {{1, 0, 2}, {0, -1, 1}}));
    }

    @Test
    @Points(1)
    @DependsOn("AttentionTests.attentionOnKnownExample")
    @Hint(value = "Multi-head attention: head i attends with its own projections X W_q[i], X W_k[i], X W_v[i]; the "
            + "head outputs are concatenated in head order (n x h*d_v) and multiplied by W_o (h*d_v x d_out). "
            + "Forgetting W_o leaves h*d_v columns instead of d_out.",
            zh = "多头注意力：第 i 个头用自己的投影 X W_q[i]、X W_k[i]、X W_v[i] 做注意力；各头输出按头的顺序拼接"
                    + "（n x h*d_v），再乘以 W_o（h*d_v x d_out）。忘了 W_o 时输出是 h*d_v 列而不是 d_out 列。")
    void multiHeadOnKnownExample() {
        Matrix x = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, -1}});
        MultiHeadWeights w = twoHeads();
        double[][] actual = MultiHeadAttention.apply(x, w, false).toArray();
        Optional<String> problem = Approx.difference("output", actual, MultiHead.expected(x, w, false),
                Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("multi-head output (expected = concat of your own attention heads, times "
                        + "W_o, d_out = 3 columns): %s%s%s", problem.orElse(""),
                Mistakes.withoutOutputProjection(x, w, false, actual),
                Mistakes.multiHead(x, w, false, actual).explain()).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "MultiHeadAttention.apply throws IllegalArgumentException when X does not have d_model columns "
            + "(the number of rows of every projection W_q[i], W_k[i], W_v[i]).",
            zh = "当 X 的列数不是 d_model（每个投影 W_q[i]、W_k[i]、W_v[i] 的行数）时，MultiHeadAttention.apply 要抛出 "
                    + "IllegalArgumentException。")
    void multiHeadRejectsAnInputOfTheWrongWidth() {
        Optional<String> problem = new Rejections()
                .mustThrow(IllegalArgumentException.class, "apply with X of 3 columns and d_model = 2",
                        () -> MultiHeadAttention.apply(Matrix.zeros(3, 3), twoHeads(), false))
                .mustThrow(IllegalArgumentException.class, "apply with X of 1 column and d_model = 2 (causal)",
                        () -> MultiHeadAttention.apply(Matrix.zeros(3, 1), twoHeads(), true))
                .problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
