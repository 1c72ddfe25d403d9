package course.vit;

import java.util.List;

import course.linalg.Matrix;
import course.tensor.Image;

/** Hana's embedding is right; it inherits the patch order of her patchify. */
public final class PatchEmbedding {

    private PatchEmbedding() {
    }

    public static Matrix embed(Image image, EmbeddingWeights weights) {
        Matrix patches = Patches.patchify(image, weights.patchSize());
        if (weights.projection().rows() != patches.cols() || weights.positions().rows() != patches.rows() + 1) {
            throw new IllegalArgumentException("weights do not fit the image");
        }
        Matrix tokens = Matrix.concatRows(List.of(weights.classToken(), patches.multiply(weights.projection())));
        return tokens.add(weights.positions());
    }
}
