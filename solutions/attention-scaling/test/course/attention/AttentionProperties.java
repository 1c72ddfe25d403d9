package course.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.attention.Generators.AttentionCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AttentionProperties {

    @Provide
    Arbitrary<AttentionCase> anyAttention() {
        return Generators.attentionCases(1, 1);
    }

    @Provide
    Arbitrary<AttentionCase> severalKeysWideHeads() {
        return Generators.attentionCases(2, 2);
    }

    @Provide
    Arbitrary<AttentionCase> causal() {
        return Generators.causalCases();
    }

    @Property
    @Points(2)
    @Hint(value = "Each attention row must be softmax(q_i . k_j / sqrt(d_k)) over the keys j, where d_k is the "
            + "number of columns of Q and K. Without the 1/sqrt(d_k) the logits' variance grows with d_k and the "
            + "softmax saturates; 1/d_k over-shrinks them; d_v or the number of tokens is not the scale.",
            zh = "注意力矩阵的每一行必须是对所有键 j 的 softmax(q_i . k_j / sqrt(d_k))，d_k 是 Q 和 K 的列数。"
                    + "不乘 1/sqrt(d_k) 时 logit 的方差随 d_k 增长、softmax 饱和；除以 d_k 又缩得太多；"
                    + "d_v 或 token 数都不是缩放因子。")
    void weightsAreSoftmaxOfScaledScores(@ForAll("severalKeysWideHeads") AttentionCase c) {
        AttentionResult result = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), c.causal());
        double[][] weights = result.weights().toArray();
        double[][] expected = Oracle.weights(c.q(), c.k(), c.causal());
        String diff = Oracle.firstDifference("weights", weights, expected);
        assertThat(diff).withFailMessage("%s%s", diff,
                diff == null ? "" : Oracle.diagnose(c.q(), c.k(), c.v(), c.causal(), weights)).isNull();
        String outDiff = Oracle.firstDifference("output", result.output().toArray(), Oracle.times(expected, c.v()));
        assertThat(outDiff).withFailMessage("the weights are right but the output is not weights V: %s", outDiff)
                .isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "The attention matrix is n x m (queries x keys), its entries are >= 0 and every ROW sums to 1: "
            + "each query spreads one unit of attention over the keys. A softmax over the columns, or a mask "
            + "applied after the softmax, breaks this.",
            zh = "注意力矩阵是 n x m（查询数 x 键数），元素 >= 0，且每一行和为 1：每个查询把一份注意力分配给所有键。"
                    + "按列做 softmax，或在 softmax 之后再掩码，都会破坏这一点。")
    void attentionRowsSumToOne(@ForAll("anyAttention") AttentionCase c) {
        double[][] weights = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), c.causal()).weights().toArray();
        int n = c.q().rows();
        int m = c.k().rows();
        assertThat(weights.length + " x " + weights[0].length)
                .as("shape of the attention matrix for %d queries and %d keys", n, m).isEqualTo(n + " x " + m);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                assertThat(weights[i][j]).withFailMessage("attention weight [%d][%d] is %s, but weights are "
                        + "probabilities (>= 0)", i, j, weights[i][j]).isGreaterThanOrEqualTo(0.0);
                sum += weights[i][j];
            }
            assertThat(sum).withFailMessage("row %d of the attention matrix sums to %s, expected 1 (row: %s)%s",
                    i, sum, Arrays.toString(weights[i]), Oracle.diagnose(c.q(), c.k(), c.v(), c.causal(), weights))
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Property
    @Points(1)
    @Hint(value = "Output row i is sum_j weights[i][j] V[j]: a convex combination of the value rows (weights >= 0 "
            + "summing to 1), so every output entry lies between the smallest and the largest entry of its V "
            + "column. Multiply the weights by V (not K, not the transposed weights).",
            zh = "输出第 i 行是 sum_j weights[i][j] V[j]：值向量的凸组合（权重 >= 0 且和为 1），"
                    + "所以每个输出元素都在 V 对应列的最小值和最大值之间。用权重乘 V（不是 K，也不是转置的权重）。")
    void outputIsConvexCombinationOfValues(@ForAll("anyAttention") AttentionCase c) {
        AttentionResult result = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), c.causal());
        double[][] out = result.output().toArray();
        assertThat(out.length + " x " + out[0].length).as("shape of the output (queries x d_v)")
                .isEqualTo(c.q().rows() + " x " + c.v().cols());
        for (int col = 0; col < c.v().cols(); col++) {
            double[] column = c.v().column(col);
            double lo = Arrays.stream(column).min().orElseThrow();
            double hi = Arrays.stream(column).max().orElseThrow();
            for (int i = 0; i < out.length; i++) {
                assertThat(out[i][col])
                        .withFailMessage("output[%d][%d] = %s lies outside [%s, %s], the range of column %d of V; "
                                + "a convex combination of the value rows cannot leave it", i, col, out[i][col], lo,
                                hi, col)
                        .isBetween(lo - 1e-9, hi + 1e-9);
            }
        }
        String diff = Oracle.firstDifference("output", out, Oracle.times(result.weights().toArray(), c.v()));
        assertThat(diff).withFailMessage("the output is not (your weights) x V: %s", diff).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "Causal mask: weights[i][j] must be exactly 0 for every future key j > i, and the past keys "
            + "j <= i share the whole row (the row is the softmax over the scaled scores of keys 0..i only).",
            zh = "因果掩码：对每个未来的键 j > i，weights[i][j] 必须恰好为 0，而过去的键 j <= i 分享整行的权重"
                    + "（该行是只对键 0..i 的缩放分数做的 softmax）。")
    void causalMaskGivesFutureZeroWeight(@ForAll("causal") AttentionCase c) {
        double[][] weights = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), true).weights().toArray();
        for (int i = 0; i < weights.length; i++) {
            for (int j = i + 1; j < weights[i].length; j++) {
                assertThat(weights[i][j])
                        .withFailMessage("query %d gives weight %s to the future key %d; with the causal mask it "
                                + "must be exactly 0 (weights:%s)%s", i, weights[i][j], j, Oracle.show(weights),
                                Oracle.diagnose(c.q(), c.k(), c.v(), true, weights))
                        .isEqualTo(0.0);
            }
        }
        // Compared with the student's own unmasked weights, renormalized over the past keys, so that a scaling
        // mistake is charged to weightsAreSoftmaxOfScaledScores only.
        double[][] full = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), false).weights().toArray();
        for (int i = 0; i < weights.length; i++) {
            double past = 0;
            for (int j = 0; j <= i; j++) {
                past += full[i][j];
            }
            for (int j = 0; j <= i; j++) {
                double expected = full[i][j] / past;
                assertThat(weights[i][j])
                        .withFailMessage("causal weights[%d][%d] is %s, expected %s: row %d is the softmax over "
                                + "keys 0..%d only, i.e. your unmasked row renormalized over those keys "
                                + "(returned:%s)%s", i, j, weights[i][j], expected, i, i,
                                Oracle.show(weights), Oracle.diagnose(c.q(), c.k(), c.v(), true, weights))
                        .isCloseTo(expected, within(1e-9));
            }
        }
    }
}
