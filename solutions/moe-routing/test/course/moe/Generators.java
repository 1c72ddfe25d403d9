package course.moe;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: routers, token logits and biases with one decimal. */
final class Generators {

    private Generators() {
    }

    /** One token's routing problem; printed readably in a counterexample. */
    record RouterCase(RouterConfig config, double[] logits, double[] bias) {
        @Override
        public String toString() {
            return config + "\n  logits = " + Arrays.toString(logits) + "\n  bias   = " + Arrays.toString(bias);
        }
    }

    /** A skewed sigmoid router and the seed of its batch of tokens. */
    record SkewCase(int topK, double[] skew, long seed) {
        static final int TOKENS = 32;

        RouterConfig config() {
            return new RouterConfig(skew.length, 1, topK, Affinity.SIGMOID);
        }

        /** The batch: token t's logit for expert i is skew[i] plus standard normal noise drawn from the seed. */
        double[][] batch() {
            Random noise = new Random(seed);
            double[][] batch = new double[TOKENS][skew.length];
            for (double[] token : batch) {
                for (int i = 0; i < skew.length; i++) {
                    token[i] = skew[i] + noise.nextGaussian();
                }
            }
            return batch;
        }

        /** The imbalance of the plain router (no bias) on the batch, computed by the oracle. */
        double plainImbalance() {
            double[][] batch = batch();
            int[] counts = new int[skew.length];
            for (double[] token : batch) {
                for (int i : MoeOracle.selection(token, new double[skew.length], config())) {
                    counts[i]++;
                }
            }
            return MoeOracle.maxViolation(counts);
        }

        @Override
        public String toString() {
            return "sigmoid router, " + skew.length + " routed experts, top-" + topK + ", per-expert logit offsets "
                    + Arrays.toString(skew) + ", token noise seed " + seed;
        }
    }

    static Arbitrary<RouterConfig> configs() {
        return CourseArbitraries.smallInts(2, 7).flatMap(n -> Combinators.combine(
                        CourseArbitraries.smallInts(1, n), CourseArbitraries.smallInts(0, 2),
                        Arbitraries.of(Affinity.class))
                .as((k, shared, kind) -> new RouterConfig(n, shared, k, kind)));
    }

    /**
     * Routing problems with logits in [-3, 3] and, if {@code withBias}, biases in [-1, 1] (else zero). Cases where two
     * biased scores differ by less than 1e-7 without being equal are left out: there the order would depend on the
     * last bit of how an affinity is computed.
     */
    static Arbitrary<RouterCase> cases(boolean withBias) {
        return configs().flatMap(c -> Combinators.combine(vector(c.routedExperts(), 3),
                        withBias ? vector(c.routedExperts(), 1) : Arbitraries.just(new double[c.routedExperts()]))
                .as((z, b) -> new RouterCase(c, z, b)))
                .filter(Generators::noNearTies);
    }

    /** Vectors of {@code n} one-decimal numbers in [-bound, bound], shrinking toward 1. */
    static Arbitrary<double[]> vector(int n, double bound) {
        return CourseArbitraries.tenths(-bound, bound).list().ofSize(n)
                .map(xs -> xs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Batches of 1 to 6 tokens, each sent to 1 to 3 distinct routed experts out of 2 to 6. */
    static Arbitrary<Batch> batches() {
        return CourseArbitraries.smallInts(2, 6).flatMap(n -> CourseArbitraries.smallInts(1, Math.min(3, n))
                .flatMap(k -> Arbitraries.integers().between(0, n - 1).set().ofSize(k)
                        .map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray())
                        .list().ofMinSize(1).ofMaxSize(6)
                        .map(list -> new Batch(n, list))));
    }

    /** The routed experts chosen for each token of a batch, out of {@code experts}. */
    record Batch(int experts, List<int[]> selections) {
        List<Route> routes() {
            return MoeOracle.routes(selections.toArray(int[][]::new));
        }

        @Override
        public String toString() {
            return experts + " routed experts, tokens sent to "
                    + selections.stream().map(Arrays::toString).toList();
        }
    }

    /**
     * Sigmoid routers over 4 to 8 experts with logit offsets in [-3, 3] that make the plain router skewed: its most
     * loaded expert gets at least twice the mean load on the batch.
     */
    static Arbitrary<SkewCase> skewedRouters() {
        return CourseArbitraries.smallInts(4, 8).flatMap(n -> Combinators.combine(CourseArbitraries.smallInts(1, 2),
                        vector(n, 3), Arbitraries.longs())
                .as(SkewCase::new)
                .filter(c -> c.plainImbalance() >= 1));
    }

    private static boolean noNearTies(RouterCase c) {
        double[] scores = MoeOracle.plus(MoeOracle.affinities(c.logits(), c.config().affinity()), c.bias());
        for (int i = 0; i < scores.length; i++) {
            for (int j = i + 1; j < scores.length; j++) {
                double d = Math.abs(scores[i] - scores[j]);
                if (d != 0 && d < 1e-7) {
                    return false;
                }
            }
        }
        return true;
    }
}
