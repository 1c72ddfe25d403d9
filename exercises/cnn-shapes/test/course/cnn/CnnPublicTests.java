package course.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import course.tensor.Image;

class CnnPublicTests {

    @Test
    void sameConvolutionKeepsTheSize() {
        assertThat(ConvArithmetic.outputSize(32, 5, 1, 2)).isEqualTo(32);
    }

    @Test
    void aWindowWiderThanThePaddedInputIsRejected() {
        assertThatThrownBy(() -> ConvArithmetic.outputSize(3, 5, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersOfA3x3Convolution() {
        assertThat(ConvArithmetic.convParameters(3, 3, 16)).isEqualTo((3 * 3 * 3 + 1) * 16);
    }

    @Test
    void threeStacked3x3ConvolutionsSee7Pixels() {
        LayerSpec c3 = LayerSpec.conv(3, 1, 1);
        assertThat(ConvArithmetic.receptiveField(List.of(c3, c3, c3))).isEqualTo(7);
    }

    @Test
    void aConvolutionIsACrossCorrelation() {
        Image x = Image.of(new double[][][] {{{1}, {2}}, {{3}, {4}}});
        ConvKernel k = ConvKernel.of(new double[][][][] {{{{1, 0}, {0, 0}}}}, new double[] {0});
        // the top-left weight meets the top-left pixel
        assertThat(ConvLayers.conv2d(x, new Conv2d(k, 1, 0, 1, PaddingMode.ZEROS)))
                .isEqualTo(Image.of(new double[][][] {{{1}}}));
    }

    @Test
    void maxPoolingKeepsTheLargestValue() {
        Image x = Image.of(new double[][][] {{{1}, {2}}, {{3}, {4}}});
        assertThat(ConvLayers.maxPool(x, 2, 2)).isEqualTo(Image.of(new double[][][] {{{4}}}));
    }

    @Test
    void residualAddsTheInput() {
        Image x = Image.of(new double[][][] {{{1}, {2}}});
        assertThat(ConvLayers.residual(x, img -> img)).isEqualTo(Image.of(new double[][][] {{{2}, {4}}}));
    }
}
