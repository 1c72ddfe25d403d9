package course.kvcache;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import course.linalg.Matrix;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: small attention layers and token sequences with one-decimal entries. */
final class Generators {

    private Generators() {
    }

    /** An MHA layer and a sequence of tokens (one per row). */
    record MhaCase(MhaWeights weights, double[][] tokens) {
        @Override
        public String toString() {
            return weights.heads() + " head(s) of d_h = " + weights.headDim() + ", d_model = " + weights.modelDim()
                    + "\n  W^Q = " + weights.query() + "\n  W^K = " + weights.key() + "\n  W^V = " + weights.value()
                    + "\n  W^O = " + weights.output() + "\n  tokens = " + Arrays.deepToString(tokens);
        }
    }

    /** An MLA layer and a sequence of tokens (one per row). */
    record MlaCase(MlaWeights weights, double[][] tokens) {
        @Override
        public String toString() {
            MlaWeights w = weights;
            return w.heads() + " head(s) of d_h = " + w.headDim() + ", d_c = " + w.latentDim() + ", d_h^R = "
                    + w.ropeDim() + ", d_model = " + w.modelDim() + "\n  W^DKV = " + w.downKv() + "\n  W^UK = "
                    + w.upKey() + "\n  W^UV = " + w.upValue() + "\n  W^Q = " + w.query() + "\n  W^QR = "
                    + w.ropeQuery() + "\n  W^KR = " + w.ropeKey() + "\n  W^O = " + w.output() + "\n  tokens = "
                    + Arrays.deepToString(tokens);
        }
    }

    /** Vectors of {@code n} one-decimal numbers in [-bound, bound], shrinking toward 1. */
    static Arbitrary<double[]> vector(int n, double bound) {
        return CourseArbitraries.tenths(-bound, bound).list().ofSize(n)
                .map(xs -> xs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Arbitrary<Matrix> matrix(int rows, int cols) {
        return vector(rows * cols, 1).map(flat -> {
            double[][] m = new double[rows][cols];
            for (int i = 0; i < rows; i++) {
                m[i] = Arrays.copyOfRange(flat, i * cols, (i + 1) * cols);
            }
            return Matrix.of(m);
        });
    }

    static Arbitrary<double[][]> tokens(int count, int dim) {
        return vector(dim, 2).list().ofSize(count).map(rows -> rows.toArray(double[][]::new));
    }

    /** 1 to 5 tokens, d_model 1 to 3, 1 or 2 heads of d_h 2 or 4, d_out 1 or 2. */
    static Arbitrary<MhaCase> mhaCases() {
        return Combinators.combine(CourseArbitraries.smallInts(1, 5), CourseArbitraries.smallInts(1, 3),
                        CourseArbitraries.smallInts(1, 2), Arbitraries.of(2, 4), CourseArbitraries.smallInts(1, 2))
                .flatAs((t, model, heads, dh, out) -> Combinators.combine(matrix(model, heads * dh),
                                matrix(model, heads * dh), matrix(model, heads * dh), matrix(heads * dh, out),
                                tokens(t, model))
                        .as((q, k, v, o, x) -> new MhaCase(new MhaWeights(q, k, v, o, heads), x)));
    }

    /** 1 to 5 tokens, d_model 1 to 3, 1 or 2 heads, d_h 1 or 2, d_c 1 to 3, d_h^R 2 or 4, d_out 1 or 2. */
    static Arbitrary<MlaCase> mlaCases() {
        return Combinators.combine(CourseArbitraries.smallInts(1, 5), CourseArbitraries.smallInts(1, 3),
                        CourseArbitraries.smallInts(1, 2), CourseArbitraries.smallInts(1, 2),
                        CourseArbitraries.smallInts(1, 3), Arbitraries.of(2, 4), CourseArbitraries.smallInts(1, 2))
                .flatAs((t, model, heads, dh, dc, dr, out) -> Combinators.combine(List.of(
                                matrix(model, dc), matrix(dc, heads * dh), matrix(dc, heads * dh),
                                matrix(model, heads * dh), matrix(model, heads * dr), matrix(model, dr),
                                matrix(heads * dh, out)))
                        .as(ms -> ms)
                        .flatMap(ms -> tokens(t, model).map(x -> new MlaCase(new MlaWeights(ms.get(0), ms.get(1),
                                ms.get(2), ms.get(3), ms.get(4), ms.get(5), ms.get(6), heads), x))));
    }
}
