package course.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import course.linalg.Matrix;

class ContrastivePublicTests {

    @Test
    void clipsInitialTemperatureGivesAScaleOfAbout14() {
        assertThat(Contrastive.logitScale(0.07)).isCloseTo(14.2857, within(1e-4));
    }

    @Test
    void normalisedRowsHaveLengthOne() {
        assertThat(Contrastive.normalizeRows(Matrix.of(new double[][] {{3, 4}})).row(0))
                .containsExactly(new double[] {0.6, 0.8}, within(1e-12));
    }

    @Test
    void logSumExpOfHugeLogitsIsFinite() {
        assertThat(Contrastive.logSumExp(new double[] {1000, 1000})).isCloseTo(1000 + Math.log(2), within(1e-9));
    }

    @Test
    void twoPerfectlyMatchedOrthogonalPairs() {
        // S = identity; every cross-entropy is log(e^(1/tau) + 1) - 1/tau = log(1 + e^(-1/tau))
        Matrix pairs = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        assertThat(Contrastive.loss(pairs, pairs, 1)).isCloseTo(Math.log1p(Math.exp(-1)), within(1e-12));
    }

    @Test
    void zeroShotPicksTheMostSimilarPrompt() {
        TextEncoder encoder = text -> text.equals("a photo of a cat") ? new double[] {1, 0} : new double[] {0, 1};
        ZeroShotResult result = ZeroShot.classify(Matrix.of(new double[][] {{0.1, 2}}), List.of("cat", "dog"),
                encoder, 0.07);
        assertThat(result.predictions()).containsExactly(1);
    }
}
