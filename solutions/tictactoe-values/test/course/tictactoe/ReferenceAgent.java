package course.tictactoe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The course's answer for the hidden tests, written apart from the reference solution: a value table that can
 * replay a recorded game by the rules of the statement (deciding from its own table which of X's moves were
 * greedy), and play games of its own for the learning-curve figure.
 */
final class ReferenceAgent {

    private final double alpha;
    /** Learned values by position code; NaN where the rules still hold. */
    private final double[] learned = new double[Board.CODES];

    ReferenceAgent(double alpha) {
        this.alpha = alpha;
        Arrays.fill(learned, Double.NaN);
    }

    /** The value by the rules: X's line 1, then O's line or a full board 0, else 1/2. */
    static double rules(Board b) {
        return b.outcome().map(o -> o == Outcome.WIN ? 1.0 : 0.0).orElse(0.5);
    }

    double value(Board b) {
        double v = learned[b.code()];
        return Double.isNaN(v) ? rules(b) : v;
    }

    void backup(Board earlier, Board later) {
        if (!earlier.isOver()) {
            double v = value(earlier);
            learned[earlier.code()] = v + alpha * (value(later) - v);
        }
    }

    /** The largest value X can move to from {@code b}. */
    double best(Board b) {
        double best = -1;
        for (int cell : b.emptyCells()) {
            best = Math.max(best, value(b.play(cell)));
        }
        return best;
    }

    /** The greedy cell: the first of the cells with the best value. */
    int greedy(Board b) {
        double best = best(b);
        for (int cell : b.emptyCells()) {
            if (value(b.play(cell)) == best) {
                return cell;
            }
        }
        throw new IllegalStateException("no move on " + b);
    }

    /**
     * Learns from a recorded game as the statement's rules say; X's moves are positions 1, 3, 5, ...
     *
     * @return the positions (indices into {@code positions}) that X reached by an exploratory move
     */
    List<Integer> replay(List<Board> positions) {
        List<Integer> exploratory = new ArrayList<>();
        Board previous = null;
        for (int i = 1; i < positions.size(); i++) {
            Board before = positions.get(i - 1);
            Board after = positions.get(i);
            boolean agentMoved = i % 2 == 1;
            if (agentMoved) {
                boolean greedy = value(after) == best(before);
                if (greedy && previous != null) {
                    backup(previous, after);
                }
                if (!greedy) {
                    exploratory.add(i);
                }
                previous = after;
            } else if (after.isOver()) {
                backup(previous, after);
            }
        }
        return exploratory;
    }

    /** One learning game against {@code opponent}, epsilon-greedy with numbers from {@code random}. */
    Outcome play(Opponent opponent, double epsilon, RandomGenerator random, boolean learn) {
        Board board = Board.EMPTY;
        Board previous = null;
        while (true) {
            int[] cells = board.emptyCells();
            boolean explore = random.nextDouble() < epsilon;
            int cell = explore ? cells[random.nextInt(cells.length)] : greedy(board);
            Board mine = board.play(cell);
            if (learn && value(mine) == best(board) && previous != null) {
                backup(previous, mine);
            }
            previous = mine;
            if (mine.isOver()) {
                return mine.outcome().orElseThrow();
            }
            board = mine.play(opponent.move(mine));
            if (board.isOver()) {
                if (learn) {
                    backup(previous, board);
                }
                return board.outcome().orElseThrow();
            }
        }
    }
}
