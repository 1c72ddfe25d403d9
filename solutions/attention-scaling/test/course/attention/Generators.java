package course.attention;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import course.linalg.Matrix;
import course.linalg.MatrixArbitraries;

/** Arbitraries for the hidden properties: logit vectors, attention inputs, multi-head layers. */
final class Generators {

    private Generators() {
    }

    /** Inputs of one attention call; printed readably in a counterexample. */
    record AttentionCase(Matrix q, Matrix k, Matrix v, boolean causal) {
        @Override
        public String toString() {
            return "causal=" + causal + "\n  Q = " + q + "\n  K = " + k + "\n  V = " + v;
        }
    }

    /** Inputs of one multi-head self-attention call. */
    record MultiHeadCase(Matrix x, MultiHeadWeights weights, boolean causal) {
        @Override
        public String toString() {
            return "causal=" + causal + ", heads=" + weights.heads() + "\n  X = " + x
                    + "\n  W_q = " + weights.queryProjections() + "\n  W_k = " + weights.keyProjections()
                    + "\n  W_v = " + weights.valueProjections() + "\n  W_o = " + weights.outputProjection();
        }
    }

    /**
     * Logit vectors of 1 to 8 entries in [-bound, bound] with two decimals. They are generated as whole numbers of
     * hundredths because jqwik shrinks integers quickly, so a failure is reported well within the time limit, and
     * they shrink toward 1 (not 0, where every softmax is uniform and most mistakes vanish).
     */
    static Arbitrary<double[]> logits(int bound) {
        return hundredths(bound).list().ofMinSize(1).ofMaxSize(8)
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Numbers in [-bound, bound] with two decimals, shrinking toward 1. */
    static Arbitrary<Double> hundredths(int bound) {
        return Arbitraries.integers().between(-100 * bound, 100 * bound).shrinkTowards(100).map(i -> i / 100.0);
    }

    /**
     * Attention inputs: n queries, m keys (m = n when causal), d_k in [minDk, 6], d_v in [1, 4], whole-number
     * entries in [-3, 3]: a shrunk counterexample then has scores like 1 or 2, where a wrong scale changes the
     * weights visibly, instead of scores like 0.0001.
     */
    static Arbitrary<AttentionCase> attentionCases(int minKeys, int minDk) {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(minKeys, 6),
                        Arbitraries.integers().between(minDk, 6), Arbitraries.integers().between(1, 4),
                        Arbitraries.of(true, false))
                .flatAs((n, m, dk, dv, causal) -> {
                    int keys = causal ? Math.max(n, minKeys) : m;
                    int queries = causal ? keys : n;
                    return Combinators.combine(MatrixArbitraries.wholeNumbers(queries, dk, 3),
                                    MatrixArbitraries.wholeNumbers(keys, dk, 3),
                                    MatrixArbitraries.wholeNumbers(keys, dv, 3))
                            .as((q, k, v) -> new AttentionCase(q, k, v, causal));
                });
    }

    /** Square causal attention inputs with 2 to 6 tokens. */
    static Arbitrary<AttentionCase> causalCases() {
        return Combinators.combine(Arbitraries.integers().between(2, 6), Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(1, 4))
                .flatAs((n, dk, dv) -> Combinators.combine(MatrixArbitraries.wholeNumbers(n, dk, 3),
                                MatrixArbitraries.wholeNumbers(n, dk, 3), MatrixArbitraries.wholeNumbers(n, dv, 3))
                        .as((q, k, v) -> new AttentionCase(q, k, v, true)));
    }

    /** A list of {@code count} matrices of one shape with one decimal in [-bound, bound]. */
    private static Arbitrary<List<Matrix>> matrices(int count, int rows, int cols, int bound) {
        return MatrixArbitraries.tenths(rows, cols, bound).list().ofSize(count).map(ArrayList::new);
    }

    /**
     * Multi-head layers on 1 to 5 tokens: 1 to 3 heads, d_model in [1, 4], d_k and d_v in [1, 3], d_out in
     * [1, 4], inputs in [-2, 2] and weights in [-1, 1], one decimal.
     */
    static Arbitrary<MultiHeadCase> multiHeadCases(boolean allowCausal) {
        Arbitrary<Boolean> causalFlag = allowCausal ? Arbitraries.of(true, false) : Arbitraries.just(false);
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4), causalFlag)
                .flatAs((n, h, dModel, dk, dv, dOut, causal) -> Combinators.combine(
                                MatrixArbitraries.tenths(n, dModel, 2), matrices(h, dModel, dk, 1),
                                matrices(h, dModel, dk, 1), matrices(h, dModel, dv, 1),
                                MatrixArbitraries.tenths(h * dv, dOut, 1))
                        .as((x, wq, wk, wv, wo) -> new MultiHeadCase(x, new MultiHeadWeights(wq, wk, wv, wo),
                                causal)));
    }
}
