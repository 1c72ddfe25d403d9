package course.clip;

import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import course.linalg.Matrix;

/**
 * Independent answers for the hidden tests, written from the formulas (not from the reference), and the answers
 * of the usual mistakes on the same input.
 */
final class Oracle {

    private Oracle() {
    }

    /** How the loss is put together: the correct one and the usual mistakes. */
    enum Variant {
        SYMMETRIC, IMAGE_TO_TEXT_ONLY, TEXT_TO_IMAGE_ONLY, SUMMED_NOT_AVERAGED, NOT_HALVED, TIMES_TAU, RAW_DOT,
        IMAGES_ONLY_NORMALISED, TEXTS_ONLY_NORMALISED
    }

    /** {@code a . b / (|a| |b|)}. */
    static double cosine(double[] a, double[] b) {
        return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The cosine similarity matrix, entry by entry. */
    static double[][] cosines(Matrix images, Matrix texts) {
        double[][] out = new double[images.rows()][texts.rows()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = cosine(images.row(i), texts.row(j));
            }
        }
        return out;
    }

    /** Plain dot products of the rows: the similarity matrix without normalisation. */
    static double[][] dots(Matrix images, Matrix texts) {
        double[][] out = new double[images.rows()][texts.rows()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = dot(images.row(i), texts.row(j));
            }
        }
        return out;
    }

    /** Cosines with only one side divided by its length. */
    static double[][] halfNormalised(Matrix images, Matrix texts, boolean imagesOnly) {
        double[][] out = dots(images, texts);
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                double[] v = imagesOnly ? images.row(i) : texts.row(j);
                out[i][j] /= Math.sqrt(dot(v, v));
            }
        }
        return out;
    }

    /** log-sum-exp by factoring out the largest term: {@code m + log1p(sum of the other exp(x - m))}. */
    static double logSumExp(double[] x) {
        int top = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[top]) {
                top = i;
            }
        }
        double rest = 0;
        for (int i = 0; i < x.length; i++) {
            if (i != top) {
                rest += Math.exp(x[i] - x[top]);
            }
        }
        return x[top] + Math.log1p(rest);
    }

    /** The loss of one variant. */
    static double loss(Matrix images, Matrix texts, double tau, Variant variant) {
        double[][] s = switch (variant) {
            case RAW_DOT -> dots(images, texts);
            case IMAGES_ONLY_NORMALISED -> halfNormalised(images, texts, true);
            case TEXTS_ONLY_NORMALISED -> halfNormalised(images, texts, false);
            case SYMMETRIC, IMAGE_TO_TEXT_ONLY, TEXT_TO_IMAGE_ONLY, SUMMED_NOT_AVERAGED, NOT_HALVED, TIMES_TAU ->
                    cosines(images, texts);
        };
        double scale = variant == Variant.TIMES_TAU ? tau : 1 / tau;
        int n = s.length;
        double rows = 0;
        double cols = 0;
        for (int i = 0; i < n; i++) {
            double[] row = new double[n];
            double[] col = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = s[i][j] * scale;
                col[j] = s[j][i] * scale;
            }
            rows += logSumExp(row) - s[i][i] * scale;
            cols += logSumExp(col) - s[i][i] * scale;
        }
        return switch (variant) {
            case IMAGE_TO_TEXT_ONLY -> rows / n;
            case TEXT_TO_IMAGE_ONLY -> cols / n;
            case SUMMED_NOT_AVERAGED -> (rows + cols) / 2;
            case NOT_HALVED -> rows / n + cols / n;
            case SYMMETRIC, TIMES_TAU, RAW_DOT, IMAGES_ONLY_NORMALISED, TEXTS_ONLY_NORMALISED ->
                    (rows / n + cols / n) / 2;
        };
    }

    /** The symmetric InfoNCE loss. */
    static double loss(Matrix images, Matrix texts, double tau) {
        return loss(images, texts, tau, Variant.SYMMETRIC);
    }

    /** Names the usual loss mistake a wrong value matches, or "". */
    static String diagnoseLoss(Matrix images, Matrix texts, double tau, double actual) {
        return Diagnosis.of(actual, loss(images, texts, tau), Tolerance.DEFAULT).called("loss values")
                .mistakeNumber("only the image-to-text direction (softmax over each row); the loss is symmetric: "
                        + "average it with the text-to-image direction (softmax over each column)",
                        () -> loss(images, texts, tau, Variant.IMAGE_TO_TEXT_ONLY))
                .mistakeNumber("only the text-to-image direction (softmax over each column); average it with the "
                        + "image-to-text direction", () -> loss(images, texts, tau, Variant.TEXT_TO_IMAGE_ONLY))
                .mistakeNumber("the cross-entropies are summed over the batch instead of averaged (divide by n)",
                        () -> loss(images, texts, tau, Variant.SUMMED_NOT_AVERAGED))
                .mistakeNumber("the two directions are added instead of averaged (divide by 2)",
                        () -> loss(images, texts, tau, Variant.NOT_HALVED))
                .mistakeNumber("the similarities are multiplied by tau instead of divided by it",
                        () -> loss(images, texts, tau, Variant.TIMES_TAU))
                .mistakeNumber("the embeddings are not L2-normalised (raw dot products instead of cosines)",
                        () -> loss(images, texts, tau, Variant.RAW_DOT))
                .mistakeNumber("only the image embeddings are normalised; normalise the text embeddings too",
                        () -> loss(images, texts, tau, Variant.IMAGES_ONLY_NORMALISED))
                .mistakeNumber("only the text embeddings are normalised; normalise the image embeddings too",
                        () -> loss(images, texts, tau, Variant.TEXTS_ONLY_NORMALISED))
                .explain();
    }

    /** Names the usual similarity mistake a wrong matrix matches, or "". */
    static String diagnoseSimilarity(Matrix images, Matrix texts, double[][] actual) {
        return Diagnosis.of(actual, cosines(images, texts), Tolerance.DEFAULT).called("similarities")
                .mistakeMatrix("the embeddings are not L2-normalised (raw dot products instead of cosines)",
                        () -> dots(images, texts))
                .mistakeMatrix("only the image embeddings are normalised; normalise the text embeddings too",
                        () -> halfNormalised(images, texts, true))
                .mistakeMatrix("only the text embeddings are normalised; normalise the image embeddings too",
                        () -> halfNormalised(images, texts, false))
                .explain();
    }

    /** Row-wise softmax of {@code s / tau}. */
    static double[][] softmaxRows(double[][] s, double tau) {
        double[][] out = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            double[] logits = new double[s[i].length];
            for (int j = 0; j < logits.length; j++) {
                logits[j] = s[i][j] / tau;
            }
            double lse = logSumExp(logits);
            out[i] = new double[logits.length];
            for (int j = 0; j < logits.length; j++) {
                out[i][j] = Math.exp(logits[j] - lse);
            }
        }
        return out;
    }
}
