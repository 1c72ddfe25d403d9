package course.tictactoe;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Jun's learner: it backs up after every one of its moves, exploratory ones too, and gives a draw the value 1/2
 * ("nobody won").
 */
public final class TicTacToeAgent {

    private final double alpha;
    private final RandomGenerator rng;
    private final double[] v = new double[Board.CODES];
    private final boolean[] known = new boolean[Board.CODES];

    public TicTacToeAgent(double alpha, RandomGenerator random) {
        if (!(alpha > 0) || alpha > 1) {
            throw new IllegalArgumentException("alpha");
        }
        this.alpha = alpha;
        this.rng = random;
    }

    public static double initialValue(Board board) {
        if (board.hasLine(Mark.X)) {
            return 1;
        }
        if (board.hasLine(Mark.O)) {
            return 0;
        }
        return 0.5;
    }

    public double value(Board board) {
        int c = board.code();
        return known[c] ? v[c] : initialValue(board);
    }

    public void backup(Board earlier, Board later) {
        if (earlier.isOver()) {
            return;
        }
        int c = earlier.code();
        v[c] = value(earlier) + alpha * (value(later) - value(earlier));
        known[c] = true;
    }

    public boolean isGreedy(Board board, int cell) {
        if (board.isOver() || board.toMove() != Mark.X) {
            throw new IllegalArgumentException("not X's move");
        }
        return value(board.play(cell)) == value(board.play(greedy(board)));
    }

    private int greedy(Board board) {
        int best = -1;
        for (int cell : board.emptyCells()) {
            if (best < 0 || value(board.play(cell)) > value(board.play(best))) {
                best = cell;
            }
        }
        return best;
    }

    public int chooseMove(Board board, double epsilon) {
        if (board.isOver() || board.toMove() != Mark.X || !(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("cannot move");
        }
        if (rng.nextDouble() < epsilon) {
            int[] cells = board.emptyCells();
            return cells[rng.nextInt(cells.length)];
        }
        return greedy(board);
    }

    public Game play(Opponent opponent, double epsilon, boolean learn) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon");
        }
        List<Board> moves = new ArrayList<>();
        Board b = Board.EMPTY;
        moves.add(b);
        Board mine = null;
        while (true) {
            Board next = b.play(chooseMove(b, epsilon));
            moves.add(next);
            if (learn && mine != null) {
                backup(mine, next);
            }
            mine = next;
            if (next.isOver()) {
                return new Game(moves, next.outcome().orElseThrow());
            }
            b = next.play(opponent.move(next));
            moves.add(b);
            if (b.isOver()) {
                if (learn) {
                    backup(mine, b);
                }
                return new Game(moves, b.outcome().orElseThrow());
            }
        }
    }
}
