package course.vit;

import course.linalg.Matrix;
import course.tensor.Image;

/**
 * Cuts an image into non-overlapping square patches and puts them back together, in the order a Vision
 * Transformer reads them.
 *
 * <p>Patch order: raster order over the grid of patches, left to right and then top to bottom, so patch
 * {@code n = (row / P) * (W / P) + col / P} holds pixel {@code (row, col)}. Value order inside a patch: the
 * pixels of the patch row by row, each pixel's {@code C} channels next to each other, so pixel {@code (u, v)} of
 * the patch, channel {@code c}, is value {@code (u * P + v) * C + c}.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class Patches {

    private Patches() {
    }

    /**
     * Returns the number of {@code P x P} patches of an {@code H x W} image, {@code (H / P) * (W / P)}.
     *
     * @throws IllegalArgumentException if a size is smaller than 1, or {@code P} does not divide {@code H} or
     *                                  {@code W}
     */
    public static int patchCount(int height, int width, int patchSize) {
        throw new UnsupportedOperationException("TODO patchCount: (H / P) * (W / P) once P divides H and W");
    }

    /**
     * Returns the patch matrix of an {@code H x W x C} image: one row per patch (N rows, patch order above),
     * {@code P * P * C} values per row (value order above).
     *
     * @throws IllegalArgumentException if {@code P < 1} or {@code P} does not divide the height or the width
     */
    public static Matrix patchify(Image image, int patchSize) {
        throw new UnsupportedOperationException("TODO patchify: raster order, values (u, v, c)");
    }

    /**
     * Puts a patch matrix back into an {@code H x W x C} image: the inverse of {@link #patchify(Image, int)}.
     *
     * @throws IllegalArgumentException if a size is smaller than 1, {@code P} does not divide {@code H} or
     *                                  {@code W}, or the matrix is not {@code N x (P * P * C)}
     */
    public static Image unpatchify(Matrix patches, int height, int width, int channels, int patchSize) {
        throw new UnsupportedOperationException("TODO unpatchify: the inverse of patchify");
    }
}
