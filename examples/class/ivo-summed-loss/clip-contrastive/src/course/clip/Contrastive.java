package course.clip;

import course.linalg.Matrix;

/**
 * Ivo's contrastive loss, written like PyTorch's cross_entropy(..., reduction="sum"): the two directions are
 * averaged, but each is summed over the batch instead of averaged.
 */
public final class Contrastive {

    private Contrastive() {
    }

    public static Matrix normalizeRows(Matrix embeddings) {
        double[][] rows = embeddings.toArray();
        for (int i = 0; i < rows.length; i++) {
            double sq = 0;
            for (double x : rows[i]) {
                sq += x * x;
            }
            if (sq == 0) {
                throw new IllegalArgumentException("cannot normalise a zero vector");
            }
            double norm = Math.sqrt(sq);
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] /= norm;
            }
        }
        return Matrix.of(rows);
    }

    public static Matrix cosineSimilarity(Matrix images, Matrix texts) {
        if (images.cols() != texts.cols()) {
            throw new IllegalArgumentException("dimension mismatch");
        }
        return normalizeRows(images).multiply(normalizeRows(texts).transpose());
    }

    public static double logitScale(double temperature) {
        if (!(temperature > 0 && temperature < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("temperature must be positive");
        }
        return 1 / temperature;
    }

    public static double logSumExp(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logits) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("non-finite logit");
            }
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : logits) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }

    public static double loss(Matrix images, Matrix texts, double temperature) {
        if (images.rows() != texts.rows()) {
            throw new IllegalArgumentException("images and texts must pair up");
        }
        Matrix logits = cosineSimilarity(images, texts).scale(logitScale(temperature));
        double rows = 0;
        double cols = 0;
        for (int i = 0; i < logits.rows(); i++) {
            rows += logSumExp(logits.row(i)) - logits.get(i, i);
            cols += logSumExp(logits.column(i)) - logits.get(i, i);
        }
        return (rows + cols) / 2;
    }
}
