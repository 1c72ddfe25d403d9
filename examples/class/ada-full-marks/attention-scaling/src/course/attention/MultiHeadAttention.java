package course.attention;

import course.linalg.Matrix;

/** Multi-head self-attention, concatenating the heads by hand. */
public final class MultiHeadAttention {

    private MultiHeadAttention() {
    }

    public static Matrix apply(Matrix x, MultiHeadWeights weights, boolean causal) {
        if (x.cols() != weights.modelDim()) {
            throw new IllegalArgumentException("expected " + weights.modelDim() + " columns, got " + x.cols());
        }
        int h = weights.heads();
        int dv = weights.valueDim();
        double[][] concat = new double[x.rows()][h * dv];
        for (int head = 0; head < h; head++) {
            Matrix out = Attention.scaledDotProductAttention(
                    x.multiply(weights.queryProjections().get(head)),
                    x.multiply(weights.keyProjections().get(head)),
                    x.multiply(weights.valueProjections().get(head)), causal).output();
            for (int i = 0; i < x.rows(); i++) {
                for (int c = 0; c < dv; c++) {
                    concat[i][head * dv + c] = out.get(i, c);
                }
            }
        }
        return Matrix.of(concat).multiply(weights.outputProjection());
    }
}
