package course.astar;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable state of the sliding-tile puzzle on a {@code size x size} board (size 2 to 4: the 8-puzzle is
 * size 3, the 15-puzzle size 4).
 *
 * <p>Cells are numbered row by row from 0 (top left) to {@code size*size - 1} (bottom right). Tile 0 is the blank.
 * In the goal the tiles are in order and the blank is last: tile {@code t > 0} belongs on cell {@code t - 1},
 * i.e. on row {@code (t-1) / size} and column {@code (t-1) % size}. A move slides a tile next to the blank into
 * it and costs 1.
 */
public final class Puzzle {

    private final int size;
    private final long packed;   // 4 bits per cell, cell 0 in the lowest bits
    private final int blank;

    private Puzzle(int size, long packed, int blank) {
        this.size = size;
        this.packed = packed;
        this.blank = blank;
    }

    /**
     * The state with the given tiles, row by row (0 = blank); the board size follows from the count (4, 9 or 16).
     *
     * @throws IllegalArgumentException if the count is not 4, 9 or 16 or the tiles are not 0..count-1 each once
     */
    public static Puzzle of(int... tiles) {
        int size = switch (tiles.length) {
            case 4 -> 2;
            case 9 -> 3;
            case 16 -> 4;
            default -> throw new IllegalArgumentException(
                    "a puzzle has 4, 9 or 16 cells (size 2, 3 or 4), got " + tiles.length + " tiles");
        };
        boolean[] seen = new boolean[tiles.length];
        long packed = 0;
        int blank = -1;
        for (int i = 0; i < tiles.length; i++) {
            int t = tiles[i];
            if (t < 0 || t >= tiles.length || seen[t]) {
                throw new IllegalArgumentException("the tiles must be 0.." + (tiles.length - 1)
                        + " each exactly once, got " + java.util.Arrays.toString(tiles));
            }
            seen[t] = true;
            packed |= ((long) t) << (4 * i);
            if (t == 0) {
                blank = i;
            }
        }
        return new Puzzle(size, packed, blank);
    }

    /** The goal state of the given size: tiles 1.. in order, blank in the last cell. */
    public static Puzzle goal(int size) {
        if (size < 2 || size > 4) {
            throw new IllegalArgumentException("size must be 2, 3 or 4, got " + size);
        }
        int[] tiles = new int[size * size];
        for (int i = 0; i + 1 < tiles.length; i++) {
            tiles[i] = i + 1;
        }
        return of(tiles);
    }

    /** The board's width (and height). */
    public int size() {
        return size;
    }

    /** The number of cells, {@code size * size}. */
    public int cells() {
        return size * size;
    }

    /** The tile on cell {@code index} (row-major), 0 for the blank. */
    public int tileAt(int index) {
        if (index < 0 || index >= size * size) {
            throw new IndexOutOfBoundsException("cell " + index + " is not in 0.." + (size * size - 1));
        }
        return (int) ((packed >>> (4 * index)) & 0xF);
    }

    /** The tile on the given row and column, 0 for the blank. */
    public int tileAt(int row, int col) {
        if (row < 0 || row >= size || col < 0 || col >= size) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") is not on a " + size + "x" + size + " board");
        }
        return tileAt(row * size + col);
    }

    /** The tiles row by row (a fresh copy). */
    public int[] tiles() {
        int[] t = new int[size * size];
        for (int i = 0; i < t.length; i++) {
            t[i] = tileAt(i);
        }
        return t;
    }

    /** The cell of the blank. */
    public int blankIndex() {
        return blank;
    }

    /** Whether this is the goal state. */
    public boolean isGoal() {
        return equals(goal(size));
    }

    /**
     * The states one move away, in the order: blank moves up, down, left, right (those that stay on the board).
     */
    public List<Puzzle> neighbors() {
        List<Puzzle> result = new ArrayList<>(4);
        int row = blank / size;
        int col = blank % size;
        if (row > 0) {
            result.add(swapBlankWith(blank - size));
        }
        if (row < size - 1) {
            result.add(swapBlankWith(blank + size));
        }
        if (col > 0) {
            result.add(swapBlankWith(blank - 1));
        }
        if (col < size - 1) {
            result.add(swapBlankWith(blank + 1));
        }
        return result;
    }

    private Puzzle swapBlankWith(int cell) {
        long tile = (packed >>> (4 * cell)) & 0xF;
        long moved = packed & ~(0xFL << (4 * cell));  // the cell becomes the blank (0)
        moved |= tile << (4 * blank);
        return new Puzzle(size, moved, cell);
    }

    /** Whether the goal can be reached from this state (half of all arrangements cannot). */
    public boolean isSolvable() {
        int n = size * size;
        int inversions = 0;
        for (int i = 0; i < n; i++) {
            int a = tileAt(i);
            for (int j = i + 1; j < n && a != 0; j++) {
                int b = tileAt(j);
                if (b != 0 && b < a) {
                    inversions++;
                }
            }
        }
        // A horizontal move changes nothing below. A vertical move jumps a tile over size-1 others: for odd size
        // that keeps the parity of the inversions, for even size it flips it and moves the blank one row.
        int rowsFromBottom = size - 1 - blank / size;
        int parity = size % 2 == 1 ? inversions : inversions + rowsFromBottom;
        return parity % 2 == 0;
    }

    /** A compact key, equal for equal states of the same size. */
    public long key() {
        return packed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Puzzle p && p.size == size && p.packed == packed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(packed * 31 + size);
    }

    /** The board row by row, rows separated by '/', blank as '_': e.g. {@code [1 2 3/4 5 6/7 8 _]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size * size; i++) {
            if (i > 0) {
                sb.append(i % size == 0 ? '/' : ' ');
            }
            int t = tileAt(i);
            sb.append(t == 0 ? "_" : Integer.toString(t));
        }
        return sb.append(']').toString();
    }
}
