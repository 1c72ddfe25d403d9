package course.attention;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/** Dana's multi-head attention: one wide projection for all heads, then one column slice per head. */
public final class MultiHeadAttention {

    private MultiHeadAttention() {
    }

    public static Matrix apply(Matrix x, MultiHeadWeights weights, boolean causal) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("input has " + x.cols() + " features, expected " + weights.modelDim());
        }
        int dk = weights.keyDim();
        int dv = weights.valueDim();
        Matrix allQ = x.multiply(Matrix.concatColumns(weights.queryProjections()));
        Matrix allK = x.multiply(Matrix.concatColumns(weights.keyProjections()));
        Matrix allV = x.multiply(Matrix.concatColumns(weights.valueProjections()));
        List<Matrix> heads = new ArrayList<>();
        for (int h = 0; h < weights.heads(); h++) {
            heads.add(Attention.scaledDotProductAttention(allQ.columns(h * dk, (h + 1) * dk),
                    allK.columns(h * dk, (h + 1) * dk), allV.columns(h * dv, (h + 1) * dv), causal).output());
        }
        return Matrix.concatColumns(heads).multiply(weights.outputProjection());
    }
}
