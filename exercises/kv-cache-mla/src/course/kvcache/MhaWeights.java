package course.kvcache;

import java.util.Objects;

import course.linalg.Matrix;

/**
 * The projections of one multi-head attention layer with {@code n_h} heads of size {@code d_h}, for row vectors: a
 * token {@code x} ({@code d_model} numbers) has queries {@code x W^Q}, keys {@code x W^K} and values {@code x W^V},
 * each {@code n_h * d_h} numbers with head {@code i} in entries {@code i*d_h .. (i+1)*d_h - 1}.
 *
 * @param query  {@code W^Q}, {@code d_model x (n_h d_h)}
 * @param key    {@code W^K}, {@code d_model x (n_h d_h)}
 * @param value  {@code W^V}, {@code d_model x (n_h d_h)}
 * @param output {@code W^O}, {@code (n_h d_h) x d_out}
 * @param heads  {@code n_h}
 */
public record MhaWeights(Matrix query, Matrix key, Matrix value, Matrix output, int heads) {

    /**
     * Checks the shapes.
     *
     * @throws IllegalArgumentException if {@code heads < 1}, the projections differ in shape, their columns are not
     *                                  {@code n_h} heads of an even size {@code d_h} (RoPE rotates pairs), or
     *                                  {@code W^O} does not have {@code n_h d_h} rows
     */
    public MhaWeights {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(output, "output");
        if (heads < 1) {
            throw new IllegalArgumentException("at least one head, got " + heads);
        }
        if (!key.shape().equals(query.shape()) || !value.shape().equals(query.shape())) {
            throw new IllegalArgumentException("W^Q, W^K and W^V must have one shape, got " + query.shape() + ", "
                    + key.shape() + " and " + value.shape());
        }
        if (query.cols() % heads != 0 || (query.cols() / heads) % 2 != 0) {
            throw new IllegalArgumentException(query.cols() + " columns are not " + heads + " heads of an even size");
        }
        if (output.rows() != query.cols()) {
            throw new IllegalArgumentException("W^O is " + output.shape() + " but the heads give " + query.cols()
                    + " numbers");
        }
    }

    /** Returns {@code d_model}, the size of a token vector. */
    public int modelDim() {
        return query.rows();
    }

    /** Returns {@code d_h}, the size of one head's query, key and value. */
    public int headDim() {
        return query.cols() / heads;
    }
}
