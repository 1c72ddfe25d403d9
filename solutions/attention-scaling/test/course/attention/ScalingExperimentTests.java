package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

/**
 * The measured reason for the 1/sqrt(d_k): a seeded experiment on random queries and keys whose components are
 * independent, zero-mean and unit-variance, so that q.k has variance d_k.
 */
class ScalingExperimentTests {

    private static final int TOKENS = 16;
    private static final int TRIALS = 8;
    private static final int[] KEY_DIMS = {4, 16, 64, 256, 1024};
    private static final long SEED = 20170612L; // fixed: the experiment is the same in every run

    @Test
    @Points(2)
    @DependsOn("AttentionProperties.weightsAreSoftmaxOfScaledScores")
    @Hint(value = "With q, k of unit-variance components q.k has variance d_k; dividing by sqrt(d_k) brings the "
            + "logits back to variance 1, so the attention rows keep roughly the same entropy (about 2.35 nats "
            + "for 16 keys) for every d_k. Without the scaling they collapse toward one-hot as d_k grows; dividing "
            + "by d_k flattens them toward uniform (ln 16 = 2.77).",
            zh = "q、k 各分量方差为 1 时，q.k 的方差为 d_k；除以 sqrt(d_k) 让 logit 的方差回到 1，所以对任何 d_k，"
                    + "注意力行的熵大致不变（16 个键时约 2.35 nats）。不缩放时随 d_k 增大会塌缩成接近 one-hot；"
                    + "除以 d_k 则会被压平成接近均匀分布（ln 16 = 2.77）。")
    void scalingKeepsAttentionEntropyAsDkGrows() {
        Random random = new Random(SEED);
        double lnKeys = Math.log(TOKENS);
        Matrix[][] queries = new Matrix[KEY_DIMS.length][TRIALS];
        Matrix[][] keys = new Matrix[KEY_DIMS.length][TRIALS];
        for (int d = 0; d < KEY_DIMS.length; d++) {
            for (int t = 0; t < TRIALS; t++) {
                queries[d][t] = Oracle.gaussian(random, TOKENS, KEY_DIMS[d]);
                keys[d][t] = Oracle.gaussian(random, TOKENS, KEY_DIMS[d]);
            }
        }
        Matrix v = Matrix.zeros(TOKENS, 1);
        double[] scaled = new double[KEY_DIMS.length];
        for (int d = 0; d < KEY_DIMS.length; d++) {
            for (int t = 0; t < TRIALS; t++) {
                scaled[d] += meanRowEntropy(
                        Attention.scaledDotProductAttention(queries[d][t], keys[d][t], v, false).weights()) / TRIALS;
            }
        }
        for (int d = 0; d < KEY_DIMS.length; d++) {
            assertThat(scaled[d])
                    .withFailMessage("mean entropy of your attention rows at d_k = %d is %.3f nats; with the "
                            + "1/sqrt(d_k) scaling it stays between %.2f and %.2f for every d_k (unit-variance "
                            + "logits). %s%s", KEY_DIMS[d], scaled[d], lnKeys - 0.8, lnKeys - 0.2,
                            scaled[d] < lnKeys - 0.8 ? "Too low: the logits are too large (no scaling?)."
                                    : "Too high: the logits are shrunk too much (dividing by d_k?).",
                            table(scaled, null))
                    .isBetween(lnKeys - 0.8, lnKeys - 0.2);
        }
        // Q * sqrt(d_k) cancels the scaling: the same call then measures unscaled attention.
        double[] unscaled = new double[KEY_DIMS.length];
        for (int d = 0; d < KEY_DIMS.length; d++) {
            for (int t = 0; t < TRIALS; t++) {
                unscaled[d] += meanRowEntropy(Attention.scaledDotProductAttention(
                        queries[d][t].scale(Math.sqrt(KEY_DIMS[d])), keys[d][t], v, false).weights()) / TRIALS;
            }
        }
        String table = table(scaled, unscaled);
        for (int d = 1; d < KEY_DIMS.length; d++) {
            assertThat(unscaled[d]).withFailMessage("without the scaling the entropy should fall as d_k grows and "
                    + "stay well below the scaled one, but at d_k = %d it is %.3f%s", KEY_DIMS[d], unscaled[d], table)
                    .isLessThan(Math.min(unscaled[d - 1], scaled[d] - 1.0));
        }
    }

    @Test
    @Points(1)
    @DependsOn("SoftmaxProperties.softmaxJacobianEntriesAreAtMostOneQuarter")
    @Hint(value = "Why the scaling matters for training: the softmax Jacobian p_i (delta_ij - p_j) goes to 0 as the "
            + "softmax saturates. On unscaled logits with large d_k the largest Jacobian entry is tiny, so almost no "
            + "gradient flows back: 'small softmax gradients', not overflow, is the reason for 1/sqrt(d_k).",
            zh = "缩放为什么影响训练：softmax 饱和时其雅可比矩阵 p_i (delta_ij - p_j) 趋于 0。d_k 很大且不缩放时，"
                    + "最大的雅可比元素也很小，几乎没有梯度回传：1/sqrt(d_k) 的原因是“softmax 梯度过小”，而不是溢出。")
    void unscaledLogitsShrinkSoftmaxGradients() {
        Random random = new Random(SEED + 1);
        for (int dk : new int[] {256, 1024}) {
            double scaled = 0;
            double unscaled = 0;
            for (int t = 0; t < TRIALS; t++) {
                double[][] scores = Oracle.scores(Oracle.gaussian(random, TOKENS, dk),
                        Oracle.gaussian(random, TOKENS, dk));
                for (double[] row : scores) {
                    double[] rowScaled = row.clone();
                    for (int j = 0; j < rowScaled.length; j++) {
                        rowScaled[j] /= Math.sqrt(dk);
                    }
                    scaled += maxAbs(Attention.softmaxJacobian(rowScaled));
                    unscaled += maxAbs(Attention.softmaxJacobian(row.clone()));
                }
            }
            scaled /= TRIALS * TOKENS;
            unscaled /= TRIALS * TOKENS;
            assertThat(scaled).withFailMessage("at d_k = %d the mean largest |Jacobian entry| of softmax on scaled "
                    + "logits is %.4f; it should be well above 0.1 (a healthy gradient)", dk, scaled)
                    .isGreaterThan(0.1);
            assertThat(unscaled).withFailMessage("at d_k = %d the mean largest |Jacobian entry| of softmax on "
                    + "unscaled logits is %.4f vs %.4f scaled; it should be less than half: saturated softmax has "
                    + "vanishing gradients", dk, unscaled, scaled).isLessThan(scaled / 2);
        }
    }

    private static double meanRowEntropy(Matrix weights) {
        double sum = 0;
        for (int i = 0; i < weights.rows(); i++) {
            sum += Oracle.entropy(weights.row(i));
        }
        return sum / weights.rows();
    }

    private static double maxAbs(double[][] a) {
        double max = 0;
        for (double[] row : a) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        return max;
    }

    private static String table(double[] scaled, double[] unscaled) {
        StringBuilder sb = new StringBuilder("\n  d_k    entropy with your attention");
        if (unscaled != null) {
            sb.append("    with Q*sqrt(d_k) (cancels the scaling)");
        }
        for (int d = 0; d < KEY_DIMS.length; d++) {
            sb.append(String.format("%n  %-6d %.3f", KEY_DIMS[d], scaled[d]));
            if (unscaled != null) {
                sb.append(String.format("%27.3f", unscaled[d]));
            }
        }
        return sb.toString();
    }
}
