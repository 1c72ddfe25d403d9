package course.clip;

import course.linalg.Matrix;

/** Ada's contrastive loss: cosines entry by entry, cross-entropies as -log softmax through log-sum-exp. */
public final class Contrastive {

    private Contrastive() {
    }

    private static double length(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    public static Matrix normalizeRows(Matrix embeddings) {
        double[][] out = new double[embeddings.rows()][];
        for (int i = 0; i < out.length; i++) {
            double[] row = embeddings.row(i);
            double len = length(row);
            if (len == 0) {
                throw new IllegalArgumentException("zero row " + i);
            }
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] / len;
            }
            out[i] = row;
        }
        return Matrix.of(out);
    }

    public static Matrix cosineSimilarity(Matrix images, Matrix texts) {
        if (images.cols() != texts.cols()) {
            throw new IllegalArgumentException("dimensions differ");
        }
        Matrix a = normalizeRows(images);
        Matrix b = normalizeRows(texts);
        double[][] s = new double[a.rows()][b.rows()];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < b.rows(); j++) {
                double dot = 0;
                for (int k = 0; k < a.cols(); k++) {
                    dot += a.get(i, k) * b.get(j, k);
                }
                s[i][j] = dot;
            }
        }
        return Matrix.of(s);
    }

    public static double logitScale(double temperature) {
        if (Double.isNaN(temperature) || temperature <= 0 || temperature == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("bad temperature " + temperature);
        }
        return 1.0 / temperature;
    }

    public static double logSumExp(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        double m = logits[0];
        for (double x : logits) {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("not finite: " + x);
            }
            if (x > m) {
                m = x;
            }
        }
        double s = 0;
        for (double x : logits) {
            s += Math.exp(x - m);
        }
        return Math.log(s) + m;
    }

    public static double loss(Matrix images, Matrix texts, double temperature) {
        if (images.rows() != texts.rows()) {
            throw new IllegalArgumentException("need pairs");
        }
        double scale = logitScale(temperature);
        Matrix byImage = cosineSimilarity(images, texts).scale(scale);
        Matrix byText = byImage.transpose();
        int n = images.rows();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += logSumExp(byImage.row(i)) - byImage.get(i, i);
            total += logSumExp(byText.row(i)) - byText.get(i, i);
        }
        return total / (2.0 * n);
    }
}
