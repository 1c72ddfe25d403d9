package course.attention;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/**
 * The expected multi-head output, built from the student's own single-head attention so that a mistake there is
 * charged to the attention tests only, plus the usual wrong variants for the feedback.
 */
final class MultiHead {

    private MultiHead() {
    }

    static List<Matrix> heads(Matrix x, MultiHeadWeights w, boolean causal) {
        List<Matrix> heads = new ArrayList<>();
        for (int h = 0; h < w.heads(); h++) {
            heads.add(Attention.scaledDotProductAttention(x.multiply(w.queryProjections().get(h)),
                    x.multiply(w.keyProjections().get(h)), x.multiply(w.valueProjections().get(h)), causal).output());
        }
        return heads;
    }

    static double[][] expected(Matrix x, MultiHeadWeights w, boolean causal) {
        return Oracle.times(Matrix.concatColumns(heads(x, w, causal)).toArray(), w.outputProjection());
    }

    /** Names the mistake the actual output matches, or returns an empty string. */
    static String diagnose(Matrix x, MultiHeadWeights w, boolean causal, double[][] actual) {
        List<Matrix> heads = heads(x, w, causal);
        Matrix concat = Matrix.concatColumns(heads);
        if (Oracle.firstDifference("", actual, concat.toArray()) == null) {
            return "\n  This is the concatenation of the heads WITHOUT the output projection W_o: multiply it by W_o.";
        }
        if (w.heads() > 1) {
            List<Matrix> reversed = new ArrayList<>(heads);
            java.util.Collections.reverse(reversed);
            if (Oracle.firstDifference("", actual,
                    Oracle.times(Matrix.concatColumns(reversed).toArray(), w.outputProjection())) == null) {
                return "\n  The heads are concatenated in reverse order: head 0's columns come first.";
            }
            List<Matrix> firstOnly = new ArrayList<>();
            for (int h = 0; h < w.heads(); h++) {
                firstOnly.add(heads.get(0));
            }
            if (Oracle.firstDifference("", actual,
                    Oracle.times(Matrix.concatColumns(firstOnly).toArray(), w.outputProjection())) == null) {
                return "\n  Every head used head 0's projections: head i must use W_q[i], W_k[i], W_v[i].";
            }
        }
        return "";
    }
}
