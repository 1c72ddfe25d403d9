package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Greedy and exploratory moves on positions chosen by hand, and bad input. */
class MoveTests {

    /** X (cells 0, 4) wins with cell 8; the empty cells are 2, 5, 6, 7, 8. */
    static final Board WIN_AT_8 = Board.of("XO.|OX.|...");
    /** X's first move into the centre. */
    static final Board CENTRE = Board.of("...|.X.|...");
    /** X's first move into the last corner. */
    static final Board CORNER_8 = Board.of("...|...|..X");

    static final int DRAWS = 20_000;
    /** Over 5 standard errors of a frequency measured over 20000 draws. */
    static final double MARGIN = 0.02;

    @Test
    @Points(2)
    @DependsOn("InitialValueTests.initialValuesFromTheRules")
    @Hint(value = "The greedy move takes the empty cell whose RESULTING position (after X's mark) has the largest "
            + "value, the lowest cell among equal values. On a new table a winning move leads to value 1 and beats "
            + "every other; with nothing to win every move leads to 1/2 and the lowest empty cell is taken.",
            zh = "贪心走法选择这样的空格：落子之后得到的局面价值最大，价值相同时取编号最小的格子。在新的价值表上，"
                    + "能赢的走法得到价值 1，胜过其他所有走法；没有能赢的走法时，每种走法都得到 1/2，取编号最小的空格。")
    void greedyMovesOnANewTable() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        String[] boards = {"...|...|...", "O..|.XO|..X", "O.O|.XX|...", "XO.|OX.|..."};
        int[] expected = {0, 1, 3, 8};
        String[] why = {"nothing to win: the lowest empty cell", "cell 0 is taken and nothing wins: cell 1",
            "cell 3 completes X's middle row (value 1), although cell 1 is lower",
            "cell 8 completes X's diagonal 0-4-8 (value 1), although cell 2 is lower"};
        String problem = null;
        for (int i = 0; i < boards.length && problem == null; i++) {
            int got = agent.chooseMove(Board.of(boards[i]), 0);
            if (got != expected[i]) {
                problem = "on " + boards[i] + " (a new table, epsilon = 0) the greedy move is cell " + expected[i]
                        + ", got " + got + ": " + why[i];
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(2)
    @DependsOn({"greedyMovesOnANewTable", "BackupTests.backupsByHand"})
    @Hint(value = "Greedy moves follow the table as it learns: after backups raise the positions of X's moves to "
            + "4 and to 8 to 0.75, the greedy first move is 4 (the lower of two equal values), and isGreedy is true "
            + "for both (ties included) and false for the others.",
            zh = "贪心走法跟随价值表的学习而变化：更新把 X 走 4 和走 8 之后的局面都提高到 0.75 之后，贪心的第一步是 4"
                    + "（两个相等值中编号较小的），isGreedy 对这两步都为真（包括平局），对其他走法为假。")
    void greedyMovesFollowTheLearnedValues() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        agent.backup(CENTRE, BackupTests.WON);
        String problem = agent.chooseMove(Board.EMPTY, 0) == 4 ? null : "after V(" + CENTRE + ") rose to "
                + NumberText.show(agent.value(CENTRE)) + " the greedy first move is 4, got "
                + agent.chooseMove(Board.EMPTY, 0);
        agent.backup(CORNER_8, BackupTests.WON);
        if (problem == null && agent.chooseMove(Board.EMPTY, 0) != 4) {
            problem = "moves 4 and 8 both lead to 0.75: the greedy move is the lower cell 4, got "
                    + agent.chooseMove(Board.EMPTY, 0);
        }
        boolean[] greedy = new boolean[9];
        for (int cell = 0; cell < 9; cell++) {
            greedy[cell] = agent.isGreedy(Board.EMPTY, cell);
        }
        for (int cell = 0; cell < 9 && problem == null; cell++) {
            if (greedy[cell] != (cell == 4 || cell == 8)) {
                problem = "isGreedy(empty board, " + cell + ") is " + greedy[cell] + ": the moves to 4 and 8 lead to "
                        + "the largest value 0.75 (both greedy), every other move to 0.5";
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(2)
    @DependsOn("greedyMovesOnANewTable")
    @Hint(value = "An exploratory move (probability epsilon) takes a cell drawn uniformly from ALL empty cells, the "
            + "greedy one included, so with 5 empty cells the greedy cell comes up with probability 1 - epsilon + "
            + "epsilon/5 and every other with epsilon/5. Measured over 20000 moves with a fixed seed, within 0.02.",
            zh = "探索走法（概率为 epsilon）从所有空格（包括贪心的那个）中均匀抽取，所以有 5 个空格时，贪心格出现的概率是 "
                    + "1 - epsilon + epsilon/5，其他每格是 epsilon/5。这里用固定种子统计 20000 步，误差不超过 0.02。")
    void exploratoryMovesDrawFromAllEmptyCells() {
        String problem = null;
        int[] cells = WIN_AT_8.emptyCells();
        for (double epsilon : new double[] {1, 0.5}) {
            TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(77));
            double[] freq = new double[cells.length];
            for (int i = 0; i < DRAWS; i++) {
                int cell = agent.chooseMove(WIN_AT_8, epsilon);
                freq[java.util.Arrays.binarySearch(cells, cell)] += 1.0 / DRAWS;
            }
            double e = epsilon;
            double[] expected = {e / 5, e / 5, e / 5, e / 5, 1 - e + e / 5};
            String diff = Approx.difference("frequencies of cells 2, 5, 6, 7, 8", freq, expected,
                    Tolerance.absolute(MARGIN)).orElse(null);
            if (diff != null && problem == null) {
                problem = "on " + WIN_AT_8 + " (cell 8 wins, so it is greedy), epsilon = " + NumberText.show(e) + ", "
                        + DRAWS + " moves: " + diff + Diagnosis.of(freq, expected, Tolerance.absolute(MARGIN))
                        .called("frequencies")
                        .mistake("exploring only among the cells that are not greedy",
                                () -> new double[] {e / 4, e / 4, e / 4, e / 4, 1 - e})
                        .explain();
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "chooseMove and isGreedy are X's moves: throw IllegalArgumentException when the game is over or it "
            + "is O's turn, for an epsilon outside [0, 1] (or NaN), and in isGreedy for a cell that is taken.",
            zh = "chooseMove 和 isGreedy 是 X 的走法：对局已结束或轮到 O 时、epsilon 不在 [0, 1] 内（或为 NaN）时，"
                    + "以及 isGreedy 中格子已被占用时，都要抛 IllegalArgumentException。")
    void badMovesAreRejected() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        rejects(() -> agent.chooseMove(BackupTests.WON, 0), "chooseMove on a won position");
        rejects(() -> agent.chooseMove(CENTRE, 0), "chooseMove when it is O's turn");
        for (double epsilon : new double[] {-0.1, 1.5, Double.NaN}) {
            rejects(() -> agent.chooseMove(Board.EMPTY, epsilon), "chooseMove with epsilon = " + epsilon);
            rejects(() -> agent.play(board -> board.emptyCells()[0], epsilon, true), "play with epsilon = " + epsilon);
        }
        rejects(() -> agent.isGreedy(WIN_AT_8, 0), "isGreedy for the taken cell 0");
        rejects(() -> agent.isGreedy(CENTRE, 0), "isGreedy when it is O's turn");
    }

    static void rejects(ThrowingCallable call, String what) {
        assertThatExceptionOfType(IllegalArgumentException.class).as(what + " must throw IllegalArgumentException")
                .isThrownBy(call);
    }
}
