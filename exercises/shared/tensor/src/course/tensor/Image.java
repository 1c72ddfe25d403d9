package course.tensor;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable {@code height x width x channels} array of finite numbers: an image (3 channels for RGB) or a
 * feature map of a convolutional network (one channel per filter).
 *
 * <p>Entry {@code (row, col, channel)} is the value of channel {@code channel} at pixel {@code (row, col)}; row 0
 * is the top row and column 0 the left column. Every factory and accessor copies its arrays, so an image can
 * never change once built.
 */
public final class Image {

    private static final int SHOWN_ENTRIES = 200;

    private final int height;
    private final int width;
    private final int channels;
    /** Row by row, then column by column, the channels of one pixel next to each other. */
    private final double[] values;

    private Image(int height, int width, int channels, double[] values) {
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.values = values;
    }

    /**
     * Builds an image from a copy of the given values.
     *
     * @param values {@code values[row][col][channel]}
     * @return the image
     * @throws IllegalArgumentException if there is no row, no column or no channel, the rows or pixels differ in
     *                                  length, an array is null, or an entry is NaN or infinite
     */
    public static Image of(double[][][] values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0 || values[0] == null || values[0].length == 0 || values[0][0] == null
                || values[0][0].length == 0) {
            throw new IllegalArgumentException("an image needs at least one row, one column and one channel");
        }
        int h = values.length;
        int w = values[0].length;
        int c = values[0][0].length;
        double[] flat = new double[h * w * c];
        for (int row = 0; row < h; row++) {
            if (values[row] == null || values[row].length != w) {
                throw new IllegalArgumentException("row " + row + " has " + (values[row] == null ? "no"
                        : values[row].length) + " columns but row 0 has " + w);
            }
            for (int col = 0; col < w; col++) {
                double[] pixel = values[row][col];
                if (pixel == null || pixel.length != c) {
                    throw new IllegalArgumentException("pixel (" + row + ", " + col + ") has " + (pixel == null
                            ? "no" : pixel.length) + " channels but pixel (0, 0) has " + c);
                }
                for (int ch = 0; ch < c; ch++) {
                    if (!Double.isFinite(pixel[ch])) {
                        throw new IllegalArgumentException("entry (" + row + ", " + col + ", " + ch + ") is "
                                + pixel[ch] + "; an Image holds finite numbers only");
                    }
                    flat[(row * w + col) * c + ch] = pixel[ch];
                }
            }
        }
        return new Image(h, w, c, flat);
    }

    /**
     * Returns the {@code height x width x channels} image of zeros.
     *
     * @throws IllegalArgumentException if a dimension is smaller than 1
     */
    public static Image zeros(int height, int width, int channels) {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("an image needs at least 1 x 1 x 1 entries, got " + height + " x "
                    + width + " x " + channels);
        }
        return new Image(height, width, channels, new double[Math.multiplyExact(Math.multiplyExact(height, width),
                channels)]);
    }

    /** Returns the number of rows. */
    public int height() {
        return height;
    }

    /** Returns the number of columns. */
    public int width() {
        return width;
    }

    /** Returns the number of channels. */
    public int channels() {
        return channels;
    }

    /**
     * Returns one entry.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double get(int row, int col, int channel) {
        Objects.checkIndex(row, height);
        Objects.checkIndex(col, width);
        Objects.checkIndex(channel, channels);
        return values[(row * width + col) * channels + channel];
    }

    /** Returns a copy of all entries, {@code [row][col][channel]}. */
    public double[][][] toArray() {
        double[][][] out = new double[height][width][];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int start = (row * width + col) * channels;
                out[row][col] = Arrays.copyOfRange(values, start, start + channels);
            }
        }
        return out;
    }

    /** Whether the other image has the same height, width and number of channels. */
    public boolean sameShape(Image other) {
        return height == other.height && width == other.width && channels == other.channels;
    }

    /** Returns the shape as {@code "height x width x channels"}, as used in error messages. */
    public String shape() {
        return height + " x " + width + " x " + channels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image m && sameShape(m) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(height, width, channels) + Arrays.hashCode(values);
    }

    /** Lists the pixels row by row, each as its channel values; a large image shows only its shape. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Image ").append(shape());
        if (values.length > SHOWN_ENTRIES) {
            return sb.toString();
        }
        double[][][] a = toArray();
        sb.append(" [");
        for (int row = 0; row < height; row++) {
            sb.append(row == 0 ? "" : ", ").append('[');
            for (int col = 0; col < width; col++) {
                sb.append(col == 0 ? "" : ", ").append(Arrays.toString(a[row][col]));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
