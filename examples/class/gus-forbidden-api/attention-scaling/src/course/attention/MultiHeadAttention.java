package course.attention;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/** Gus's multi-head attention. */
public final class MultiHeadAttention {

    private MultiHeadAttention() {
    }

    public static Matrix apply(Matrix x, MultiHeadWeights weights, boolean causal) {
        if (x.cols() != weights.modelDim()) {
            System.err.println("X has the wrong number of columns");
            System.exit(1);
        }
        List<Matrix> heads = new ArrayList<>();
        for (int h = 0; h < weights.heads(); h++) {
            heads.add(Attention.scaledDotProductAttention(x.multiply(weights.queryProjections().get(h)),
                    x.multiply(weights.keyProjections().get(h)), x.multiply(weights.valueProjections().get(h)),
                    causal).output());
        }
        return Matrix.concatColumns(heads).multiply(weights.outputProjection());
    }
}
