package course.vit;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import course.linalg.Matrix;
import course.tensor.Image;

/**
 * Independent answers for the hidden tests. Patches are built by scattering every pixel to the place a
 * {@link Layout} gives it (the reference gathers patch by patch), and each usual mistake is one more layout.
 */
final class Oracle {

    /** Patches and images are copies of the input values: no round-off is allowed. */
    static final Tolerance EXACT = Tolerance.absolute(0);

    private Oracle() {
    }

    /** Where entry {@code (row, col, ch)} of an {@code h x w x c} image goes: {@code {patch, value}}. */
    interface Layout {
        int[] place(int row, int col, int ch, int h, int w, int c, int p);
    }

    /** The statement's layout: patches in raster order, values (u, v, c) with the channel fastest. */
    static final Layout STATED = (row, col, ch, h, w, c, p) ->
            new int[] {(row / p) * (w / p) + col / p, ((row % p) * p + col % p) * c + ch};

    /** Channels first inside a patch: value {@code c * P * P + u * P + v}. */
    static final Layout CHANNELS_FIRST = (row, col, ch, h, w, c, p) ->
            new int[] {(row / p) * (w / p) + col / p, ch * p * p + (row % p) * p + col % p};

    /** The pixels of a patch column by column: value {@code (v * P + u) * C + c}. */
    static final Layout PATCH_TRANSPOSED = (row, col, ch, h, w, c, p) ->
            new int[] {(row / p) * (w / p) + col / p, ((col % p) * p + row % p) * c + ch};

    /** Patches numbered down the columns of the grid first. */
    static final Layout GRID_COLUMN_MAJOR = (row, col, ch, h, w, c, p) ->
            new int[] {(col / p) * (h / p) + row / p, ((row % p) * p + col % p) * c + ch};

    /** The image's row-major values cut into consecutive runs of P*P*C: a reshape without the block structure. */
    static final Layout PLAIN_RESHAPE = (row, col, ch, h, w, c, p) -> {
        int flat = (row * w + col) * c + ch;
        return new int[] {flat / (p * p * c), flat % (p * p * c)};
    };

    /** The patch matrix of an image under a layout. */
    static double[][] patches(Image image, int p, Layout layout) {
        int h = image.height();
        int w = image.width();
        int c = image.channels();
        double[][] out = new double[(h / p) * (w / p)][p * p * c];
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                for (int ch = 0; ch < c; ch++) {
                    int[] at = layout.place(row, col, ch, h, w, c, p);
                    out[at[0]][at[1]] = image.get(row, col, ch);
                }
            }
        }
        return out;
    }

    /** The patch matrix of the statement. */
    static double[][] patches(Image image, int p) {
        return patches(image, p, STATED);
    }

    /** Names the layout mistake a wrong patch matrix matches, or "". */
    static String diagnosePatches(Image image, int p, double[][] actual) {
        return Diagnosis.of(actual, patches(image, p), EXACT).called("patches")
                .mistakeMatrix("the channels of a patch come first (c, u, v) instead of last (u, v, c): keep the C "
                        + "values of one pixel next to each other", () -> patches(image, p, CHANNELS_FIRST))
                .mistakeMatrix("the pixels of a patch are read column by column (v, u, c) instead of row by row",
                        () -> patches(image, p, PATCH_TRANSPOSED))
                .mistakeMatrix("the patches are numbered down the columns of the grid; the stated order is row by row "
                        + "(left to right, then top to bottom)", () -> patches(image, p, GRID_COLUMN_MAJOR))
                .mistakeMatrix("a plain reshape: consecutive runs of P*P*C values of the whole image, which mixes "
                        + "rows of different patches, instead of P x P blocks", () -> patches(image, p, PLAIN_RESHAPE))
                .explain();
    }

    /** {@code [cls; patches E] + E_pos}, by explicit sums. */
    static double[][] embedding(double[][] patches, EmbeddingWeights w) {
        double[][] e = w.projection().toArray();
        double[][] pos = w.positions().toArray();
        int d = w.embeddingDim();
        double[][] out = new double[patches.length + 1][d];
        for (int j = 0; j < d; j++) {
            out[0][j] = w.classToken().get(0, j) + pos[0][j];
        }
        for (int n = 0; n < patches.length; n++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int k = 0; k < patches[n].length; k++) {
                    sum += patches[n][k] * e[k][j];
                }
                out[n + 1][j] = sum + pos[n + 1][j];
            }
        }
        return out;
    }

    /** Names the embedding mistake a wrong token matrix matches, or "". */
    static String diagnoseEmbedding(double[][] patches, EmbeddingWeights w, double[][] actual) {
        double[][] noPositions = withoutPositions(w);
        return Diagnosis.of(actual, embedding(patches, w), Tolerance.DEFAULT).called("tokens")
                .mistakeMatrix("[CLS] is appended after the patches; it must be token 0, before them",
                        () -> clsLast(patches, w))
                .mistakeMatrix("the position embeddings are not added", () -> embedding(patches,
                        new EmbeddingWeights(w.patchSize(), w.projection(), w.classToken(), Matrix.of(noPositions))))
                .mistakeMatrix("position embedding 0 is not added to [CLS]", () -> {
                    double[][] z = embedding(patches, w);
                    z[0] = w.classToken().row(0);
                    return z;
                })
                .explain();
    }

    private static double[][] withoutPositions(EmbeddingWeights w) {
        return new double[w.positions().rows()][w.embeddingDim()];
    }

    private static double[][] clsLast(double[][] patches, EmbeddingWeights w) {
        double[][] shifted = embedding(patches, new EmbeddingWeights(w.patchSize(), w.projection(), w.classToken(),
                Matrix.of(withoutPositions(w))));
        int n = patches.length;
        double[][] out = new double[n + 1][];
        for (int t = 0; t < n; t++) {
            out[t] = shifted[t + 1];
        }
        out[n] = shifted[0];
        double[][] pos = w.positions().toArray();
        for (int t = 0; t <= n; t++) {
            for (int j = 0; j < out[t].length; j++) {
                out[t][j] += pos[t][j];
            }
        }
        return out;
    }

    /** Every entry index of a matrix at which two matrices of one shape differ, as {@code {row, col}} pairs. */
    static List<int[]> differingEntries(double[][] a, double[][] b) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (Double.compare(a[i][j], b[i][j]) != 0) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }
}
