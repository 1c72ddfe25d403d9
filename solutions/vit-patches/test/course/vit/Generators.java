package course.vit;

import org.aibasis.grader.testkit.CourseArbitraries;

import course.linalg.Matrix;
import course.tensor.Image;
import course.tensor.ImageArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: images cut into patches, and embedding weights that fit them. */
final class Generators {

    private Generators() {
    }

    /** An image of distinct whole numbers and a patch size that divides its sides. */
    record PatchCase(Image image, int patchSize) {
        int gridRows() {
            return image.height() / patchSize;
        }

        int gridCols() {
            return image.width() / patchSize;
        }

        @Override
        public String toString() {
            return "P = " + patchSize + ", " + image;
        }
    }

    /** An image, a patch size that divides it, and weights with {@code D} columns that fit both. */
    record EmbeddingCase(Image image, EmbeddingWeights weights) {
        @Override
        public String toString() {
            return "P = " + weights.patchSize() + ", " + image + "\n  E = " + weights.projection()
                    + "\n  [CLS] = " + weights.classToken() + "\n  E_pos = " + weights.positions();
        }
    }

    /** Patch sizes 1..3, grids of 1..3 x 1..3 patches, 1..3 channels; entries 1..H*W*C shuffled. */
    static Arbitrary<PatchCase> patchCases() {
        return Combinators.combine(CourseArbitraries.smallInts(1, 3), CourseArbitraries.smallInts(1, 3),
                        CourseArbitraries.smallInts(1, 3), CourseArbitraries.smallInts(1, 3))
                .flatAs((p, rows, cols, c) -> ImageArbitraries.distinctImages(rows * p, cols * p, c)
                        .map(image -> new PatchCase(image, p)));
    }

    /** One entry of a patch case's image: pixel (row, col), channel ch. */
    record EntryCase(PatchCase patchCase, int row, int col, int ch) {
        @Override
        public String toString() {
            return patchCase + "\n  changed entry: pixel (" + row + ", " + col + "), channel " + ch;
        }
    }

    /** {@link #patchCases()} with one entry of the image picked. */
    static Arbitrary<EntryCase> entryCases() {
        return patchCases().flatMap(pc -> {
            Image im = pc.image();
            return Arbitraries.integers().between(0, im.height() * im.width() * im.channels() - 1)
                    .map(i -> new EntryCase(pc, i / (im.width() * im.channels()), (i / im.channels()) % im.width(),
                            i % im.channels()));
        });
    }

    /** {@link #patchCases()} with weights: D in 1..3, whole-number entries in [-2, 2]. */
    static Arbitrary<EmbeddingCase> embeddingCases() {
        return Combinators.combine(patchCases(), CourseArbitraries.smallInts(1, 3))
                .flatAs((pc, d) -> {
                    int n = pc.gridRows() * pc.gridCols();
                    int length = pc.patchSize() * pc.patchSize() * pc.image().channels();
                    return Combinators.combine(matrix(length, d), matrix(1, d), matrix(n + 1, d))
                            .as((e, cls, pos) -> new EmbeddingCase(pc.image(),
                                    new EmbeddingWeights(pc.patchSize(), e, cls, pos)));
                });
    }

    private static Arbitrary<Matrix> matrix(int rows, int cols) {
        return CourseArbitraries.intMatrix(rows, cols, 2).map(Matrix::of);
    }
}
