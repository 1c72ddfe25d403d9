package course.vit;

import course.linalg.Matrix;
import course.tensor.Image;

/** Ada's embedding: explicit sums, token by token. */
public final class PatchEmbedding {

    private PatchEmbedding() {
    }

    public static Matrix embed(Image image, EmbeddingWeights weights) {
        int p = weights.patchSize();
        Matrix patches = Patches.patchify(image, p);
        Matrix e = weights.projection();
        Matrix pos = weights.positions();
        if (e.rows() != patches.cols()) {
            throw new IllegalArgumentException("E needs " + patches.cols() + " rows");
        }
        if (pos.rows() != patches.rows() + 1) {
            throw new IllegalArgumentException("E_pos needs " + (patches.rows() + 1) + " rows");
        }
        int d = weights.embeddingDim();
        double[][] z = new double[patches.rows() + 1][d];
        for (int j = 0; j < d; j++) {
            z[0][j] = weights.classToken().get(0, j) + pos.get(0, j);
        }
        for (int t = 1; t <= patches.rows(); t++) {
            for (int j = 0; j < d; j++) {
                double s = pos.get(t, j);
                for (int k = 0; k < e.rows(); k++) {
                    s += patches.get(t - 1, k) * e.get(k, j);
                }
                z[t][j] = s;
            }
        }
        return Matrix.of(z);
    }
}
