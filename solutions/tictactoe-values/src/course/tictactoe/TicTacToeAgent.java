package course.tictactoe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The tic-tac-toe player of Sutton and Barto, Section 1.5: a table of state values, epsilon-greedy moves on it,
 * and the temporal-difference update after greedy moves. The agent plays X; the opponent is its environment.
 */
public final class TicTacToeAgent {

    private final double alpha;
    private final RandomGenerator random;
    /** The values of all positions, indexed by {@link Board#code()}; NaN where nothing was learned yet. */
    private final double[] table = new double[Board.CODES];

    /**
     * An agent whose table holds the initial values.
     *
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]}
     */
    public TicTacToeAgent(double alpha, RandomGenerator random) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("the step size alpha must be in (0, 1], got " + alpha);
        }
        this.alpha = alpha;
        this.random = random;
        Arrays.fill(table, Double.NaN);
    }

    /** 1 if X has a line, else 0 if O has one or the board is full (a draw is as bad as a loss), else 1/2. */
    public static double initialValue(Board board) {
        if (board.hasLine(Mark.X)) {
            return 1;
        }
        return board.hasLine(Mark.O) || board.isFull() ? 0 : 0.5;
    }

    /** The table's estimate of X's chance of winning from {@code board}. */
    public double value(Board board) {
        double v = table[board.code()];
        return Double.isNaN(v) ? initialValue(board) : v;
    }

    /** {@code V(earlier) <- V(earlier) + alpha [V(later) - V(earlier)]}; a final position keeps its value. */
    public void backup(Board earlier, Board later) {
        if (earlier.isOver()) {
            return;
        }
        double v = value(earlier);
        table[earlier.code()] = v + alpha * (value(later) - v);
    }

    /**
     * Whether taking {@code cell} leads to a position whose value is the largest among X's moves on {@code board}.
     *
     * @throws IllegalArgumentException if it is not X's move on {@code board}, or {@code cell} is not empty
     */
    public boolean isGreedy(Board board, int cell) {
        requireAgentToMove(board);
        return value(board.play(cell)) == value(board.play(greedyCell(board)));
    }

    /**
     * With probability {@code epsilon} a uniformly random empty cell, otherwise the greedy cell (largest value of
     * the position it leads to, lowest cell among equal values).
     *
     * @throws IllegalArgumentException if it is not X's move on {@code board} or {@code epsilon} is not in [0, 1]
     */
    public int chooseMove(Board board, double epsilon) {
        requireAgentToMove(board);
        requireEpsilon(epsilon);
        if (random.nextDouble() < epsilon) {
            int[] cells = board.emptyCells();
            return cells[random.nextInt(cells.length)];
        }
        return greedyCell(board);
    }

    /**
     * One game against {@code opponent}, X first. With {@code learn}, after every greedy move the position the
     * agent moved to before is backed up toward the one it moves to now, and when the opponent ends the game,
     * the agent's last position is backed up toward the final one.
     *
     * @throws IllegalArgumentException if {@code epsilon} is not in [0, 1]
     */
    public Game play(Opponent opponent, double epsilon, boolean learn) {
        // epsilon is checked by the first chooseMove, before anything else happens.
        List<Board> positions = new ArrayList<>();
        Board board = Board.EMPTY;
        positions.add(board);
        Board previous = null;
        while (true) {
            int cell = chooseMove(board, epsilon);
            boolean greedy = isGreedy(board, cell);
            Board mine = board.play(cell);
            positions.add(mine);
            if (learn && greedy && previous != null) {
                backup(previous, mine);
            }
            previous = mine;
            if (mine.isOver()) {
                return new Game(positions, mine.outcome().orElseThrow());
            }
            board = mine.play(opponent.move(mine));
            positions.add(board);
            if (board.isOver()) {
                if (learn) {
                    backup(previous, board);
                }
                return new Game(positions, board.outcome().orElseThrow());
            }
        }
    }

    private int greedyCell(Board board) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int cell : board.emptyCells()) {
            double v = value(board.play(cell));
            if (v > bestValue) {
                best = cell;
                bestValue = v;
            }
        }
        return best;
    }

    private static void requireAgentToMove(Board board) {
        if (board.isOver() || board.toMove() != Mark.X) {
            throw new IllegalArgumentException("the agent (X) moves only in a game still going on and on its turn, "
                    + "not on " + board);
        }
    }

    private static void requireEpsilon(double epsilon) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], got " + epsilon);
        }
    }
}
