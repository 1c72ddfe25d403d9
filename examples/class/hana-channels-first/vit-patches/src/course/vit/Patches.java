package course.vit;

import course.linalg.Matrix;
import course.tensor.Image;

/** Hana thinks in PyTorch's C x H x W layout: each patch lists channel 0, then channel 1, ... */
public final class Patches {

    private Patches() {
    }

    public static int patchCount(int height, int width, int patchSize) {
        if (patchSize < 1 || height < 1 || width < 1 || height % patchSize != 0 || width % patchSize != 0) {
            throw new IllegalArgumentException("P must divide H and W");
        }
        return (height / patchSize) * (width / patchSize);
    }

    public static Matrix patchify(Image image, int patchSize) {
        int n = patchCount(image.height(), image.width(), patchSize);
        int cols = image.width() / patchSize;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] patch = new double[patchSize * patchSize * image.channels()];
            int k = 0;
            for (int c = 0; c < image.channels(); c++) {
                for (int u = 0; u < patchSize; u++) {
                    for (int v = 0; v < patchSize; v++) {
                        patch[k++] = image.get((i / cols) * patchSize + u, (i % cols) * patchSize + v, c);
                    }
                }
            }
            out[i] = patch;
        }
        return Matrix.of(out);
    }

    public static Image unpatchify(Matrix patches, int height, int width, int channels, int patchSize) {
        int n = patchCount(height, width, patchSize);
        if (channels < 1 || patches.rows() != n || patches.cols() != patchSize * patchSize * channels) {
            throw new IllegalArgumentException("bad shape");
        }
        int cols = width / patchSize;
        double[][][] out = new double[height][width][channels];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int c = 0; c < channels; c++) {
                for (int u = 0; u < patchSize; u++) {
                    for (int v = 0; v < patchSize; v++) {
                        out[(i / cols) * patchSize + u][(i % cols) * patchSize + v][c] = patches.get(i, k++);
                    }
                }
            }
        }
        return Image.of(out);
    }
}
