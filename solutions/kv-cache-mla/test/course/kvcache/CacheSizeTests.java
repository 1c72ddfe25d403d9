package course.kvcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cache sizes per token: DeepSeek-V2's configuration, the formulas on random shapes, the exceptions. */
class CacheSizeTests {

    @Test
    @Points(2)
    @Hint(value = "Per token and layer, MHA caches a key and a value for every head (2 n_h d_h numbers), GQA one per "
            + "group (2 n_g d_h), MQA a single one (2 d_h) and MLA the latent plus the shared RoPE key (d_c + "
            + "d_h^R); multiply by the number of layers l. DeepSeek-V2: n_h = d_h = 128, d_c = 512, d_h^R = 64, "
            + "l = 60.",
            zh = "每个 token、每层：MHA 为每个头缓存一个键和一个值（2 n_h d_h 个数），GQA 每组一个（2 n_g d_h），"
                    + "MQA 只有一个（2 d_h），MLA 缓存潜向量加共享 RoPE 键（d_c + d_h^R）；再乘以层数 l。DeepSeek-V2："
                    + "n_h = d_h = 128，d_c = 512，d_h^R = 64，l = 60。")
    void cacheSizesOfDeepSeekV2() {
        assertThat(CacheSize.mhaPerToken(128, 128, 60)).as("MHA, 128 heads of 128, 60 layers: 2 * 128 * 128 * 60")
                .isEqualTo(1_966_080L);
        assertThat(CacheSize.mlaPerToken(512, 64, 60)).as("MLA, d_c = 512, d_h^R = 64, 60 layers: (512 + 64) * 60 "
                + "(the 34.6K of the V2 report's Table 9)").isEqualTo(34_560L);
        assertThat(CacheSize.gqaPerToken(128, 128, 60)).as("GQA with one group per head is MHA")
                .isEqualTo(1_966_080L);
        assertThat(CacheSize.gqaPerToken(1, 128, 60)).as("MQA = GQA with one group: 2 * 128 * 60")
                .isEqualTo(15_360L);
        assertThat(CacheSize.equivalentGqaGroups(512, 64, 128))
                .as("MLA's cache equals GQA with (512 + 64) / (2 * 128) = 2.25 groups (V2 report, Table 1)")
                .isCloseTo(2.25, within(1e-12));
        double ratio = (double) CacheSize.mhaPerToken(128, 128, 60) / CacheSize.mlaPerToken(512, 64, 60);
        assertThat(ratio).as("MHA needs 512/9 = 56.9 times MLA's cache at this configuration")
                .isCloseTo(512.0 / 9, within(1e-9));
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return CourseArbitraries.smallInts(1, 300);
    }

    @Property(tries = 50)
    @Points(1)
    @Hint(value = "The formulas hold for any shape: MHA 2 n_h d_h l, GQA 2 n_g d_h l, MLA (d_c + d_h^R) l, and the "
            + "equivalent number of GQA groups (d_c + d_h^R) / (2 d_h). Compute in long: 2 * 300^3 fits, an int "
            + "product of larger shapes may not.",
            zh = "公式对任何形状都成立：MHA 2 n_h d_h l，GQA 2 n_g d_h l，MLA (d_c + d_h^R) l，等价的 GQA 组数 "
                    + "(d_c + d_h^R) / (2 d_h)。用 long 计算：2 * 300^3 还放得下，更大形状的 int 乘积可能溢出。")
    void cacheSizeFormulasHoldForAnyShape(@ForAll("sizes") int a, @ForAll("sizes") int b, @ForAll("sizes") int c) {
        assertThat(CacheSize.mhaPerToken(a, b, c)).as("mhaPerToken(%d, %d, %d)", a, b, c).isEqualTo(2L * a * b * c);
        assertThat(CacheSize.gqaPerToken(a, b, c)).as("gqaPerToken(%d, %d, %d)", a, b, c).isEqualTo(2L * a * b * c);
        assertThat(CacheSize.mlaPerToken(a, b, c)).as("mlaPerToken(%d, %d, %d)", a, b, c).isEqualTo((long) (a + b) * c);
        assertThat(CacheSize.equivalentGqaGroups(a, b, c)).as("equivalentGqaGroups(%d, %d, %d)", a, b, c)
                .isCloseTo((a + b) / (2.0 * c), within(1e-12));
        assertThat(CacheSize.mhaPerToken(65_536, 256, 256)).as("mhaPerToken(65536, 256, 256) = 2^33, beyond int")
                .isEqualTo(1L << 33);
    }

    @Test
    @Points(1)
    @Hint(value = "Throw IllegalArgumentException when a number of heads, groups, layers or a head or latent size is "
            + "smaller than 1, or the RoPE size is negative (0 is allowed: MLA without decoupled RoPE).",
            zh = "当头数、组数、层数、头大小或潜向量大小小于 1，或 RoPE 大小为负时，抛出 IllegalArgumentException"
                    + "（0 是允许的：没有解耦 RoPE 的 MLA）。")
    void cacheSizesRejectImpossibleShapes() {
        Map<String, Runnable> bad = new LinkedHashMap<>();
        bad.put("mhaPerToken with 0 heads", () -> CacheSize.mhaPerToken(0, 128, 60));
        bad.put("mhaPerToken with head size 0", () -> CacheSize.mhaPerToken(8, 0, 60));
        bad.put("mhaPerToken with 0 layers", () -> CacheSize.mhaPerToken(8, 128, 0));
        bad.put("gqaPerToken with 0 groups", () -> CacheSize.gqaPerToken(0, 128, 60));
        bad.put("gqaPerToken with head size 0", () -> CacheSize.gqaPerToken(2, 0, 60));
        bad.put("gqaPerToken with -1 layers", () -> CacheSize.gqaPerToken(2, 128, -1));
        bad.put("mlaPerToken with latent size 0", () -> CacheSize.mlaPerToken(0, 64, 60));
        bad.put("mlaPerToken with RoPE size -2", () -> CacheSize.mlaPerToken(512, -2, 60));
        bad.put("mlaPerToken with 0 layers", () -> CacheSize.mlaPerToken(512, 64, 0));
        bad.put("equivalentGqaGroups with latent size 0", () -> CacheSize.equivalentGqaGroups(0, 64, 128));
        bad.put("equivalentGqaGroups with RoPE size -2", () -> CacheSize.equivalentGqaGroups(512, -2, 128));
        bad.put("equivalentGqaGroups with head size 0", () -> CacheSize.equivalentGqaGroups(512, 64, 0));
        bad.forEach((what, call) -> assertThatThrownBy(call::run).as(what)
                .isInstanceOf(IllegalArgumentException.class));
        assertThat(CacheSize.mlaPerToken(512, 0, 60)).as("MLA without decoupled RoPE: 512 * 60").isEqualTo(30_720L);
        assertThat(CacheSize.equivalentGqaGroups(512, 0, 128)).as("MLA without decoupled RoPE: 512 / 256 groups")
                .isEqualTo(2.0);
    }
}
