package course.tictactoe;

import java.util.random.RandomGenerator;

/**
 * The player of O. For the agent it is part of the environment: after the agent's move, the opponent's reply
 * decides which position the agent sees next, like a random transition of an MDP.
 */
@FunctionalInterface
public interface Opponent {

    /** The cell O takes on {@code board} (O to move, the game not over): one of {@code board.emptyCells()}. */
    int move(Board board);

    /** An opponent that takes an empty cell uniformly at random, with numbers from {@code random} only. */
    static Opponent random(RandomGenerator random) {
        return board -> {
            int[] cells = board.emptyCells();
            return cells[random.nextInt(cells.length)];
        };
    }
}
