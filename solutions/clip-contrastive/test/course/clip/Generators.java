package course.clip;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import course.linalg.Matrix;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: batches of embedding pairs, temperatures, zero-shot problems. */
final class Generators {

    private Generators() {
    }

    /** A batch of {@code n} image and {@code n} text embeddings of {@code d} dimensions. */
    record Batch(Matrix images, Matrix texts) {
        @Override
        public String toString() {
            return "\n  images = " + images + "\n  texts  = " + texts;
        }
    }

    /** Images, labels and the prompt embedding of each label. */
    record ZeroShotCase(Matrix images, List<String> labels, Matrix prompts) {
        /** An encoder that knows the prompt of every label. */
        TextEncoder encoder() {
            return text -> {
                for (int j = 0; j < labels.size(); j++) {
                    // the label is found at the end of the text, so only the prompt test checks the wording
                    if (text.endsWith(labels.get(j))) {
                        return prompts.row(j);
                    }
                }
                throw new IllegalArgumentException("the encoder knows no label in '" + text + "'");
            };
        }

        @Override
        public String toString() {
            return "labels " + labels + "\n  images  = " + images + "\n  prompts = " + prompts;
        }
    }

    /** Batches of 1..4 pairs in 2..4 dimensions, whole-number entries in [-3, 3], no all-zero row. */
    static Arbitrary<Batch> batches(int minPairs) {
        return Combinators.combine(CourseArbitraries.smallInts(minPairs, 4), CourseArbitraries.smallInts(2, 4))
                .flatAs((n, d) -> Combinators.combine(embeddings(n, d), embeddings(n, d, 2)).as(Batch::new));
    }

    /** Temperatures from CLIP's range and around it. */
    static Arbitrary<Double> temperatures() {
        return Arbitraries.of(0.01, 0.07, 0.1, 0.5, 1.0, 2.0);
    }

    /** {@code rows x d} whole-number embeddings in [-3, 3] without an all-zero row, shrinking toward 1. */
    static Arbitrary<Matrix> embeddings(int rows, int d) {
        return CourseArbitraries.intMatrix(rows, d, 3).filter(Generators::noZeroRow).map(Matrix::of);
    }

    /**
     * As {@link #embeddings(int, int)} but shrinking toward {@code target}: texts that shrink to 2s while images
     * shrink to 1s keep the two lengths apart, so a mistake that normalises only one side stays recognisable.
     */
    static Arbitrary<Matrix> embeddings(int rows, int d, int target) {
        return Arbitraries.integers().between(-3, 3).shrinkTowards(target).list().ofSize(rows * d).map(values -> {
            double[][] m = new double[rows][d];
            for (int i = 0; i < rows * d; i++) {
                m[i / d][i % d] = values.get(i);
            }
            return m;
        }).filter(Generators::noZeroRow).map(Matrix::of);
    }

    /**
     * Batches of 2..4 well-aligned pairs: text i points exactly where image i points (a positive multiple), and
     * no two images point the same way, so cos(image i, text j) < 1 = cos(image i, text i) for j != i.
     */
    static Arbitrary<Batch> alignedBatches() {
        return Combinators.combine(CourseArbitraries.smallInts(2, 4), CourseArbitraries.smallInts(2, 3))
                .flatAs((n, d) -> Combinators.combine(embeddings(n, d).filter(Generators::noParallelRows),
                        CourseArbitraries.smallInts(1, 4).list().ofSize(n))
                        .as((images, factors) -> {
                            double[][] t = images.toArray();
                            for (int i = 0; i < t.length; i++) {
                                for (int j = 0; j < t[i].length; j++) {
                                    t[i][j] *= factors.get(i);
                                }
                            }
                            return new Batch(images, Matrix.of(t));
                        }));
    }

    /** Positive factors by which the tests rescale embeddings. */
    static Arbitrary<List<Double>> factors(int n) {
        return Arbitraries.of(0.001, 0.1, 0.5, 2.0, 3.0, 10.0, 1000.0).list().ofSize(n).map(ArrayList::new);
    }

    /** 1..3 images and 2..4 labels in 2..3 dimensions. */
    static Arbitrary<ZeroShotCase> zeroShotCases() {
        List<String> names = List.of("cat", "dog", "car", "tree");
        return Combinators.combine(CourseArbitraries.smallInts(1, 3), CourseArbitraries.smallInts(2, 4),
                        CourseArbitraries.smallInts(2, 3))
                .flatAs((n, k, d) -> Combinators.combine(embeddings(n, d), embeddings(k, d, 2))
                        .as((images, prompts) -> new ZeroShotCase(images, names.subList(0, k), prompts)));
    }

    /** The smallest gap {@code 1 - cos(image i, image j)} over pairs of different images. */
    static double alignmentGap(Matrix images) {
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < images.rows(); i++) {
            for (int j = 0; j < images.rows(); j++) {
                if (i != j) {
                    gap = Math.min(gap, 1 - Oracle.cosine(images.row(i), images.row(j)));
                }
            }
        }
        return gap;
    }

    private static boolean noZeroRow(double[][] m) {
        for (double[] row : m) {
            if (Oracle.dot(row, row) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean noParallelRows(Matrix m) {
        return alignmentGap(m) > 0.05;
    }
}
