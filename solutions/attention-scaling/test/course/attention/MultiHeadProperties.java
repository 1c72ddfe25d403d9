package course.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;

import course.attention.Generators.MultiHeadCase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import course.linalg.Matrix;

class MultiHeadProperties {

    /** A multi-head layer and a permutation of its tokens. */
    record Permuted(MultiHeadCase layer, List<Integer> permutation) {
        @Override
        public String toString() {
            return "permutation " + permutation + " of the tokens of " + layer;
        }
    }

    @Provide
    Arbitrary<MultiHeadCase> anyLayer() {
        return Generators.multiHeadCases(true);
    }

    @Provide
    Arbitrary<Permuted> permutedLayer() {
        return Generators.multiHeadCases(false).flatMap(c -> Arbitraries
                .shuffle(new ArrayList<>(IntStream.range(0, c.x().rows()).boxed().toList()))
                .map(p -> new Permuted(c, p)));
    }

    @Property(tries = 50)
    @Points(2)
    @DependsOn("AttentionProperties.weightsAreSoftmaxOfScaledScores")
    @Hint(value = "Multi-head attention = concat(head_0, ..., head_{h-1}) W_o with head_i = Attention(X W_q[i], "
            + "X W_k[i], X W_v[i]) (causal if asked). Usual mistakes: forgetting W_o, reusing one head's "
            + "projections, concatenating in the wrong order, summing heads instead of concatenating.",
            zh = "多头注意力 = concat(head_0, ..., head_{h-1}) W_o，其中 head_i = Attention(X W_q[i], X W_k[i], "
                    + "X W_v[i])（需要时带因果掩码）。常见错误：忘了 W_o、所有头用同一组投影、拼接顺序错、把各头相加而不是拼接。")
    void multiHeadMatchesPerHeadDefinition(@ForAll("anyLayer") MultiHeadCase c) {
        double[][] actual = MultiHeadAttention.apply(c.x(), c.weights(), c.causal()).toArray();
        Optional<String> problem = Approx.difference("output", actual,
                MultiHead.expected(c.x(), c.weights(), c.causal()), Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("multi-head output (expected = concat of your own attention heads, times "
                        + "W_o): %s%s%s", problem.orElse(""),
                Mistakes.withoutOutputProjection(c.x(), c.weights(), c.causal(), actual),
                Mistakes.multiHead(c.x(), c.weights(), c.causal(), actual).explain()).isEmpty();
    }

    @Property(tries = 50)
    @Points(1)
    @DependsOn("multiHeadMatchesPerHeadDefinition")
    @Hint(value = "Self-attention without positional information is permutation-equivariant: shuffling the input "
            + "tokens shuffles the output rows the same way and changes nothing else. (This is why transformers need "
            + "position encodings.) A dependence on the row index outside the causal mask breaks it.",
            zh = "没有位置信息的自注意力是置换等变的：打乱输入 token 的顺序，输出行按同样方式打乱，其他不变"
                    + "（所以 Transformer 需要位置编码）。在因果掩码之外依赖行号会破坏这一性质。")
    void selfAttentionIsPermutationEquivariant(@ForAll("permutedLayer") Permuted p) {
        MultiHeadCase c = p.layer();
        int[] perm = p.permutation().stream().mapToInt(Integer::intValue).toArray();
        Matrix out = MultiHeadAttention.apply(c.x(), c.weights(), false);
        Matrix outOfPermuted = MultiHeadAttention.apply(Oracle.permuteRows(c.x(), perm), c.weights(), false);
        Optional<String> problem = Approx.difference("output of the permuted input", outOfPermuted.toArray(),
                Oracle.permuteRows(out, perm).toArray(), Tolerance.DEFAULT);
        assertThat(problem).withFailMessage("permuting the input rows by %s should permute the output rows the same "
                + "way: %s", p.permutation(), problem.orElse("")).isEmpty();
    }
}
