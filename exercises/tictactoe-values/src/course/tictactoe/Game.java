package course.tictactoe;

import java.util.List;

/**
 * The record of one game: every position from the empty board to the final one, in order (X moved into
 * positions 1, 3, 5, ..., O into 2, 4, ...), and how it ended.
 *
 * @param positions the positions, the empty board first
 * @param outcome   the result for X
 */
public record Game(List<Board> positions, Outcome outcome) {

    public Game {
        positions = List.copyOf(positions);
        if (positions.isEmpty() || !positions.get(0).equals(Board.EMPTY)) {
            throw new IllegalArgumentException("a game starts from the empty board");
        }
        for (int i = 1; i < positions.size(); i++) {
            Board before = positions.get(i - 1);
            Board after = positions.get(i);
            boolean oneMove = !before.isOver() && java.util.Arrays.stream(before.emptyCells())
                    .anyMatch(cell -> before.play(cell).equals(after));
            if (!oneMove) {
                throw new IllegalArgumentException("position " + i + " (" + after + ") does not follow from position "
                        + (i - 1) + " (" + before + ") by one move");
            }
        }
        if (positions.get(positions.size() - 1).outcome().orElse(null) != outcome) {
            throw new IllegalArgumentException("the final position " + positions.get(positions.size() - 1)
                    + " does not end the game with " + outcome);
        }
    }

    /** The final position. */
    public Board last() {
        return positions.get(positions.size() - 1);
    }
}
