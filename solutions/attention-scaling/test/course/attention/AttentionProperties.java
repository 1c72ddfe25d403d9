package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

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

    @Property(tries = 60)
    @Points(2)
    @DependsOn("SoftmaxTests.softmaxOfKnownLogits")
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
        Optional<String> problem = Approx.difference("weights", weights, expected, Tolerance.DEFAULT)
                .map(d -> d + Mistakes.weights(c.q(), c.k(), c.v(), c.causal(), weights).explain())
                .or(() -> Approx.difference("output", result.output().toArray(), Oracle.times(expected, c.v()),
                        Tolerance.DEFAULT).map(d -> "the weights are right but the output is not weights V: " + d));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
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
        Optional<String> problem = Optional.empty();
        if (weights.length != n || weights[0].length != m) {
            problem = Optional.of("the attention matrix is " + weights.length + " x " + weights[0].length
                    + ", expected " + n + " x " + m + " (queries x keys)");
        }
        for (int i = 0; i < n && problem.isEmpty(); i++) {
            int row = i;
            for (int j = 0; j < m && problem.isEmpty(); j++) {
                if (!(weights[i][j] >= 0)) {
                    problem = Optional.of("attention weight [" + i + "][" + j + "] is " + weights[i][j]
                            + ", but weights are probabilities (>= 0)");
                }
            }
            problem = problem.or(() -> Approx.difference("the sum of row " + row + " of the attention matrix",
                    Arrays.stream(weights[row]).sum(), 1, Tolerance.DEFAULT)
                    .map(d -> d + " (row: " + NumberText.show(weights[row]) + ")"
                            + Mistakes.weights(c.q(), c.k(), c.v(), c.causal(), weights).explain()));
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "Output row i is sum_j weights[i][j] V[j]: a convex combination of the value rows (weights >= 0 "
            + "summing to 1), so every output entry lies between the smallest and the largest entry of its V "
            + "column. Multiply the weights by V (not K, not the transposed weights).",
            zh = "输出第 i 行是 sum_j weights[i][j] V[j]：值向量的凸组合（权重 >= 0 且和为 1），"
                    + "所以每个输出元素都在 V 对应列的最小值和最大值之间。用权重乘 V（不是 K，也不是转置的权重）。")
    void outputIsConvexCombinationOfValues(@ForAll("anyAttention") AttentionCase c) {
        AttentionResult result = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), c.causal());
        double[][] out = result.output().toArray();
        Optional<String> problem = Optional.empty();
        if (out.length != c.q().rows() || out[0].length != c.v().cols()) {
            problem = Optional.of("the output is " + out.length + " x " + out[0].length + ", expected "
                    + c.q().rows() + " x " + c.v().cols() + " (queries x d_v)");
        }
        for (int col = 0; col < c.v().cols() && problem.isEmpty(); col++) {
            double[] column = c.v().column(col);
            double lo = Arrays.stream(column).min().orElseThrow();
            double hi = Arrays.stream(column).max().orElseThrow();
            for (int i = 0; i < out.length && problem.isEmpty(); i++) {
                if (!(out[i][col] >= lo - 1e-9 && out[i][col] <= hi + 1e-9)) {
                    problem = Optional.of("output[" + i + "][" + col + "] = " + NumberText.show(out[i][col])
                            + " lies outside [" + NumberText.show(lo) + ", " + NumberText.show(hi) + "], the range "
                            + "of column " + col + " of V; a convex combination of the value rows cannot leave it");
                }
            }
        }
        problem = problem.or(() -> Approx.difference("output", out, Oracle.times(result.weights().toArray(), c.v()),
                Tolerance.DEFAULT).map(d -> "the output is not (your weights) x V: " + d));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("weightsAreSoftmaxOfScaledScores")
    @Hint(value = "Causal mask: weights[i][j] must be exactly 0 for every future key j > i, and the past keys "
            + "j <= i share the whole row (the row is the softmax over the scaled scores of keys 0..i only).",
            zh = "因果掩码：对每个未来的键 j > i，weights[i][j] 必须恰好为 0，而过去的键 j <= i 分享整行的权重"
                    + "（该行是只对键 0..i 的缩放分数做的 softmax）。")
    void causalMaskGivesFutureZeroWeight(@ForAll("causal") AttentionCase c) {
        double[][] weights = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), true).weights().toArray();
        // Compared with the student's own unmasked weights, renormalized over the past keys, so that a scaling
        // mistake is charged to weightsAreSoftmaxOfScaledScores only.
        double[][] full = Attention.scaledDotProductAttention(c.q(), c.k(), c.v(), false).weights().toArray();
        double[][] expected = new double[full.length][];
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < weights.length && problem.isEmpty(); i++) {
            double past = 0;
            for (int j = 0; j <= i; j++) {
                past += full[i][j];
            }
            expected[i] = new double[full[i].length];
            for (int j = 0; j < weights[i].length && problem.isEmpty(); j++) {
                if (j > i && weights[i][j] != 0.0) {
                    problem = Optional.of("query " + i + " gives weight " + weights[i][j] + " to the future key " + j
                            + "; with the causal mask it must be exactly 0");
                }
                expected[i][j] = j <= i ? full[i][j] / past : 0;
            }
        }
        problem = problem.or(() -> Approx.difference("causal weights", weights, expected, Tolerance.DEFAULT)
                        .map(d -> d + "\n  row i is the softmax over keys 0..i only, i.e. your unmasked row "
                                + "renormalized over those keys"))
                .map(d -> d + "\n  returned weights:\n" + NumberText.show(weights, "    ")
                        + Mistakes.weights(c.q(), c.k(), c.v(), true, weights).explain());
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
