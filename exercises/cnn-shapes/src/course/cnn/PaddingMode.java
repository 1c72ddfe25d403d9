package course.cnn;

/** What a convolution reads outside the input. */
public enum PaddingMode {
    /** Zero padding: every position outside the input holds 0. */
    ZEROS,
    /**
     * Circular padding: the input repeats periodically, so row {@code -1} is the last row and column {@code W} the
     * first column (indices taken modulo the height and the width).
     */
    CIRCULAR
}
