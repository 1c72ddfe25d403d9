package course.linalg;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitrary;

/**
 * Random {@link Matrix} values for hidden properties, with entries a person can multiply by hand: whole numbers or
 * one decimal, shrinking toward 1 (never toward an all-zero matrix, on which most mistakes vanish).
 */
public final class MatrixArbitraries {

    private MatrixArbitraries() {
    }

    /** {@code rows x cols} matrices of whole numbers in {@code [-bound, bound]}. */
    public static Arbitrary<Matrix> wholeNumbers(int rows, int cols, int bound) {
        return CourseArbitraries.intMatrix(rows, cols, bound).map(Matrix::of);
    }

    /** {@code rows x cols} matrices of numbers with one decimal in {@code [-bound, bound]}. */
    public static Arbitrary<Matrix> tenths(int rows, int cols, double bound) {
        return CourseArbitraries.tenths(-bound, bound).list().ofSize(rows * cols).map(values -> {
            double[][] m = new double[rows][cols];
            for (int i = 0; i < rows * cols; i++) {
                m[i / cols][i % cols] = values.get(i);
            }
            return Matrix.of(m);
        });
    }
}
