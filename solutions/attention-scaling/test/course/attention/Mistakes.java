package course.attention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import course.linalg.Matrix;

/**
 * The usual wrong answers of this exercise, computed on the test's own input, for {@link Diagnosis}: it names one
 * only when the student's numbers match it and the input tells it apart from the right answer (a scale taken from
 * another dimension is only named when that dimension differs from d_k, a softmax over columns only on square
 * score matrices).
 */
final class Mistakes {

    private Mistakes() {
    }

    /** Attention weights: no or wrong scaling, the mask ignored, applied after the softmax or on the wrong side. */
    static Diagnosis weights(Matrix q, Matrix k, Matrix v, boolean causal, double[][] actual) {
        int dk = q.cols();
        Diagnosis d = Diagnosis.of(actual, Oracle.weights(q, k, causal), Tolerance.DEFAULT).called("weights")
                .mistakeMatrix("softmax(Q K^T) WITHOUT the scaling: divide the scores by sqrt(d_k) = sqrt(" + dk
                        + ")", () -> Oracle.weights(q, k, 1.0, causal))
                .mistakeMatrix("the scores are divided by d_k = " + dk + ", but the scale is 1/sqrt(d_k)",
                        () -> Oracle.weights(q, k, 1.0 / dk, causal))
                .mistakeMatrix("the scores are scaled by 1/sqrt(d_v) = 1/sqrt(" + v.cols() + "), but d_k is the "
                        + "number of columns of Q and K (" + dk + ")", () -> Oracle.weights(q, k,
                        1.0 / Math.sqrt(v.cols()), causal))
                .mistakeMatrix("the scores are scaled by 1/sqrt(" + k.rows() + "), the square root of the number of "
                        + "keys; d_k is the number of columns of Q and K (" + dk + ")", () -> Oracle.weights(q, k,
                        1.0 / Math.sqrt(k.rows()), causal))
                .mistakeMatrix("the softmax is taken over each COLUMN; it must normalize each ROW (one distribution "
                        + "over the keys per query)", () -> byColumn(q, k));
        if (causal) {
            d.mistakeMatrix("the causal mask is not applied: query i also sees the future keys j > i",
                            () -> Oracle.weights(q, k, false))
                    .mistakeMatrix("the full softmax with the future entries set to 0 AFTER the softmax, so rows no "
                            + "longer sum to 1: mask the logits with -Infinity BEFORE the softmax",
                            () -> maskedAfterSoftmax(q, k))
                    .mistakeMatrix("the mask hides the wrong triangle: query i may see keys j <= i (the past), never "
                            + "j > i", () -> pastMasked(q, k));
        }
        return d;
    }

    /**
     * Multi-head output, compared with what the student's own heads give: heads in reverse order, every head with
     * head 0's projections, the causal flag not passed to the heads.
     */
    static Diagnosis multiHead(Matrix x, MultiHeadWeights w, boolean causal, double[][] actual) {
        List<Matrix> heads = MultiHead.heads(x, w, causal);
        return Diagnosis.of(actual, MultiHead.expected(x, w, causal), Tolerance.DEFAULT).called("output values")
                .mistakeMatrix("the heads are concatenated in reverse order (head 0's columns come first)", () -> {
                    List<Matrix> reversed = new ArrayList<>(heads);
                    Collections.reverse(reversed);
                    return project(reversed, w);
                })
                .mistakeMatrix("every head used head 0's projections: head i must use W_q[i], W_k[i], W_v[i]",
                        () -> project(Collections.nCopies(w.heads(), heads.get(0)), w))
                .mistakeMatrix("the heads ignore the causal flag: every head must apply the mask when it is set",
                        () -> {
                            if (!causal) {
                                throw new IllegalArgumentException("only a causal layer can ignore its mask");
                            }
                            return MultiHead.expected(x, w, false);
                        });
    }

    /**
     * "The output is the heads' concatenation without W_o", a different shape from the right answer (which
     * {@link Diagnosis} does not compare), so it is checked on its own: named only when the numbers are exactly
     * that concatenation.
     */
    static String withoutOutputProjection(Matrix x, MultiHeadWeights w, boolean causal, double[][] actual) {
        double[][] concat = Matrix.concatColumns(MultiHead.heads(x, w, causal)).toArray();
        return Approx.close(actual, concat, Tolerance.DEFAULT) ? "\nThis is the concatenation of the heads WITHOUT "
                + "the output projection W_o: multiply it by W_o." : "";
    }

    private static double[][] project(List<Matrix> heads, MultiHeadWeights w) {
        return Oracle.times(Matrix.concatColumns(heads).toArray(), w.outputProjection());
    }

    private static double[][] byColumn(Matrix q, Matrix k) {
        double[][] s = Oracle.scores(q, k);
        if (s.length != s[0].length) {
            throw new IllegalArgumentException("a softmax over columns has the right shape only for square scores");
        }
        double[][] out = new double[s.length][s.length];
        for (int j = 0; j < s.length; j++) {
            double[] column = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                column[i] = s[i][j] / Math.sqrt(q.cols());
            }
            double[] p = Oracle.softmax(column);
            for (int i = 0; i < s.length; i++) {
                out[i][j] = p[i];
            }
        }
        return out;
    }

    private static double[][] maskedAfterSoftmax(Matrix q, Matrix k) {
        double[][] w = Oracle.weights(q, k, false);
        for (int i = 0; i < w.length; i++) {
            for (int j = i + 1; j < w[i].length; j++) {
                w[i][j] = 0;
            }
        }
        return w;
    }

    private static double[][] pastMasked(Matrix q, Matrix k) {
        double[][] s = Oracle.scores(q, k);
        double[][] w = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            double[] logits = new double[s[i].length];
            for (int j = 0; j < logits.length; j++) {
                logits[j] = j < i ? Double.NEGATIVE_INFINITY : s[i][j] / Math.sqrt(q.cols());
            }
            w[i] = Oracle.softmax(logits);
        }
        return w;
    }
}
