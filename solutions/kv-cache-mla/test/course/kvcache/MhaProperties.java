package course.kvcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.kvcache.DecodingChecks.Decoding;
import course.kvcache.DecodingChecks.Mistake;
import course.kvcache.Generators.MhaCase;
import course.kvcache.KvOracle.Pairing;
import course.kvcache.KvOracle.Variant;
import course.linalg.Matrix;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of cached MHA decoding with RoPE on random layers and sequences. */
class MhaProperties {

    /** Keys rotated at the query's position and no RoPE at all give the same scores: one description for both. */
    static final String POSITIONS_LOST = "the scores ignore positions: either RoPE is missing, or the cached keys "
            + "were rotated again by the position of the query reading them (then the query and every key turn by "
            + "the same angle and RoPE cancels out); rotate each key once, by its own position";

    @Provide
    Arbitrary<MhaCase> layers() {
        return Generators.mhaCases();
    }

    static List<Mistake> mistakes(MhaCase c) {
        return List.of(
                new Mistake(POSITIONS_LOST,
                        x -> KvOracle.mha(c.weights(), x, Variant.CORRECT.withKeysAtQueryPosition())),
                new Mistake("RoPE paired x_i with x_{i+d/2} instead of adjacent entries",
                        x -> KvOracle.mha(c.weights(), x, Variant.CORRECT.withPairing(Pairing.HALVES))));
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "recompute is the layer on the whole sequence: per head, query t = RoPE(x_t W^Q, t) attends to "
            + "keys RoPE(x_j W^K, j) for j = 0..t only (causal), scores divided by sqrt(d_h), softmax over j, times "
            + "the values x_j W^V; the heads side by side times W^O.",
            zh = "recompute 是整个序列上的这一层：每个头中，查询 t = RoPE(x_t W^Q, t) 只关注 j = 0..t 的键 "
                    + "RoPE(x_j W^K, j)（因果），分数除以 sqrt(d_h)，对 j 做 softmax，乘以值 x_j W^V；各头并排后乘 W^O。")
    void recomputeMatchesTheDefinition(@ForAll("layers") MhaCase c) {
        Matrix out = MhaDecoder.recompute(c.weights(), Matrix.of(c.tokens()));
        String problem = DecodingChecks.recomputationMatches(out, c.tokens(),
                KvOracle.mha(c.weights(), c.tokens(), Variant.CORRECT), mistakes(c));
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 40)
    @Points(3)
    @DependsOn({"RopeTests.ropeOfHandVectors", "recomputeMatchesTheDefinition"})
    @Hint(value = "Decoding with the cache must give, for every prefix, exactly what recomputing the whole prefix "
            + "gives (to 1e-9). Cache each key already rotated by ITS OWN position, append the new token's entry "
            + "before attending (a token attends to itself), and never re-rotate old keys by the current position.",
            zh = "用缓存解码时，对每个前缀得到的结果都必须与重新计算整个前缀完全一致（误差 1e-9）。每个键要按它自己的位置"
                    + "旋转后再缓存；先把新 token 的条目加入缓存再做注意力（token 会关注自己）；不要按当前位置重新旋转旧的键。")
    void cachedDecodingEqualsRecomputationOnEveryPrefix(@ForAll("layers") MhaCase c) {
        MhaDecoder decoder = new MhaDecoder(c.weights());
        String problem = DecodingChecks.incrementalEqualsRecomputation(decoding(decoder), c.tokens(),
                KvOracle.mha(c.weights(), c.tokens(), Variant.CORRECT), mistakes(c));
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "After t tokens the MHA cache holds exactly t entries, entry j = (the n_h rotated keys RoPE(x_j W^K, "
            + "j) side by side, the values x_j W^V): 2 n_h d_h numbers per token. Append one entry per step and never "
            + "change the old ones.",
            zh = "解码 t 个 token 后，MHA 缓存恰好有 t 个条目，条目 j = （n_h 个旋转后的键 RoPE(x_j W^K, j) 并排，值 x_j W^V）："
                    + "每个 token 2 n_h d_h 个数。每一步追加一个条目，且不修改旧条目。")
    void cacheHoldsOneEntryPerPastToken(@ForAll("layers") MhaCase c) {
        MhaDecoder decoder = new MhaDecoder(c.weights());
        MhaWeights w = c.weights();
        String problem = DecodingChecks.cacheHoldsOneEntryPerToken(decoding(decoder), c.tokens(),
                t -> KvOracle.mhaEntry(w, c.tokens()[t], t), 2 * w.heads() * w.headDim(),
                "keys rotated by RoPE at their own position, and values: 2 n_h d_h numbers");
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    static Decoding<MhaEntry> decoding(MhaDecoder decoder) {
        return new Decoding<>() {
            @Override
            public double[] step(double[] x) {
                return decoder.step(x);
            }

            @Override
            public KvCache<MhaEntry> cache() {
                return decoder.cache();
            }
        };
    }
}
