package course.vit;

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
        throw new UnsupportedOperationException("TODO embed: [CLS; patches E] + E_pos");
    }
}
