package course.attention;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/**
 * The expected multi-head output, built from the student's own single-head attention so that a mistake there is
 * charged to the attention tests only.
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
}
