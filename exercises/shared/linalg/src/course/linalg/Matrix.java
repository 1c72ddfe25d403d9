package course.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable real matrix with at least one row and one column and only finite entries.
 *
 * <p>Rows are tokens in this exercise: a {@code n x d} matrix holds one {@code d}-dimensional vector per token.
 * Every factory and accessor copies its arrays, so a matrix can never change once built. The operations check
 * their shapes and say which dimensions disagree.
 */
public final class Matrix {

    private final double[][] entries;

    private Matrix(double[][] entries) {
        this.entries = entries;
    }

    /**
     * Builds a matrix from a copy of the given rows.
     *
     * @param rows the entries, {@code rows[i][j]} being row {@code i}, column {@code j}
     * @return the matrix
     * @throws IllegalArgumentException if there is no row, a row is null or empty, the rows differ in length,
     *                                  or an entry is NaN or infinite
     */
    public static Matrix of(double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length == 0) {
            throw new IllegalArgumentException("a matrix needs at least one row");
        }
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row == null) {
                throw new IllegalArgumentException("row " + i + " is null");
            }
            if (row.length == 0) {
                throw new IllegalArgumentException("row " + i + " is empty; a matrix needs at least one column");
            }
            if (row.length != rows[0].length) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " columns but row 0 has "
                        + rows[0].length);
            }
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") is " + row[j]
                            + "; a Matrix holds finite numbers only (keep masked -Infinity logits in a double[])");
                }
            }
            copy[i] = row.clone();
        }
        return new Matrix(copy);
    }

    /**
     * Returns the {@code rows x cols} matrix of zeros.
     *
     * @throws IllegalArgumentException if a dimension is smaller than 1
     */
    public static Matrix zeros(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least 1 x 1 entries, got " + rows + " x " + cols);
        }
        return new Matrix(new double[rows][cols]);
    }

    /**
     * Returns the {@code n x n} identity matrix.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Matrix identity(int n) {
        double[][] id = zeros(n, n).entries;
        for (int i = 0; i < n; i++) {
            id[i][i] = 1.0;
        }
        return new Matrix(id);
    }

    /**
     * Places matrices side by side: the result has their common number of rows and the sum of their columns,
     * the columns of {@code parts.get(0)} first.
     *
     * @throws IllegalArgumentException if the list is empty or the matrices differ in their number of rows
     */
    public static Matrix concatColumns(List<Matrix> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        int rows = parts.get(0).rows();
        int cols = 0;
        for (int p = 0; p < parts.size(); p++) {
            Matrix part = Objects.requireNonNull(parts.get(p), "part " + p);
            if (part.rows() != rows) {
                throw new IllegalArgumentException("cannot concatenate columns: part " + p + " has " + part.rows()
                        + " rows but part 0 has " + rows);
            }
            cols += part.cols();
        }
        double[][] out = new double[rows][cols];
        int offset = 0;
        for (Matrix part : parts) {
            for (int i = 0; i < rows; i++) {
                System.arraycopy(part.entries[i], 0, out[i], offset, part.cols());
            }
            offset += part.cols();
        }
        return new Matrix(out);
    }

    /**
     * Stacks matrices on top of each other: the result has their common number of columns and the sum of their
     * rows, the rows of {@code parts.get(0)} first.
     *
     * @throws IllegalArgumentException if the list is empty or the matrices differ in their number of columns
     */
    public static Matrix concatRows(List<Matrix> parts) {
        Objects.requireNonNull(parts, "parts");
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Matrix part = Objects.requireNonNull(parts.get(p), "part " + p);
            if (part.cols() != parts.get(0).cols()) {
                throw new IllegalArgumentException("cannot stack rows: part " + p + " has " + part.cols()
                        + " columns but part 0 has " + parts.get(0).cols());
            }
            rows.addAll(Arrays.asList(part.entries));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("nothing to stack");
        }
        return Matrix.of(rows.toArray(double[][]::new));
    }

    /** Returns the number of rows. */
    public int rows() {
        return entries.length;
    }

    /** Returns the number of columns. */
    public int cols() {
        return entries[0].length;
    }

    /**
     * Returns one entry.
     *
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double get(int row, int col) {
        Objects.checkIndex(row, rows());
        Objects.checkIndex(col, cols());
        return entries[row][col];
    }

    /**
     * Returns a copy of one row.
     *
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] row(int row) {
        Objects.checkIndex(row, rows());
        return entries[row].clone();
    }

    /**
     * Returns a copy of one column.
     *
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] column(int col) {
        Objects.checkIndex(col, cols());
        double[] out = new double[rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries[i][col];
        }
        return out;
    }

    /** Returns a copy of all entries, {@code [row][column]}. */
    public double[][] toArray() {
        double[][] out = new double[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            out[i] = entries[i].clone();
        }
        return out;
    }

    /**
     * Returns the matrix product {@code this * other}.
     *
     * @throws IllegalArgumentException if {@code this.cols() != other.rows()}, or an entry of the product
     *                                  overflows to infinity
     */
    public Matrix multiply(Matrix other) {
        Objects.requireNonNull(other, "other");
        if (cols() != other.rows()) {
            throw new IllegalArgumentException("cannot multiply a " + shape() + " matrix by a " + other.shape()
                    + " matrix: the inner dimensions " + cols() + " and " + other.rows() + " differ");
        }
        double[][] out = new double[rows()][other.cols()];
        for (int i = 0; i < rows(); i++) {
            for (int k = 0; k < cols(); k++) {
                double a = entries[i][k];
                for (int j = 0; j < other.cols(); j++) {
                    out[i][j] += a * other.entries[k][j];
                }
            }
        }
        return Matrix.of(out);
    }

    /**
     * Returns the entry-wise sum {@code this + other}.
     *
     * @throws IllegalArgumentException if the shapes differ, or an entry of the sum overflows to infinity
     */
    public Matrix add(Matrix other) {
        Objects.requireNonNull(other, "other");
        if (rows() != other.rows() || cols() != other.cols()) {
            throw new IllegalArgumentException("cannot add a " + other.shape() + " matrix to a " + shape()
                    + " matrix: the shapes differ");
        }
        double[][] out = toArray();
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] += other.entries[i][j];
            }
        }
        return Matrix.of(out);
    }

    /**
     * Returns the row vector {@code x} times this matrix, {@code x M}: entry {@code j} is
     * {@code sum_k x[k] M[k][j]}.
     *
     * @throws IllegalArgumentException if {@code x} does not have {@code rows()} entries
     */
    public double[] leftMultiply(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length != rows()) {
            throw new IllegalArgumentException("cannot multiply a vector of " + x.length + " entries by a " + shape()
                    + " matrix: the vector needs " + rows() + " entries");
        }
        double[] out = new double[cols()];
        for (int k = 0; k < x.length; k++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += x[k] * entries[k][j];
            }
        }
        return out;
    }

    /** Returns the transpose. */
    public Matrix transpose() {
        double[][] out = new double[cols()][rows()];
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < cols(); j++) {
                out[j][i] = entries[i][j];
            }
        }
        return new Matrix(out);
    }

    /**
     * Returns every entry multiplied by {@code factor}.
     *
     * @throws IllegalArgumentException if the factor is not finite or a product overflows
     */
    public Matrix scale(double factor) {
        double[][] out = toArray();
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return Matrix.of(out);
    }

    /**
     * Returns the columns {@code from} (inclusive) to {@code to} (exclusive) as a new matrix.
     *
     * @throws IndexOutOfBoundsException if {@code 0 <= from < to <= cols()} does not hold
     */
    public Matrix columns(int from, int to) {
        Objects.checkFromToIndex(from, to, cols());
        if (from == to) {
            throw new IndexOutOfBoundsException("an empty column range " + from + ".." + to);
        }
        double[][] out = new double[rows()][];
        for (int i = 0; i < rows(); i++) {
            out[i] = Arrays.copyOfRange(entries[i], from, to);
        }
        return new Matrix(out);
    }

    /** Returns the shape as {@code "rows x cols"}, as used in error messages. */
    public String shape() {
        return rows() + " x " + cols();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && Arrays.deepEquals(entries, m.entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Matrix ").append(shape()).append(" [");
        for (int i = 0; i < entries.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Arrays.toString(entries[i]));
        }
        return sb.append(']').toString();
    }
}
