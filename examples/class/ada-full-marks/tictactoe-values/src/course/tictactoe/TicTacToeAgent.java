package course.tictactoe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Ada's tic-tac-toe learner: a HashMap of learned values over the rules' initial values. */
public final class TicTacToeAgent {

    private final double alpha;
    private final RandomGenerator random;
    private final Map<Board, Double> values = new HashMap<>();

    public TicTacToeAgent(double alpha, RandomGenerator random) {
        if (Double.isNaN(alpha) || alpha <= 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha must be in (0, 1]");
        }
        this.alpha = alpha;
        this.random = random;
    }

    public static double initialValue(Board board) {
        return board.outcome().map(o -> o == Outcome.WIN ? 1.0 : 0.0).orElse(0.5);
    }

    public double value(Board board) {
        Double v = values.get(board);
        return v != null ? v : initialValue(board);
    }

    public void backup(Board earlier, Board later) {
        if (!earlier.isOver()) {
            double v = value(earlier);
            values.put(earlier, v + alpha * (value(later) - v));
        }
    }

    private void checkTurn(Board board) {
        if (board.isOver()) {
            throw new IllegalArgumentException("game over");
        }
        if (board.toMove() != Mark.X) {
            throw new IllegalArgumentException("O to move");
        }
    }

    private double bestValue(Board board) {
        double best = Double.NEGATIVE_INFINITY;
        for (int cell : board.emptyCells()) {
            best = Math.max(best, value(board.play(cell)));
        }
        return best;
    }

    public boolean isGreedy(Board board, int cell) {
        checkTurn(board);
        return value(board.play(cell)) >= bestValue(board);
    }

    public int chooseMove(Board board, double epsilon) {
        checkTurn(board);
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1]");
        }
        int[] empty = board.emptyCells();
        if (random.nextDouble() < epsilon) {
            return empty[random.nextInt(empty.length)];
        }
        double best = bestValue(board);
        for (int cell : empty) {
            if (value(board.play(cell)) == best) {
                return cell;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public Game play(Opponent opponent, double epsilon, boolean learn) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1]");
        }
        List<Board> history = new ArrayList<>();
        Board current = Board.EMPTY;
        history.add(current);
        Board last = null;
        while (!current.isOver()) {
            if (current.toMove() == Mark.X) {
                int cell = chooseMove(current, epsilon);
                boolean greedy = isGreedy(current, cell);
                current = current.play(cell);
                if (learn && greedy && last != null) {
                    backup(last, current);
                }
                last = current;
            } else {
                current = current.play(opponent.move(current));
                if (learn && current.isOver()) {
                    backup(last, current);
                }
            }
            history.add(current);
        }
        return new Game(history, current.outcome().orElseThrow());
    }
}
