package course.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SoftmaxPublicTests {

    @Test
    void softmaxOfSmallLogits() {
        // exp(ln 3) = 3 and exp(0) = 1, so the probabilities are 3/4 and 1/4.
        double[] p = Attention.softmax(new double[] {Math.log(3), 0});
        assertThat(p).as("softmax([ln 3, 0])").containsExactly(new double[] {0.75, 0.25}, within(1e-9));
    }

    @Test
    void softmaxOfHugeLogitsIsFinite() {
        // exp(1000) overflows; after subtracting the max the logits are [0, -1].
        double[] p = Attention.softmax(new double[] {1000, 999});
        double e = Math.exp(-1);
        assertThat(p).as("softmax([1000, 999]) must equal softmax([1, 0]); NaN means exp overflowed")
                .containsExactly(new double[] {1 / (1 + e), e / (1 + e)}, within(1e-9));
    }
}
