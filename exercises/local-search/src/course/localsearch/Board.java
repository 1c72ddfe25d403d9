package course.localsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An immutable n-queens board in the complete-state formulation: one queen in every column, {@code row(c)} is the
 * row (0 .. n-1) of the queen in column {@code c}. A move takes one queen to another row of its own column, so a
 * board has {@code n * (n - 1)} neighbours.
 */
public final class Board {
    private final int[] rows;

    private Board(int[] rows) {
        this.rows = rows;
    }

    /**
     * The board with the queen of column {@code c} in row {@code rows[c]}.
     *
     * @throws IllegalArgumentException if there are no columns or a row is outside {@code 0 .. n-1}
     */
    public static Board of(int... rows) {
        int[] copy = rows.clone();
        if (copy.length == 0) {
            throw new IllegalArgumentException("a board needs at least one column");
        }
        for (int c = 0; c < copy.length; c++) {
            if (copy[c] < 0 || copy[c] >= copy.length) {
                throw new IllegalArgumentException("the queen of column " + c + " is in row " + copy[c]
                        + ", outside 0.." + (copy.length - 1));
            }
        }
        return new Board(copy);
    }

    /**
     * A board in the notation of Russell and Norvig's figures: one digit per column, 1 for the bottom row, so
     * that {@code "24748552"} has its first queen in row 1 (the second from the bottom).
     *
     * @throws IllegalArgumentException if a character is not a digit from 1 to the number of columns
     */
    public static Board fromDigits(String digits) {
        int[] r = new int[digits.length()];
        for (int c = 0; c < r.length; c++) {
            char ch = digits.charAt(c);
            if (ch < '1' || ch > '9') {
                throw new IllegalArgumentException("'" + digits + "': column " + c + " is '" + ch
                        + "', not a digit from 1 to 9");
            }
            r[c] = ch - '1';
        }
        return of(r);
    }

    /**
     * A random board of {@code n} columns: the row of column 0, then column 1, ..., each
     * {@code rng.nextInt(n)}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Board random(int n, RandomGenerator rng) {
        if (n < 1) {
            throw new IllegalArgumentException("a board needs at least one column, got n = " + n);
        }
        int[] r = new int[n];
        for (int c = 0; c < n; c++) {
            r[c] = rng.nextInt(n);
        }
        return new Board(r);
    }

    /** The number of columns (and rows). */
    public int size() {
        return rows.length;
    }

    /** The row of the queen in column {@code col}. */
    public int row(int col) {
        return rows[Objects.checkIndex(col, rows.length)];
    }

    /** The rows of all queens, column by column (a copy). */
    public int[] rows() {
        return rows.clone();
    }

    /** The number of pairs of queens, {@code C(n, 2) = n (n - 1) / 2}: 28 on 8 x 8. */
    public int pairs() {
        return rows.length * (rows.length - 1) / 2;
    }

    /**
     * This board with the queen of column {@code col} moved to {@code row}.
     *
     * @throws IllegalArgumentException if the column or the row is outside the board
     */
    public Board withQueen(int col, int row) {
        if (col < 0 || col >= rows.length || row < 0 || row >= rows.length) {
            throw new IllegalArgumentException("column " + col + ", row " + row + " is outside a board of size "
                    + rows.length);
        }
        int[] r = rows.clone();
        r[col] = row;
        return new Board(r);
    }

    /**
     * All {@code n (n - 1)} neighbours, in a fixed order: column 0 first, and within a column the rows from 0 up,
     * skipping the queen's own row.
     */
    public List<Board> neighbors() {
        List<Board> out = new ArrayList<>(rows.length * (rows.length - 1));
        for (int c = 0; c < rows.length; c++) {
            for (int r = 0; r < rows.length; r++) {
                if (r != rows[c]) {
                    out.add(withQueen(c, r));
                }
            }
        }
        return out;
    }

    /**
     * A neighbour chosen uniformly at random: column {@code rng.nextInt(n)}, then one of the other {@code n - 1}
     * rows of that column with {@code rng.nextInt(n - 1)}.
     *
     * @throws IllegalStateException on a 1 x 1 board, which has no neighbours
     */
    public Board randomNeighbor(RandomGenerator rng) {
        if (rows.length == 1) {
            throw new IllegalStateException("a 1 x 1 board has no neighbours");
        }
        int c = rng.nextInt(rows.length);
        int r = rng.nextInt(rows.length - 1);
        return withQueen(c, r < rows[c] ? r : r + 1);
    }

    /** Whether {@code other} differs from this board in exactly one column (a move apart). */
    public boolean isNeighborOf(Board other) {
        if (other.rows.length != rows.length) {
            return false;
        }
        int differences = 0;
        for (int c = 0; c < rows.length; c++) {
            if (rows[c] != other.rows[c]) {
                differences++;
            }
        }
        return differences == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Board b && Arrays.equals(rows, b.rows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows);
    }

    /** The rows, column by column, e.g. {@code [1, 3, 0, 2]}. */
    @Override
    public String toString() {
        return Arrays.toString(rows);
    }
}
