package course.vit;

import java.util.Objects;

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
        if (height < 1 || width < 1 || patchSize < 1) {
            throw new IllegalArgumentException("sizes must be at least 1, got H = " + height + ", W = " + width
                    + ", P = " + patchSize);
        }
        if (height % patchSize != 0 || width % patchSize != 0) {
            throw new IllegalArgumentException("the patch size " + patchSize + " must divide the height " + height
                    + " and the width " + width);
        }
        return (height / patchSize) * (width / patchSize);
    }

    /**
     * Returns the patch matrix of an {@code H x W x C} image: one row per patch (N rows, patch order above),
     * {@code P * P * C} values per row (value order above).
     *
     * @throws IllegalArgumentException if {@code P < 1} or {@code P} does not divide the height or the width
     */
    public static Matrix patchify(Image image, int patchSize) {
        Objects.requireNonNull(image, "image");
        int n = patchCount(image.height(), image.width(), patchSize);
        int perRow = image.width() / patchSize;
        int c = image.channels();
        double[][] out = new double[n][patchSize * patchSize * c];
        for (int p = 0; p < n; p++) {
            int top = (p / perRow) * patchSize;
            int left = (p % perRow) * patchSize;
            for (int u = 0; u < patchSize; u++) {
                for (int v = 0; v < patchSize; v++) {
                    for (int ch = 0; ch < c; ch++) {
                        out[p][(u * patchSize + v) * c + ch] = image.get(top + u, left + v, ch);
                    }
                }
            }
        }
        return Matrix.of(out);
    }

    /**
     * Puts a patch matrix back into an {@code H x W x C} image: the inverse of {@link #patchify(Image, int)}.
     *
     * @throws IllegalArgumentException if a size is smaller than 1, {@code P} does not divide {@code H} or
     *                                  {@code W}, or the matrix is not {@code N x (P * P * C)}
     */
    public static Image unpatchify(Matrix patches, int height, int width, int channels, int patchSize) {
        Objects.requireNonNull(patches, "patches");
        int n = patchCount(height, width, patchSize);
        if (channels < 1) {
            throw new IllegalArgumentException("an image has at least 1 channel, got " + channels);
        }
        int length = patchSize * patchSize * channels;
        if (patches.rows() != n || patches.cols() != length) {
            throw new IllegalArgumentException("a " + height + " x " + width + " x " + channels + " image in "
                    + patchSize + " x " + patchSize + " patches needs a " + n + " x " + length + " patch matrix, got "
                    + patches.shape());
        }
        double[][][] out = new double[height][width][channels];
        int perRow = width / patchSize;
        for (int p = 0; p < n; p++) {
            double[] values = patches.row(p);
            for (int k = 0; k < length; k++) {
                int ch = k % channels;
                int pixel = k / channels;
                out[(p / perRow) * patchSize + pixel / patchSize][(p % perRow) * patchSize + pixel % patchSize][ch]
                        = values[k];
            }
        }
        return Image.of(out);
    }
}
