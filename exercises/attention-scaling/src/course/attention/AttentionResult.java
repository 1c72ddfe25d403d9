package course.attention;

import java.util.Objects;

import course.linalg.Matrix;

/**
 * What one scaled dot-product attention computes: the attention weights and the output.
 *
 * @param weights the {@code n x m} attention matrix: row {@code i} is the probability distribution with which
 *                query {@code i} attends to the {@code m} keys (each row sums to 1)
 * @param output  the {@code n x d_v} result: row {@code i} is {@code sum_j weights[i][j] * V[j]}
 */
public record AttentionResult(Matrix weights, Matrix output) {

    /**
     * Checks that both matrices are present and have one row per query.
     *
     * @throws IllegalArgumentException if the weights and the output differ in their number of rows
     */
    public AttentionResult {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(output, "output");
        if (weights.rows() != output.rows()) {
            throw new IllegalArgumentException("weights have " + weights.rows() + " rows (queries) but output has "
                    + output.rows() + "; both need one row per query");
        }
    }
}
