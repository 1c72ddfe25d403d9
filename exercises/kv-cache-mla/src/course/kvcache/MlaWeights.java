package course.kvcache;

import java.util.Objects;

import course.linalg.Matrix;

/**
 * The projections of one multi-head latent attention layer (DeepSeek-V2) with {@code n_h} heads, for row vectors.
 * A token {@code x} ({@code d_model} numbers) is compressed to the latent {@code c = x W^DKV} ({@code d_c}
 * numbers), from which keys {@code c W^UK} and values {@code c W^UV} ({@code n_h d_h} numbers each) are expanded;
 * position is carried by separate RoPE parts: per-head queries {@code x W^QR} ({@code n_h d_h^R}) and one key
 * {@code x W^KR} ({@code d_h^R}) shared by all heads. (DeepSeek-V2 also compresses the queries; that saves
 * activation memory in training but not cache, and is left out here.)
 *
 * @param downKv    {@code W^DKV}, {@code d_model x d_c}
 * @param upKey     {@code W^UK}, {@code d_c x (n_h d_h)}
 * @param upValue   {@code W^UV}, {@code d_c x (n_h d_h)}
 * @param query     {@code W^Q}, {@code d_model x (n_h d_h)}: the content part of the queries
 * @param ropeQuery {@code W^QR}, {@code d_model x (n_h d_h^R)}: the RoPE part of the queries
 * @param ropeKey   {@code W^KR}, {@code d_model x d_h^R}: the shared RoPE key
 * @param output    {@code W^O}, {@code (n_h d_h) x d_out}
 * @param heads     {@code n_h}
 */
public record MlaWeights(Matrix downKv, Matrix upKey, Matrix upValue, Matrix query, Matrix ropeQuery,
                         Matrix ropeKey, Matrix output, int heads) {

    /**
     * Checks the shapes.
     *
     * @throws IllegalArgumentException if {@code heads < 1} or a matrix does not have the shape above, with
     *                                  {@code d_h^R} even (RoPE rotates pairs)
     */
    public MlaWeights {
        for (Matrix m : new Matrix[] {downKv, upKey, upValue, query, ropeQuery, ropeKey, output}) {
            Objects.requireNonNull(m, "every projection is needed");
        }
        if (heads < 1) {
            throw new IllegalArgumentException("at least one head, got " + heads);
        }
        int model = downKv.rows();
        int latent = downKv.cols();
        int width = query.cols();
        if (width % heads != 0) {
            throw new IllegalArgumentException("W^Q has " + width + " columns, not " + heads + " equal heads");
        }
        int rope = ropeKey.cols();
        if (rope % 2 != 0) {
            throw new IllegalArgumentException("d_h^R must be even (RoPE rotates pairs), got " + rope);
        }
        require("W^UK", upKey, latent, width);
        require("W^UV", upValue, latent, width);
        require("W^Q", query, model, width);
        require("W^QR", ropeQuery, model, heads * rope);
        require("W^KR", ropeKey, model, rope);
        if (output.rows() != width) {
            throw new IllegalArgumentException("W^O is " + output.shape() + " but the heads give " + width
                    + " numbers");
        }
    }

    private static void require(String name, Matrix m, int rows, int cols) {
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException(name + " is " + m.shape() + " but should be " + rows + " x " + cols);
        }
    }

    /** Returns {@code d_model}, the size of a token vector. */
    public int modelDim() {
        return downKv.rows();
    }

    /** Returns {@code d_c}, the size of the cached latent. */
    public int latentDim() {
        return downKv.cols();
    }

    /** Returns {@code d_h}, the size of one head's content query, key and value. */
    public int headDim() {
        return query.cols() / heads;
    }

    /** Returns {@code d_h^R}, the size of the RoPE part of a query and of the shared RoPE key. */
    public int ropeDim() {
        return ropeKey.cols();
    }
}
