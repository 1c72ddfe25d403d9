package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** A first check of every method on positions you can follow on paper. */
class TicTacToePublicTests {

    @Test
    void initialValues() {
        assertThat(TicTacToeAgent.initialValue(Board.of("XXX|OO.|..."))).as("X has won").isEqualTo(1.0);
        assertThat(TicTacToeAgent.initialValue(Board.of("XX.|OOO|X.."))).as("O has won").isEqualTo(0.0);
        assertThat(TicTacToeAgent.initialValue(Board.EMPTY)).as("the start").isEqualTo(0.5);
    }

    @Test
    void oneBackup() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        Board before = Board.of("XX.|OO.|...");
        agent.backup(before, Board.of("XXX|OO.|..."));
        assertThat(agent.value(before)).as("1/2 + 1/2 (1 - 1/2)").isCloseTo(0.75, within(1e-12));
    }

    @Test
    void theGreedyMoveWins() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        assertThat(agent.chooseMove(Board.of("XO.|OX.|..."), 0)).as("cell 8 completes the diagonal").isEqualTo(8);
        assertThat(agent.isGreedy(Board.of("XO.|OX.|..."), 2)).as("cell 2 does not win").isFalse();
    }

    @Test
    void oneGameAgainstTheLowestEmptyCell() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        Game game = agent.play(board -> board.emptyCells()[0], 0, true);
        assertThat(game.outcome()).as("X takes 0, 2, 4 and wins with 6").isEqualTo(Outcome.WIN);
        assertThat(game.positions()).as("the empty board and seven moves").hasSize(8);
    }
}
