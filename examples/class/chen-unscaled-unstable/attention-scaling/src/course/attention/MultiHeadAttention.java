package course.attention;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/** Chen's multi-head attention. */
public final class MultiHeadAttention {

    private MultiHeadAttention() {
    }

    public static Matrix apply(Matrix x, MultiHeadWeights weights, boolean causal) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("X has " + x.cols() + " columns, d_model is " + weights.modelDim());
        }
        List<Matrix> outs = new ArrayList<>();
        for (int i = 0; i < weights.heads(); i++) {
            Matrix qi = x.multiply(weights.queryProjections().get(i));
            Matrix ki = x.multiply(weights.keyProjections().get(i));
            Matrix vi = x.multiply(weights.valueProjections().get(i));
            outs.add(Attention.scaledDotProductAttention(qi, ki, vi, causal).output());
        }
        return Matrix.concatColumns(outs).multiply(weights.outputProjection());
    }
}
