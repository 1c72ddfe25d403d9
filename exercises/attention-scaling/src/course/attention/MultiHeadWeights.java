package course.attention;

import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;

/**
 * The learned projections of one multi-head attention layer with {@code h} heads.
 *
 * <p>Head {@code i} projects the {@code n x d_model} input {@code X} to its own queries {@code X W_q[i]}, keys
 * {@code X W_k[i]} and values {@code X W_v[i]}; the heads' outputs are concatenated in head order
 * ({@code n x h*d_v}) and multiplied by the output projection {@code W_o} ({@code h*d_v x d_out}).
 *
 * @param queryProjections  {@code W_q[0..h-1]}, each {@code d_model x d_k}
 * @param keyProjections    {@code W_k[0..h-1]}, each {@code d_model x d_k}
 * @param valueProjections  {@code W_v[0..h-1]}, each {@code d_model x d_v}
 * @param outputProjection  {@code W_o}, {@code h*d_v x d_out}
 */
public record MultiHeadWeights(List<Matrix> queryProjections, List<Matrix> keyProjections,
                               List<Matrix> valueProjections, Matrix outputProjection) {

    /**
     * Copies the lists and checks every shape.
     *
     * @throws IllegalArgumentException if there is no head, the three lists differ in length, the projections
     *                                  of the heads disagree in shape, or {@code W_o} does not have
     *                                  {@code h*d_v} rows
     */
    public MultiHeadWeights {
        queryProjections = List.copyOf(Objects.requireNonNull(queryProjections, "queryProjections"));
        keyProjections = List.copyOf(Objects.requireNonNull(keyProjections, "keyProjections"));
        valueProjections = List.copyOf(Objects.requireNonNull(valueProjections, "valueProjections"));
        Objects.requireNonNull(outputProjection, "outputProjection");
        int h = queryProjections.size();
        if (h == 0) {
            throw new IllegalArgumentException("multi-head attention needs at least one head");
        }
        if (keyProjections.size() != h || valueProjections.size() != h) {
            throw new IllegalArgumentException("one projection of each kind per head: got " + h + " W_q, "
                    + keyProjections.size() + " W_k and " + valueProjections.size() + " W_v");
        }
        Matrix q0 = queryProjections.get(0);
        Matrix v0 = valueProjections.get(0);
        for (int i = 0; i < h; i++) {
            requireShape("W_q[" + i + "]", queryProjections.get(i), q0.rows(), q0.cols(), "d_model x d_k");
            requireShape("W_k[" + i + "]", keyProjections.get(i), q0.rows(), q0.cols(), "d_model x d_k");
            requireShape("W_v[" + i + "]", valueProjections.get(i), q0.rows(), v0.cols(), "d_model x d_v");
        }
        if (outputProjection.rows() != h * v0.cols()) {
            throw new IllegalArgumentException("W_o is " + outputProjection.shape() + " but the " + h
                    + " concatenated heads have " + h + " x " + v0.cols() + " = " + h * v0.cols() + " columns");
        }
    }

    private static void requireShape(String name, Matrix m, int rows, int cols, String dims) {
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException(name + " is " + m.shape() + " but should be " + rows + " x " + cols
                    + " (" + dims + ", as set by head 0)");
        }
    }

    /** Returns the number of heads {@code h}. */
    public int heads() {
        return queryProjections.size();
    }

    /** Returns {@code d_model}, the number of columns the input must have. */
    public int modelDim() {
        return queryProjections.get(0).rows();
    }

    /** Returns {@code d_k}, the query and key dimension of every head. */
    public int keyDim() {
        return queryProjections.get(0).cols();
    }

    /** Returns {@code d_v}, the value dimension of every head. */
    public int valueDim() {
        return valueProjections.get(0).cols();
    }

    /** Returns {@code d_out}, the number of columns of the layer's output. */
    public int outputDim() {
        return outputProjection.cols();
    }
}
