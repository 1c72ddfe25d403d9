package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** The initial values from the rules, on positions chosen by hand. */
class InitialValueTests {

    private static final String[] BOARDS = {
        "...|...|...",  // the start
        "XXX|OO.|...",  // X has won
        "XX.|OOO|X..",  // O has won
        "XOX|XOO|OXX",  // full, nobody has a line: a draw
        "XOX|OXO|OXX",  // full AND X has the diagonal 0-4-8: X won with the last move
        "XO.|...|...",  // the game goes on
    };
    private static final double[] EXPECTED = {0.5, 1, 0, 0, 1, 0.5};

    @Test
    @Points(2)
    @Hint(value = "Sutton and Barto, Section 1.5: a position where X (we) has three in a row has value 1, we have won; "
            + "one where O has three in a row, or where the board is full, has value 0, we cannot win from it (a "
            + "draw counts as badly as a loss); every other position starts at 1/2. Check for X's line before the "
            + "full board: X can win with the ninth mark.",
            zh = "Sutton 和 Barto 1.5 节：X（我方）三子连线的局面价值为 1，已经赢了；O 三子连线的局面或棋盘已满的局面价值为 "
                    + "0，从那里不可能赢（平局和输棋一样差）；其他局面的初始值都是 1/2。先检查 X 是否连线，再检查棋盘"
                    + "是否已满：X 可能用第九个子赢棋。")
    void initialValuesFromTheRules() {
        double[] got = new double[BOARDS.length];
        for (int i = 0; i < BOARDS.length; i++) {
            got[i] = TicTacToeAgent.initialValue(Board.of(BOARDS[i]));
        }
        String problem = Approx.difference("initial values", got, EXPECTED, Tolerance.DEFAULT)
                .map(d -> d + "\n  positions: " + String.join(", ", BOARDS)
                        + Diagnosis.of(got, EXPECTED, Tolerance.DEFAULT).called("initial values")
                        .mistake("a draw valued 1/2, like a position where the game goes on",
                                () -> new double[] {0.5, 1, 0, 0.5, 1, 0.5})
                        .mistake("a full board valued 0 before looking for X's line", () -> new double[] {0.5, 1, 0,
                            0, 0, 0.5})
                        .explain())
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
