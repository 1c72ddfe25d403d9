package course.tictactoe;

import java.util.Optional;

/**
 * A tic-tac-toe position. Immutable. Cells are numbered row by row:
 * <pre>
 *   0 | 1 | 2
 *   3 | 4 | 5
 *   6 | 7 | 8
 * </pre>
 * X moves first, so X is to move when both have as many marks, O when X has one more. Every position also has a
 * {@link #code()} in {@code 0 .. CODES-1} (cell {@code i} is the base-3 digit {@code i}: 0 empty, 1 X, 2 O), handy
 * as an index into an array of values.
 */
public final class Board {

    /** The number of codes, {@code 3^9}: an array of this length has one entry per position. */
    public static final int CODES = 19_683;

    private static final int[][] LINES = {
        {0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6},
    };
    private static final int[] POWERS = {1, 3, 9, 27, 81, 243, 729, 2187, 6561};

    /** The empty board, X to move (declared after the tables its constructor reads). */
    public static final Board EMPTY = new Board(new int[9]);

    /** 0 empty, 1 X, 2 O. */
    private final int[] cells;
    private final int code;

    private Board(int[] cells) {
        this.cells = cells;
        int c = 0;
        for (int i = 0; i < 9; i++) {
            c += cells[i] * POWERS[i];
        }
        this.code = c;
    }

    /**
     * Reads a position from nine characters, row by row: {@code X}, {@code O} and {@code .} (empty); spaces and
     * {@code |} are ignored, e.g. {@code "X.O|.X.|..O"}.
     *
     * @throws IllegalArgumentException if there are not nine cells, a character is unknown, or the marks cannot
     *                                  come from X and O taking turns with X first
     */
    public static Board of(String rows) {
        int[] cells = new int[9];
        int n = 0;
        for (char ch : rows.toCharArray()) {
            if (ch == ' ' || ch == '|') {
                continue;
            }
            int mark = switch (ch) {
                case '.' -> 0;
                case 'X', 'x' -> 1;
                case 'O', 'o' -> 2;
                default -> throw new IllegalArgumentException("unknown cell '" + ch + "' in \"" + rows
                        + "\" (use X, O and .)");
            };
            if (n == 9) {
                throw new IllegalArgumentException("more than nine cells in \"" + rows + "\"");
            }
            cells[n++] = mark;
        }
        if (n != 9) {
            throw new IllegalArgumentException("a board has nine cells, \"" + rows + "\" has " + n);
        }
        Board board = new Board(cells);
        int x = board.count(1);
        int o = board.count(2);
        if (x != o && x != o + 1) {
            throw new IllegalArgumentException("\"" + rows + "\" has " + x + " X and " + o + " O: X moves first and "
                    + "the players take turns");
        }
        return board;
    }

    /** The position with this {@link #code()}. */
    public static Board ofCode(int code) {
        if (code < 0 || code >= CODES) {
            throw new IllegalArgumentException("codes are 0.." + (CODES - 1) + ", got " + code);
        }
        int[] cells = new int[9];
        int rest = code;
        for (int i = 0; i < 9; i++) {
            cells[i] = rest % 3;
            rest /= 3;
        }
        return new Board(cells);
    }

    /** The position's number in {@code 0 .. CODES-1}. */
    public int code() {
        return code;
    }

    /** Whose turn it is: X when both have as many marks, otherwise O. */
    public Mark toMove() {
        return count(1) == count(2) ? Mark.X : Mark.O;
    }

    /** The mark in {@code cell}, if any. */
    public Optional<Mark> at(int cell) {
        checkCell(cell);
        return cells[cell] == 0 ? Optional.empty() : Optional.of(cells[cell] == 1 ? Mark.X : Mark.O);
    }

    /** The empty cells, in increasing order. */
    public int[] emptyCells() {
        int[] out = new int[9 - count(1) - count(2)];
        int k = 0;
        for (int i = 0; i < 9; i++) {
            if (cells[i] == 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** Whether {@code mark} has three in a row, column or diagonal. */
    public boolean hasLine(Mark mark) {
        int m = mark == Mark.X ? 1 : 2;
        for (int[] line : LINES) {
            if (cells[line[0]] == m && cells[line[1]] == m && cells[line[2]] == m) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell is taken. */
    public boolean isFull() {
        return count(0) == 0;
    }

    /** Whether the game is over: someone has a line or the board is full. */
    public boolean isOver() {
        return hasLine(Mark.X) || hasLine(Mark.O) || isFull();
    }

    /** How the game ended, for X; empty while it goes on. A full board with a line is a win for that line. */
    public Optional<Outcome> outcome() {
        if (hasLine(Mark.X)) {
            return Optional.of(Outcome.WIN);
        }
        if (hasLine(Mark.O)) {
            return Optional.of(Outcome.LOSS);
        }
        return isFull() ? Optional.of(Outcome.DRAW) : Optional.empty();
    }

    /**
     * The position after the player to move takes {@code cell}.
     *
     * @throws IllegalArgumentException if the game is over, or the cell does not exist or is taken
     */
    public Board play(int cell) {
        checkCell(cell);
        if (isOver()) {
            throw new IllegalArgumentException("the game is over, no move is possible:\n" + this);
        }
        if (cells[cell] != 0) {
            throw new IllegalArgumentException("cell " + cell + " is taken:\n" + this);
        }
        int[] next = cells.clone();
        next[cell] = toMove() == Mark.X ? 1 : 2;
        return new Board(next);
    }

    private int count(int mark) {
        int n = 0;
        for (int c : cells) {
            if (c == mark) {
                n++;
            }
        }
        return n;
    }

    private static void checkCell(int cell) {
        if (cell < 0 || cell > 8) {
            throw new IllegalArgumentException("cells are 0..8, got " + cell);
        }
    }

    /** The position as {@code X.O|.X.|..O}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(11);
        for (int i = 0; i < 9; i++) {
            if (i > 0 && i % 3 == 0) {
                b.append('|');
            }
            b.append(".XO".charAt(cells[i]));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Board other && other.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }
}
