package course.tictactoe;

import java.util.random.RandomGenerator;

/**
 * The tic-tac-toe player of Sutton and Barto, Section 1.5: a table with one value per position (the estimated
 * chance that X wins from it), moves chosen epsilon-greedily on the table, and the temporal-difference update
 * {@code V(S_t) <- V(S_t) + alpha [V(S_t+1) - V(S_t)]} after greedy moves. The agent plays X and moves first; the
 * opponent, playing O, is part of its environment.
 *
 * <p>Edit only this file. You may use {@code java.lang} and {@code java.util}.
 */
public final class TicTacToeAgent {

    /**
     * An agent whose table holds the initial values ({@link #initialValue}) of every position.
     *
     * @param alpha  the step size of the update, in {@code (0, 1]}
     * @param random where every random number of the agent comes from
     * @throws IllegalArgumentException if {@code alpha} is not in {@code (0, 1]}
     */
    public TicTacToeAgent(double alpha, RandomGenerator random) {
        throw new UnsupportedOperationException("TODO TicTacToeAgent: keep alpha, the generator and a value table");
    }

    /**
     * The initial value of a position, from the rules: 1 if X has a line (X has won, even if the board is full),
     * otherwise 0 if O has a line or the board is full (a draw counts as badly as a loss: X cannot win from
     * there), otherwise 1/2.
     */
    public static double initialValue(Board board) {
        throw new UnsupportedOperationException("TODO initialValue: 1, 0 or 1/2 from the rules");
    }

    /** The table's current value of {@code board}: its initial value until an update has changed it. */
    public double value(Board board) {
        throw new UnsupportedOperationException("TODO value: look the position up in the table");
    }

    /**
     * The temporal-difference update {@code V(earlier) <- V(earlier) + alpha [V(later) - V(earlier)]}. A final
     * position ({@code earlier.isOver()}) is not changed: its value is known from the rules. Only
     * {@code V(earlier)} changes.
     */
    public void backup(Board earlier, Board later) {
        throw new UnsupportedOperationException("TODO backup: move V(earlier) a fraction alpha toward V(later)");
    }

    /**
     * Whether X taking {@code cell} on {@code board} is a greedy move: the position it leads to has the largest
     * value among the positions of all of X's moves on {@code board} (ties included).
     *
     * @throws IllegalArgumentException if the game is over, it is O's turn, or {@code cell} is not empty
     */
    public boolean isGreedy(Board board, int cell) {
        throw new UnsupportedOperationException("TODO isGreedy: compare with the best value X can move to");
    }

    /**
     * X's move on {@code board}: with probability {@code epsilon} an exploratory move, a cell drawn uniformly from
     * all empty cells; otherwise the greedy move, the empty cell whose resulting position has the largest value
     * (the lowest cell number among equal values).
     *
     * @throws IllegalArgumentException if the game is over, it is O's turn, or {@code epsilon} is not in
     *                                  {@code [0, 1]}
     */
    public int chooseMove(Board board, double epsilon) {
        throw new UnsupportedOperationException("TODO chooseMove: epsilon-greedy on the values of the next positions");
    }

    /**
     * Plays one game from the empty board against {@code opponent}: X (this agent, {@link #chooseMove} with
     * {@code epsilon}) and O (the opponent) take turns until the game is over. With {@code learn}, the agent
     * updates its table:
     * <ul>
     *   <li>after each of its greedy moves ({@link #isGreedy}, judged before the move) except the first, it backs
     *   up the position it moved to last time toward the position it moves to now;</li>
     *   <li>after an exploratory move it updates nothing;</li>
     *   <li>when the opponent's move ends the game, it backs up the position it moved to last toward the final
     *   position (the end of the game is not a move of the agent, so it always counts).</li>
     * </ul>
     * Without {@code learn} the table does not change.
     *
     * @return every position of the game, the empty board first, and the outcome for X
     * @throws IllegalArgumentException if {@code epsilon} is not in {@code [0, 1]}
     */
    public Game play(Opponent opponent, double epsilon, boolean learn) {
        throw new UnsupportedOperationException("TODO play: one game, learning after greedy moves");
    }
}
