package course.kvcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

/**
 * A first check of RoPE, MHA decoding and the cache-size formulas on examples you can do on paper.
 *
 * <pre>
 * RoPE((1, 0), position 1) = (cos 1, sin 1): the pair turns by 1 radian (theta_0 = 1)
 * MHA, one head, d_h = 2, identity projections, tokens (1, 0) then (1, 0):
 *   both values are (1, 0), so every output is (1, 0) whatever the weights of the softmax
 * </pre>
 */
class KvCachePublicTests {

    @Test
    void ropeTurnsTheFirstPairByThePosition() {
        assertThat(Rope.rotate(new double[] {1, 0}, 1)).containsExactly(new double[] {Math.cos(1), Math.sin(1)},
                within(1e-12));
        assertThat(Rope.rotate(new double[] {1, 2}, 0)).as("position 0").containsExactly(new double[] {1, 2},
                within(1e-12));
    }

    @Test
    void theCacheGrowsByOneEntryPerToken() {
        Matrix id = Matrix.identity(2);
        MhaDecoder decoder = new MhaDecoder(new MhaWeights(id, id, id, id, 1));
        assertThat(decoder.step(new double[] {1, 0})).containsExactly(new double[] {1, 0}, within(1e-12));
        assertThat(decoder.step(new double[] {1, 0})).containsExactly(new double[] {1, 0}, within(1e-12));
        assertThat(decoder.cache().size()).isEqualTo(2);
        assertThat(decoder.cache().get(1).floats()).as("2 n_h d_h numbers per token").isEqualTo(4);
    }

    @Test
    void cacheSizesPerToken() {
        assertThat(CacheSize.mhaPerToken(8, 64, 2)).as("2 * 8 * 64 * 2").isEqualTo(2048);
        assertThat(CacheSize.mlaPerToken(256, 32, 2)).as("(256 + 32) * 2").isEqualTo(576);
    }
}
