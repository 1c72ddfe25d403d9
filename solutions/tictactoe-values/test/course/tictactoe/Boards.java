package course.tictactoe;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Positions reached by legal play, generated as lists of move choices so that they shrink to short games. */
final class Boards {

    private Boards() {
    }

    /** The positions of a game played by the choices {@code choices} (choice i picks among the empty cells). */
    static List<Board> line(List<Integer> choices) {
        List<Board> positions = new ArrayList<>();
        Board b = Board.EMPTY;
        positions.add(b);
        for (int choice : choices) {
            if (b.isOver()) {
                break;
            }
            int[] empty = b.emptyCells();
            b = b.play(empty[choice % empty.length]);
            positions.add(b);
        }
        return positions;
    }

    /** Lines of play of 0 to 9 moves (a game may end before the choices run out). */
    static Arbitrary<List<Board>> lines() {
        return Arbitraries.integers().between(0, 8).list().ofMaxSize(9).map(Boards::line);
    }

    /** Single positions: the last of a line of play. */
    static Arbitrary<Board> positions() {
        return lines().map(l -> l.get(l.size() - 1));
    }

    /** Lines of play that end the game (all nine choices used up or the game over earlier). */
    static Arbitrary<List<Board>> games() {
        return Arbitraries.integers().between(0, 8).list().ofSize(9).map(Boards::line);
    }
}
