package course.vit;

import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;
import course.tensor.Image;

/**
 * The input layer of a Vision Transformer: {@code z_0 = [x_class; x_1 E; ...; x_N E] + E_pos}.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class PatchEmbedding {

    private PatchEmbedding() {
    }

    /**
     * Returns the {@code (N + 1) x D} token matrix of an image: row 0 is the [CLS] token plus position embedding 0,
     * row {@code n + 1} is patch {@code n} (in the order of {@link Patches#patchify(Image, int)}) times {@code E},
     * plus position embedding {@code n + 1}.
     *
     * @throws IllegalArgumentException if the patch size does not divide the image's height or width, {@code E}
     *                                  does not have {@code P * P * C} rows, or {@code E_pos} does not have
     *                                  {@code N + 1} rows
     */
    public static Matrix embed(Image image, EmbeddingWeights weights) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(weights, "weights");
        int p = weights.patchSize();
        int n = Patches.patchCount(image.height(), image.width(), p);
        int length = p * p * image.channels();
        if (weights.projection().rows() != length) {
            throw new IllegalArgumentException("E has " + weights.projection().rows() + " rows, but a " + p + " x "
                    + p + " patch of a " + image.channels() + "-channel image has " + length + " values");
        }
        if (weights.positions().rows() != n + 1) {
            throw new IllegalArgumentException("E_pos needs one row per token (" + n + " patches and [CLS]), but "
                    + "it has " + weights.positions().rows() + " rows");
        }
        Matrix patchTokens = Patches.patchify(image, p).multiply(weights.projection());
        return Matrix.concatRows(List.of(weights.classToken(), patchTokens)).add(weights.positions());
    }
}
