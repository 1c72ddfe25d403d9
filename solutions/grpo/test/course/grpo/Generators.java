package course.grpo;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: reward groups, ratios, log-probabilities, sampled groups, completions. */
final class Generators {

    private Generators() {
    }

    /** A group of outputs with their advantages; printed readably in a counterexample. */
    record Group(List<SampledOutput> outputs, double[] advantages) {
        @Override
        public String toString() {
            return "advantages " + Arrays.toString(advantages) + ", outputs " + outputs;
        }
    }

    /**
     * Groups of 1 to 8 rewards: one-decimal numbers in [-2, 2], or 0/1 correctness rewards (many ties, sometimes all
     * equal), as R1-Zero's rule-based rewards give.
     */
    static Arbitrary<double[]> rewards() {
        Arbitrary<Double> value = Arbitraries.oneOf(CourseArbitraries.tenths(-2, 2),
                Arbitraries.of(0.0, 1.0));
        return CourseArbitraries.smallInts(1, 8).flatMap(g -> Arbitraries.oneOf(
                value.list().ofSize(g), Arbitraries.of(0.0, 1.0).list().ofSize(g))
                .map(xs -> xs.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Log-probabilities with two decimals in [-3, 0]. */
    static Arbitrary<Double> logProbs() {
        return Arbitraries.integers().between(-300, 0).map(i -> i / 100.0);
    }

    /** Groups of 1 to 4 outputs of 1 to 5 tokens, with advantages in [-2, 2]. */
    static Arbitrary<Group> groups() {
        Arbitrary<SampledOutput> output = CourseArbitraries.smallInts(1, 5).flatMap(n -> Combinators.combine(
                        vector(n), vector(n), vector(n))
                .as(SampledOutput::new));
        return CourseArbitraries.smallInts(1, 4).flatMap(g -> Combinators.combine(output.list().ofSize(g),
                        CourseArbitraries.tenths(-2, 2).list().ofSize(g))
                .as((outs, adv) -> new Group(outs, adv.stream().mapToDouble(Double::doubleValue).toArray())));
    }

    private static Arbitrary<double[]> vector(int n) {
        return logProbs().list().ofSize(n).map(xs -> xs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Completions built from the template's pieces: tags, whitespace, words and look-alikes such as {@code <Think>},
     * so that most strings are almost but not quite in the format.
     */
    static Arbitrary<String> completions() {
        Arbitrary<String> piece = Arbitraries.of("<think>", "</think>", "<answer>", "</answer>", " ", "\n", "\t",
                "x", "42", "<Think>", "<answer >", "</ answer>", "<b>");
        Arbitrary<String> slot = Arbitraries.of("", " ", "\n\n", "\t", "x", " 4 ", "a b", "So:");
        Arbitrary<String> templated = Combinators.combine(slot, slot, slot, slot, slot)
                .as((lead, think, gap, answer, tail) -> lead + "<think>" + think + "</think>" + gap + "<answer>"
                        + answer + "</answer>" + tail);
        return Arbitraries.oneOf(piece.list().ofMaxSize(9).map(xs -> String.join("", xs)), templated,
                Combinators.combine(templated, piece, Arbitraries.integers().between(0, 40))
                        .as((s, p, at) -> s.substring(0, Math.min(at, s.length())) + p
                                + s.substring(Math.min(at, s.length()))));
    }
}
