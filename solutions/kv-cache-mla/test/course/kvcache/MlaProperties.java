package course.kvcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.kvcache.DecodingChecks.Decoding;
import course.kvcache.DecodingChecks.Mistake;
import course.kvcache.Generators.MlaCase;
import course.kvcache.KvOracle.Variant;
import course.linalg.Matrix;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of cached MLA decoding with decoupled RoPE on random layers and sequences. */
class MlaProperties {

    @Provide
    Arbitrary<MlaCase> layers() {
        return Generators.mlaCases();
    }

    static List<Mistake> mistakes(MlaCase c) {
        return List.of(
                new Mistake("the scores were divided by sqrt(d_h); with the RoPE part the query and key have "
                        + "d_h + d_h^R entries, so divide by sqrt(d_h + d_h^R)",
                        x -> KvOracle.mla(c.weights(), x, Variant.CORRECT.withoutRopeInScale())),
                new Mistake(MhaProperties.POSITIONS_LOST,
                        x -> KvOracle.mla(c.weights(), x, Variant.CORRECT.withKeysAtQueryPosition())));
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "MLA, head i, query t, key j <= t: score = (q^C_{t,i} . k^C_{j,i} + q^R_{t,i} . k^R_j) / "
            + "sqrt(d_h + d_h^R) with q^C = x_t W^Q, q^R = RoPE(x_t W^QR, t) per head, k^C = c_j W^UK, k^R_j = "
            + "RoPE(x_j W^KR, j) shared by all heads, c_j = x_j W^DKV; output = softmax-weighted values c_j W^UV, "
            + "heads side by side, times W^O.",
            zh = "MLA 中，第 i 个头、查询 t、键 j <= t：score = (q^C_{t,i} . k^C_{j,i} + q^R_{t,i} . k^R_j) / "
                    + "sqrt(d_h + d_h^R)，其中 q^C = x_t W^Q，q^R = 每个头的 RoPE(x_t W^QR, t)，k^C = c_j W^UK，"
                    + "k^R_j = RoPE(x_j W^KR, j) 由所有头共享，c_j = x_j W^DKV；输出 = 按 softmax 加权的值 c_j W^UV，"
                    + "各头并排后乘 W^O。")
    void mlaRecomputeMatchesTheDefinition(@ForAll("layers") MlaCase c) {
        Matrix out = MlaDecoder.recompute(c.weights(), Matrix.of(c.tokens()));
        String problem = DecodingChecks.recomputationMatches(out, c.tokens(),
                KvOracle.mla(c.weights(), c.tokens(), Variant.CORRECT), mistakes(c));
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 40)
    @Points(3)
    @DependsOn({"RopeTests.ropeOfHandVectors", "mlaRecomputeMatchesTheDefinition"})
    @Hint(value = "Decoding MLA with its cache of latents and RoPE keys must give, for every prefix, what recomputing "
            + "the prefix gives (to 1e-9): the keys and values are expanded from the cached latents c_j, the RoPE key "
            + "of token j is cached already rotated by j, and the new token's entry is appended before attending.",
            zh = "用潜向量与 RoPE 键的缓存解码 MLA 时，对每个前缀的结果都必须等于重新计算该前缀的结果（误差 1e-9）：键和值由缓存的"
                    + "潜向量 c_j 展开，token j 的 RoPE 键按 j 旋转后缓存，新 token 的条目要在做注意力之前加入缓存。")
    void mlaCachedDecodingEqualsRecomputationOnEveryPrefix(@ForAll("layers") MlaCase c) {
        MlaDecoder decoder = new MlaDecoder(c.weights());
        String problem = DecodingChecks.incrementalEqualsRecomputation(decoding(decoder), c.tokens(),
                KvOracle.mla(c.weights(), c.tokens(), Variant.CORRECT), mistakes(c));
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    @Property(tries = 40)
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "The MLA cache holds exactly one entry per decoded token: the latent c_j = x_j W^DKV and the shared "
            + "RoPE key RoPE(x_j W^KR, j), d_c + d_h^R numbers, and NOT the expanded keys and values (that is the "
            + "whole saving).",
            zh = "MLA 缓存对每个已解码 token 恰好保存一个条目：潜向量 c_j = x_j W^DKV 和共享的 RoPE 键 RoPE(x_j W^KR, j)，"
                    + "共 d_c + d_h^R 个数，而不是展开后的键和值（节省正来自于此）。")
    void mlaCacheHoldsTheLatentAndTheRopeKeyOfEachToken(@ForAll("layers") MlaCase c) {
        MlaDecoder decoder = new MlaDecoder(c.weights());
        MlaWeights w = c.weights();
        String problem = DecodingChecks.cacheHoldsOneEntryPerToken(decoding(decoder), c.tokens(),
                t -> KvOracle.mlaEntry(w, c.tokens()[t], t), w.latentDim() + w.ropeDim(),
                "the latent x W^DKV and the RoPE key rotated at its own position: d_c + d_h^R numbers");
        assertThat(problem).withFailMessage("%s\n  for %s", problem, c).isNull();
    }

    static Decoding<MlaEntry> decoding(MlaDecoder decoder) {
        return new Decoding<>() {
            @Override
            public double[] step(double[] x) {
                return decoder.step(x);
            }

            @Override
            public KvCache<MlaEntry> cache() {
                return decoder.cache();
            }
        };
    }
}
