package course.clip;

import java.util.Objects;

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
        double[][] rows = embeddings.toArray();
        for (int i = 0; i < rows.length; i++) {
            double norm = 0;
            for (double x : rows[i]) {
                norm = Math.hypot(norm, x);
            }
            if (norm == 0) {
                throw new IllegalArgumentException("row " + i + " is all zeros and cannot be normalised");
            }
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] /= norm;
            }
        }
        return Matrix.of(rows);
    }

    /**
     * Returns the {@code n x m} matrix of cosine similarities, entry {@code (i, j)} =
     * {@code cos(image i, text j)}: the dot product of the two L2-normalised rows.
     *
     * @throws IllegalArgumentException if the two matrices differ in columns, or a row is all zeros
     */
    public static Matrix cosineSimilarity(Matrix images, Matrix texts) {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(texts, "texts");
        if (images.cols() != texts.cols()) {
            throw new IllegalArgumentException("image embeddings have " + images.cols() + " dimensions but text "
                    + "embeddings have " + texts.cols());
        }
        return normalizeRows(images).multiply(normalizeRows(texts).transpose());
    }

    /**
     * Returns the factor {@code 1 / tau} by which cosine similarities are multiplied to give logits.
     *
     * @throws IllegalArgumentException if {@code tau} is not a finite number greater than 0
     */
    public static double logitScale(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("the temperature must be finite and > 0, got " + temperature);
        }
        return 1 / temperature;
    }

    /**
     * Returns {@code log(sum_j exp(x_j))} without overflow or underflow, as {@code m + log(sum_j exp(x_j - m))}
     * with {@code m = max_j x_j}.
     *
     * @throws IllegalArgumentException if the array is empty or holds NaN or an infinity
     */
    public static double logSumExp(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("log-sum-exp of nothing");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logits) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("logits must be finite, got " + x);
            }
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : logits) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
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
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(texts, "texts");
        if (images.rows() != texts.rows()) {
            throw new IllegalArgumentException(images.rows() + " images but " + texts.rows() + " texts: the loss "
                    + "needs one text per image");
        }
        double[][] logits = cosineSimilarity(images, texts).scale(logitScale(temperature)).toArray();
        int n = logits.length;
        double imageToText = 0;
        double textToImage = 0;
        for (int i = 0; i < n; i++) {
            imageToText += logSumExp(logits[i]) - logits[i][i];
        }
        for (int j = 0; j < n; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = logits[i][j];
            }
            textToImage += logSumExp(column) - logits[j][j];
        }
        return (imageToText / n + textToImage / n) / 2;
    }
}
