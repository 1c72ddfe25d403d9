package course.vit;

import course.linalg.Matrix;
import course.tensor.Image;

/** Ada's patches: every pixel is sent to its place (scatter), and unpatchify reads them back the same way. */
public final class Patches {

    private Patches() {
    }

    public static int patchCount(int height, int width, int patchSize) {
        if (patchSize <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("non-positive size");
        }
        if (height % patchSize != 0) {
            throw new IllegalArgumentException(patchSize + " does not divide the height " + height);
        }
        if (width % patchSize != 0) {
            throw new IllegalArgumentException(patchSize + " does not divide the width " + width);
        }
        return height / patchSize * (width / patchSize);
    }

    /** {patch, value} of entry (row, col, ch). */
    private static int[] place(int row, int col, int ch, int width, int channels, int p) {
        int patch = row / p * (width / p) + col / p;
        int value = (row % p * p + col % p) * channels + ch;
        return new int[] {patch, value};
    }

    public static Matrix patchify(Image image, int patchSize) {
        int count = patchCount(image.height(), image.width(), patchSize);
        double[][] m = new double[count][patchSize * patchSize * image.channels()];
        for (int row = 0; row < image.height(); row++) {
            for (int col = 0; col < image.width(); col++) {
                for (int ch = 0; ch < image.channels(); ch++) {
                    int[] at = place(row, col, ch, image.width(), image.channels(), patchSize);
                    m[at[0]][at[1]] = image.get(row, col, ch);
                }
            }
        }
        return Matrix.of(m);
    }

    public static Image unpatchify(Matrix patches, int height, int width, int channels, int patchSize) {
        int count = patchCount(height, width, patchSize);
        if (channels <= 0) {
            throw new IllegalArgumentException("no channels");
        }
        if (patches.rows() != count || patches.cols() != patchSize * patchSize * channels) {
            throw new IllegalArgumentException("wrong patch matrix shape " + patches.shape());
        }
        double[][][] img = new double[height][width][channels];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                for (int ch = 0; ch < channels; ch++) {
                    int[] at = place(row, col, ch, width, channels, patchSize);
                    img[row][col][ch] = patches.get(at[0], at[1]);
                }
            }
        }
        return Image.of(img);
    }
}
