package course.clip;

import course.linalg.Matrix;

/**
 * The training side of CLIP: L2-normalised embeddings, their cosine similarities, the temperature and the
 * symmetric InfoNCE loss over a batch of matching image-text pairs.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class Contrastive {

    private Contrastive() {
    }

    /**
     * Divides every row by its Euclidean (L2) length, so that every row of the result has length 1.
     *
     * @throws IllegalArgumentException if a row is all zeros (it has no direction)
     */
    public static Matrix normalizeRows(Matrix embeddings) {
        throw new UnsupportedOperationException("TODO normalizeRows: divide every row by its L2 norm");
    }

    /**
     * Returns the {@code n x m} matrix of cosine similarities, entry {@code (i, j)} =
     * {@code cos(image i, text j)}: the dot product of the two L2-normalised rows.
     *
     * @throws IllegalArgumentException if the two matrices differ in columns, or a row is all zeros
     */
    public static Matrix cosineSimilarity(Matrix images, Matrix texts) {
        throw new UnsupportedOperationException("TODO cosineSimilarity: normalise, then multiply");
    }

    /**
     * Returns the factor {@code 1 / tau} by which cosine similarities are multiplied to give logits.
     *
     * @throws IllegalArgumentException if {@code tau} is not a finite number greater than 0
     */
    public static double logitScale(double temperature) {
        throw new UnsupportedOperationException("TODO logitScale: 1 / tau");
    }

    /**
     * Returns {@code log(sum_j exp(x_j))} without overflow or underflow, as {@code m + log(sum_j exp(x_j - m))}
     * with {@code m = max_j x_j}.
     *
     * @throws IllegalArgumentException if the array is empty or holds NaN or an infinity
     */
    public static double logSumExp(double[] logits) {
        throw new UnsupportedOperationException("TODO logSumExp: max + log(sum exp(x - max))");
    }

    /**
     * The symmetric InfoNCE loss of a batch of {@code n} pairs (image {@code i} belongs with text {@code i}):
     * with logits {@code L = cosineSimilarity(images, texts) / tau},
     * {@code loss = (1/2) [ (1/n) sum_i (lse(row i of L) - L_ii) + (1/n) sum_j (lse(column j of L) - L_jj) ]}.
     *
     * @throws IllegalArgumentException if the matrices differ in rows or columns, a row is all zeros, or the
     *                                  temperature is not finite and > 0
     */
    public static double loss(Matrix images, Matrix texts, double temperature) {
        throw new UnsupportedOperationException("TODO loss: symmetric InfoNCE, the mean of both directions");
    }
}
