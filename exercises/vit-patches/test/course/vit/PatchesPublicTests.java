package course.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import course.linalg.Matrix;
import course.tensor.Image;

class PatchesPublicTests {

    /** The 2 x 4 one-channel image [[1, 2, 3, 4], [5, 6, 7, 8]]. */
    private static Image twoByFour() {
        return Image.of(new double[][][] {{{1}, {2}, {3}, {4}}, {{5}, {6}, {7}, {8}}});
    }

    @Test
    void vitBaseHas196Patches() {
        assertThat(Patches.patchCount(224, 224, 16)).isEqualTo(196);
    }

    @Test
    void patchSizeMustDivideTheImage() {
        assertThatThrownBy(() -> Patches.patchCount(224, 224, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patchesOfASmallImage() {
        // two 2 x 2 patches side by side, each read row by row
        assertThat(Patches.patchify(twoByFour(), 2))
                .isEqualTo(Matrix.of(new double[][] {{1, 2, 5, 6}, {3, 4, 7, 8}}));
    }

    @Test
    void unpatchifyRestoresTheImage() {
        Matrix patches = Matrix.of(new double[][] {{1, 2, 5, 6}, {3, 4, 7, 8}});
        assertThat(Patches.unpatchify(patches, 2, 4, 1, 2)).isEqualTo(twoByFour());
    }

    @Test
    void embeddingPrependsClsAndAddsPositions() {
        EmbeddingWeights w = new EmbeddingWeights(2,
                Matrix.of(new double[][] {{1}, {1}, {1}, {1}}),       // E sums a patch's values
                Matrix.of(new double[][] {{100}}),                   // [CLS]
                Matrix.of(new double[][] {{1}, {2}, {3}}));          // E_pos
        // [CLS] + 1, (1 + 2 + 5 + 6) + 2, (3 + 4 + 7 + 8) + 3
        assertThat(PatchEmbedding.embed(twoByFour(), w)).isEqualTo(Matrix.of(new double[][] {{101}, {16}, {25}}));
    }
}
