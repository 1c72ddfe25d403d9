package course.vit;

import java.util.Objects;

import course.linalg.Matrix;

/**
 * The learned parameters of the ViT input layer: the patch projection {@code E}, the [CLS] token and the position
 * embeddings. Training would learn all three; here they are given.
 *
 * @param patchSize  the side {@code P} of a square patch, {@code >= 1}
 * @param projection {@code E}, {@code (P*P*C) x D}: row {@code k} holds the weights of value {@code k} of a
 *                   flattened patch
 * @param classToken the [CLS] embedding, {@code 1 x D}
 * @param positions  {@code E_pos}, {@code (N + 1) x D}: row 0 for [CLS], row {@code n + 1} for patch {@code n}
 */
public record EmbeddingWeights(int patchSize, Matrix projection, Matrix classToken, Matrix positions) {

    /**
     * Checks the parts against each other (not against an image: that is the embedding's job).
     *
     * @throws IllegalArgumentException if {@code patchSize < 1}, the [CLS] token is not one row, or the three
     *                                  matrices differ in their number of columns {@code D}
     */
    public EmbeddingWeights {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(classToken, "classToken");
        Objects.requireNonNull(positions, "positions");
        if (patchSize < 1) {
            throw new IllegalArgumentException("the patch size must be at least 1, got " + patchSize);
        }
        if (classToken.rows() != 1) {
            throw new IllegalArgumentException("the [CLS] token is one row, got " + classToken.shape());
        }
        if (classToken.cols() != projection.cols() || positions.cols() != projection.cols()) {
            throw new IllegalArgumentException("E (" + projection.shape() + "), [CLS] (" + classToken.shape()
                    + ") and E_pos (" + positions.shape() + ") must have the same number of columns D");
        }
    }

    /** Returns {@code D}, the length of every token. */
    public int embeddingDim() {
        return projection.cols();
    }
}
