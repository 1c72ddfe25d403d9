package course.tensor;

import java.util.List;
import java.util.stream.IntStream;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Arbitraries and small helpers for {@link Image}s in hidden tests: whole-number entries that shrink toward 1, and
 * images whose entries are all different, so that a value in the wrong place shows.
 */
public final class ImageArbitraries {

    private ImageArbitraries() {
    }

    /** {@code height x width x channels} images of whole numbers in {@code [-bound, bound]}, shrinking toward 1. */
    public static Arbitrary<Image> images(int height, int width, int channels, int bound) {
        return CourseArbitraries.smallInts(-bound, bound).list().ofSize(height * width * channels)
                .map(values -> fill(height, width, channels, values));
    }

    /**
     * {@code height x width x channels} images holding each of the numbers {@code 1..height*width*channels} once,
     * in shuffled positions: every entry can be told from every other, so a value read from the wrong pixel or
     * channel shows in the answer.
     */
    public static Arbitrary<Image> distinctImages(int height, int width, int channels) {
        List<Integer> numbers = IntStream.rangeClosed(1, height * width * channels).boxed().toList();
        return Arbitraries.shuffle(numbers).map(values -> fill(height, width, channels, values));
    }

    /** The image whose entry {@code i} in row-major, channel-last order is {@code i + 1}. */
    public static Image counting(int height, int width, int channels) {
        double[][][] a = new double[height][width][channels];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                for (int ch = 0; ch < channels; ch++) {
                    a[row][col][ch] = (row * width + col) * channels + ch + 1;
                }
            }
        }
        return Image.of(a);
    }

    /** A copy of {@code image} with one entry replaced. */
    public static Image withEntry(Image image, int row, int col, int channel, double value) {
        double[][][] a = image.toArray();
        a[row][col][channel] = value;
        return Image.of(a);
    }

    private static Image fill(int height, int width, int channels, List<Integer> values) {
        double[][][] a = new double[height][width][channels];
        int i = 0;
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                for (int ch = 0; ch < channels; ch++) {
                    a[row][col][ch] = values.get(i++);
                }
            }
        }
        return Image.of(a);
    }
}
